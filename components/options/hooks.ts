import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { messenger } from '../../lib/messaging/protocol';
import { DEFAULT_PREFERENCES, type Preferences } from '../../lib/settings/preferences';
import type { Template } from '../../lib/templates/types';
import { failed, type Failure } from '../shared/RequestFailure';
import { t } from '../../lib/i18n/t';

/**
 * The saved replies (null until loaded). `reload` never rejects: a failure is said on the page, with a way to try
 * again.
 */
export function useTemplateLibrary() {
  const [templates, setTemplates] = useState<Template[] | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const reload = useCallback(function load(): Promise<void> {
    return messenger.sendMessage('listTemplates', undefined).then(
      (list) => {
        setTemplates(list);
        setFailure(null);
      },
      (e: unknown) => setFailure(failed('options', t('failure.loadLibrary'), e, () => void load())),
    );
  }, []);
  useEffect(() => void reload(), [reload]);
  return { templates, failure, reload };
}

/** The custom contact field names in use, which the template editor accepts as variables. */
export function useKnownFields() {
  const [fields, setFields] = useState<string[]>([]);
  const [failure, setFailure] = useState<Failure | null>(null);
  useEffect(() => {
    const load = (): Promise<void> =>
      messenger.sendMessage('listKnownFields', undefined).then(
        (list) => {
          setFields(list);
          setFailure(null);
        },
        (e: unknown) => setFailure(failed('options', t('failure.loadFields'), e, () => void load())),
      );
    void load();
  }, []);
  return { fields, failure };
}

/** Where a settings failure is said: beside the settings or beside the reply-timing settings. */
export type SettingsFailure = Failure & { near: 'settings' | 'timing' };

const TIMING_KEYS = ['missedThresholdHours', 'completionHours', 'attributionDays', 'schedule'];

/**
 * The settings, and `save` for one change. A change shows at once; the background's answer replaces it only when no
 * later change was sent meanwhile (answers to two quick edits can arrive in any order). A refused change shows the
 * value that is still saved.
 */
export function usePreferences() {
  const [prefs, setPrefs] = useState<Preferences>(DEFAULT_PREFERENCES);
  const [failure, setFailure] = useState<SettingsFailure | null>(null);
  const sent = useRef(0);
  const load = useCallback(function loadPreferences(after: number): Promise<void> {
    return messenger.sendMessage('getPreferences', undefined).then(
      (p) => {
        if (sent.current === after) setPrefs(p);
      },
      (e: unknown) =>
        setFailure({
          ...failed('options', t('failure.loadSettings'), e, () => void loadPreferences(sent.current)),
          near: 'settings',
        }),
    );
  }, []);
  useEffect(() => {
    void load(0);
  }, [load]);
  const save = useCallback(
    function saveChange(change: Partial<Preferences>): void {
      const n = ++sent.current;
      setPrefs((p) => ({ ...p, ...change }));
      void messenger.sendMessage('savePreferences', change).then(
        (p) => {
          if (sent.current === n) setPrefs(p);
          setFailure(null);
        },
        (e: unknown) => {
          setFailure({
            ...failed('options', t('failure.saveSetting'), e, () => saveChange(change)),
            near: TIMING_KEYS.some((k) => k in change) ? 'timing' : 'settings',
          });
          // Shows the value that is still saved again, instead of the one that was refused.
          void load(n);
        },
      );
    },
    [load],
  );
  return { prefs, failure, save };
}

export interface BackupStatus {
  lastAt?: number;
  changes: number;
  due: boolean;
}

/** When the library was last backed up and whether a backup is due; asked again whenever `library` changes. */
export function useBackupStatus(library: unknown) {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const reload = useCallback(function load(): Promise<void> {
    return messenger.sendMessage('backupStatus', undefined).then(
      (s) => {
        setStatus(s);
        setFailure(null);
      },
      (e: unknown) => {
        setStatus(null);
        setFailure(failed('options', t('failure.checkBackup'), e, () => void load()));
      },
    );
  }, []);
  // `library` is not read: a new library is the reason to ask again.
  useEffect(() => void reload(), [reload, library]);
  return { status, failure, reload };
}
