import { useEffect, useMemo, useState } from 'preact/hooks';
import { DiagnosticsSection } from './DiagnosticsSection';
import { downloadText } from '../../lib/page/download';
import { InlineConfirm } from '../shared/InlineConfirm';
import { failed, RequestFailure, type Failure } from '../shared/RequestFailure';
import { messenger, type ImportResult, type SaveTemplateResult } from '../../lib/messaging/protocol';
import { createTemplateSearch } from '../../lib/search/template-search';
import { DEFAULT_PREFERENCES, type Preferences } from '../../lib/settings/preferences';
import { IMPORT_LIMITS } from '../../lib/templates/limits';
import type { Template } from '../../lib/templates/types';
import { ScheduleEditor } from './ScheduleEditor';
import { TemplateEditor } from './TemplateEditor';
import { SITES, siteList } from '../../lib/platforms/sites';

type Notice = { tone: 'ok' | 'error' | 'busy'; text: string } | null;
interface PendingFile {
  name: string;
  content: string;
  format: 'json' | 'csv';
  validCount: number;
}

function summarise(result: ImportResult, fileName: string): Notice {
  if (!result.ok) return { tone: 'error', text: `Could not import ${fileName}. ${result.error}` };
  const skipped = result.skipped ? `, ${result.skipped} skipped` : '';
  const head = `Imported ${result.added + result.updated} templates from ${fileName}: ${result.added} new, ${result.updated} updated${skipped}.`;
  return { tone: 'ok', text: [head, ...result.notes].join('\n') };
}

const PAGE = 1000;
const formatOf = (name: string, content: string): 'json' | 'csv' =>
  /\.csv$/i.test(name) ? 'csv' : /\.json$/i.test(name) ? 'json' : /^\s*[[{]/.test(content) ? 'json' : 'csv';

function lastUsed(t: Template): string {
  return t.lastUsedAt ? new Date(t.lastUsedAt).toLocaleDateString() : '—';
}

export function OptionsPage() {
  const [templates, setTemplates] = useState<Template[] | null>(null);
  const [prefs, setPrefs] = useState<Preferences>(DEFAULT_PREFERENCES);
  const [knownFields, setKnownFields] = useState<string[]>([]);
  const [notice, setNotice] = useState<Notice>(null);
  const [importState, setImportState] = useState<Notice>(null);
  const [pendingFile, setPendingFile] = useState<PendingFile | null>(null);
  const [editing, setEditing] = useState<Partial<Template> | null>(null);
  const [filter, setFilter] = useState('');
  // A big library is listed a page at a time (rendering 10,000 rows at once would freeze the page).
  const [listed, setListed] = useState(PAGE);
  const [libraryFailure, setLibraryFailure] = useState<Failure | null>(null);
  // Said in the section of the setting that failed.
  const [settingsFailure, setSettingsFailure] = useState<(Failure & { near: 'settings' | 'timing' }) | null>(null);
  const [fieldsFailure, setFieldsFailure] = useState<Failure | null>(null);
  const [deleting, setDeleting] = useState<{ id: number; busy: boolean } | null>(null);

  // Never rejects: a failure is said on the page, with a way to try again.
  const reload = (): Promise<void> =>
    messenger.sendMessage('listTemplates', undefined).then(
      (list) => {
        setTemplates(list);
        setLibraryFailure(null);
      },
      (e: unknown) => setLibraryFailure(failed('options', 'load your saved replies', e, () => void reload())),
    );
  const loadPrefs = (): Promise<void> =>
    messenger.sendMessage('getPreferences', undefined).then(
      (p) => {
        setPrefs(p);
        setSettingsFailure(null);
      },
      (e: unknown) =>
        setSettingsFailure({ ...failed('options', 'load your settings', e, () => void loadPrefs()), near: 'settings' }),
    );
  const loadFields = (): Promise<void> =>
    messenger.sendMessage('listKnownFields', undefined).then(
      (fields) => {
        setKnownFields(fields);
        setFieldsFailure(null);
      },
      (e: unknown) => setFieldsFailure(failed('options', 'load the custom field names', e, () => void loadFields())),
    );
  useEffect(() => {
    void reload();
    void loadPrefs();
    void loadFields();
  }, []);

  const search = useMemo(() => createTemplateSearch(templates ?? []), [templates]);
  const shown = useMemo(
    () => (filter.trim() ? search(filter, 500).map((h) => h.template) : (templates ?? [])),
    [filter, search, templates],
  );

  const savePref = (change: Partial<Preferences>) => {
    void messenger.sendMessage('savePreferences', change).then(
      (p) => {
        setPrefs(p);
        setSettingsFailure(null);
      },
      (e: unknown) => {
        const timing = ['missedThresholdHours', 'completionHours', 'attributionDays', 'schedule'].some((k) => k in change);
        setSettingsFailure({
          ...failed('options', 'save the setting', e, () => savePref(change)),
          near: timing ? 'timing' : 'settings',
        });
        // Shows the value that is still saved again, instead of the one that was refused.
        setPrefs((p) => ({ ...p }));
      },
    );
  };

  const runImport = async (file: Omit<PendingFile, 'validCount'>, validOnly: boolean) => {
    setImportState({ tone: 'busy', text: `Reading ${file.name}…` });
    try {
      const result = await messenger.sendMessage('importTemplatesFile', {
        content: file.content,
        format: file.format,
        validOnly,
      });
      setImportState(summarise(result, file.name));
      setPendingFile(!result.ok && result.validCount > 0 ? { ...file, validCount: result.validCount } : null);
      await reload();
    } catch (e) {
      const failure = failed('options', 'import the file', e);
      setImportState({ tone: 'error', text: `Could not import ${file.name}: ${failure.reason}` });
    }
  };

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    // Checked here, before the file is read or sent: the background would refuse it anyway.
    if (file.size > IMPORT_LIMITS.fileBytes) {
      input.value = '';
      setImportState({
        tone: 'error',
        text: `Could not import ${file.name}: the file is ${(file.size / 1024 / 1024).toFixed(1)} MB; at most ${IMPORT_LIMITS.fileBytes / 1024 / 1024} MB can be imported at once. Nothing was imported.`,
      });
      return;
    }
    const content = await file.text();
    input.value = '';
    await runImport({ name: file.name, content, format: formatOf(file.name, content) }, false);
  };

  const [backup, setBackup] = useState<{ lastAt?: number; changes: number; due: boolean } | null>(null);
  const [backupFailure, setBackupFailure] = useState<Failure | null>(null);
  const loadBackup = (): Promise<void> =>
    messenger.sendMessage('backupStatus', undefined).then(
      (status) => {
        setBackup(status);
        setBackupFailure(null);
      },
      (e: unknown) => {
        setBackup(null);
        setBackupFailure(failed('options', 'check when you last backed up', e, () => void loadBackup()));
      },
    );
  useEffect(() => void loadBackup(), [templates]);
  const onBackup = async () => {
    try {
      const file = await messenger.sendMessage('exportBackup', undefined);
      downloadText(
        `dm-sidekick-backup-${new Date().toISOString().slice(0, 10)}.json`,
        JSON.stringify(file, null, 2),
        'application/json',
      );
      await loadBackup();
    } catch (e) {
      setImportState({ tone: 'error', text: `Could not make the backup: ${failed('options', 'make the backup', e).reason}` });
    }
  };

  const onExport = async () => {
    try {
      const file = await messenger.sendMessage('exportTemplates', undefined);
      downloadText(
        `dm-sidekick-templates-${new Date().toISOString().slice(0, 10)}.json`,
        JSON.stringify(file, null, 2),
        'application/json',
      );
    } catch (e) {
      setImportState({
        tone: 'error',
        text: `Could not export the templates: ${failed('options', 'export the templates', e).reason}`,
      });
    }
  };

  const saveTemplate = async (entry: Record<string, unknown>): Promise<string | null> => {
    let result: SaveTemplateResult;
    try {
      result = await messenger.sendMessage('saveTemplate', { id: editing?.id, entry });
    } catch (e) {
      return `Could not save: ${failed('options', 'save the template', e).reason}`;
    }
    if (!result.ok) return result.error;
    setEditing(null);
    setNotice({ tone: 'ok', text: `Saved “${result.template.title}”.` });
    await reload();
    return null;
  };

  const duplicate = (t: Template) => {
    const titles = new Set((templates ?? []).map((x) => x.title.toLowerCase()));
    let title = `${t.title} (copy)`;
    for (let n = 2; titles.has(title.toLowerCase()); n++) title = `${t.title} (copy ${n})`;
    const { id: _id, shortcut: _shortcut, useCount: _u, lastUsedAt: _l, createdAt: _c, updatedAt: _up, ...rest } = t;
    setEditing({ ...rest, title });
  };

  const remove = async (t: Template) => {
    setDeleting({ id: t.id, busy: true });
    try {
      await messenger.sendMessage('deleteTemplate', { id: t.id });
      setNotice({ tone: 'ok', text: `Deleted “${t.title}”.` });
    } catch (e) {
      setNotice({ tone: 'error', text: `Could not delete “${t.title}”: ${failed('options', 'delete a template', e).reason}` });
    }
    setDeleting(null);
    await reload();
  };

  return (
    <main>
      <h1>DM Sidekick</h1>
      <p class="lede">
        Saved replies for your {siteList()} DMs, filled in with the customer's name. Everything stays on this device: no account,
        no server, no message text stored.
      </p>

      <section aria-labelledby="library">
        <div class="section-head">
          <h2 id="library">Saved replies {templates && <span class="count">({templates.length})</span>}</h2>
          <input
            type="search"
            data-testid="library-search"
            placeholder="Search, or tag:shipping"
            aria-label="Search saved replies"
            value={filter}
            onInput={(e) => setFilter(e.currentTarget.value)}
          />
          <button type="button" data-testid="new-template" onClick={() => setEditing({})}>
            New template
          </button>
        </div>
        {editing && (
          <TemplateEditor
            key={editing.id ?? `new-${editing.title ?? ''}`}
            template={editing}
            knownFields={knownFields}
            myName={prefs.myName}
            business={prefs.business}
            onSave={saveTemplate}
            onCancel={() => setEditing(null)}
          />
        )}
        {notice && (
          <p class={`notice ${notice.tone}`} data-testid="library-status" role="status">
            {notice.text}
          </p>
        )}
        <RequestFailure failure={libraryFailure} testId="library-failure" />
        <RequestFailure failure={fieldsFailure} testId="fields-failure" />
        {templates === null ? (
          !libraryFailure && <p>Loading…</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>Title</th>
                <th>Shortcut</th>
                <th>Kind</th>
                <th>Tags</th>
                <th>Used</th>
                <th>Last used</th>
                <th>Reply</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {shown.slice(0, listed).map((t) => (
                <tr key={t.id} data-testid="library-row" data-title={t.title}>
                  <td>{t.title}</td>
                  <td>{t.shortcut ? `/${t.shortcut}` : ''}</td>
                  <td>{t.kind === 'survey' ? `survey (${t.survey ?? 'text'})` : t.kind}</td>
                  <td>{t.tags.join(', ')}</td>
                  <td data-testid="use-count">{t.useCount}</td>
                  <td>{lastUsed(t)}</td>
                  <td class="body">{t.body}</td>
                  <td class="row-actions">
                    <button type="button" data-testid="edit" onClick={() => setEditing(t)}>
                      Edit
                    </button>
                    <button type="button" data-testid="duplicate" onClick={() => duplicate(t)}>
                      Duplicate
                    </button>
                    <button type="button" data-testid="delete" onClick={() => setDeleting({ id: t.id, busy: false })}>
                      Delete
                    </button>
                    {deleting?.id === t.id && (
                      <InlineConfirm
                        question={`Delete “${t.title}”? This cannot be undone.`}
                        action="Delete"
                        busy={deleting.busy}
                        testId="confirm-delete"
                        onConfirm={() => void remove(t)}
                        onCancel={() => setDeleting(null)}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {templates !== null && shown.length > listed && (
          <p class="more" data-testid="library-more">
            Showing {listed.toLocaleString()} of {shown.length.toLocaleString()}.{' '}
            <button type="button" data-testid="show-more" onClick={() => setListed(listed + PAGE)}>
              Show {Math.min(PAGE, shown.length - listed).toLocaleString()} more
            </button>{' '}
            or search to narrow the list.
          </p>
        )}
      </section>

      <section aria-labelledby="io">
        <h2 id="io">Import and export</h2>
        <p>
          JSON as exported here:{' '}
          <code>
            {
              '{"templates":[{"title":"…","body":"Hi {{first_name|there}}! …","shortcut":"ship","tags":["shipping"],"kind":"reply"}]}'
            }
          </code>
          , or CSV with a header row and the columns <code>title, body, shortcut, tags</code> (optional: <code>kind, survey</code>
          ). A template with the same title as one you have replaces it. A file with any problem imports nothing until it is fixed
          — or until you choose to import only its valid rows.
        </p>
        <label class="file">
          Import a templates file{' '}
          <input
            type="file"
            accept=".json,.csv,application/json,text/csv"
            data-testid="import-file"
            onChange={(e) => void onFile(e.currentTarget)}
          />
        </label>
        <button type="button" data-testid="export" onClick={() => void onExport()}>
          Export all templates
        </button>{' '}
        <button type="button" data-testid="backup-now" onClick={() => void onBackup()}>
          Back up templates and settings
        </button>
        <RequestFailure failure={backupFailure} testId="backup-failure" />
        {backup?.due && (
          <p class="notice warn" data-testid="backup-reminder" role="status">
            Your library changed {backup.changes} time{backup.changes === 1 ? '' : 's'} since{' '}
            {backup.lastAt ? `your last backup (${new Date(backup.lastAt).toLocaleDateString()})` : 'it was last backed up'}. The
            browser can clear an extension's storage: keep a backup file. Importing it restores your templates and settings.
          </p>
        )}
        <pre class={`import-status ${importState?.tone ?? ''}`} data-testid="import-status" role="status" aria-live="polite">
          {importState?.text ?? ''}
        </pre>
        {pendingFile && (
          <button type="button" data-testid="import-valid" onClick={() => void runImport(pendingFile, true)}>
            Import the {pendingFile.validCount} valid templates from {pendingFile.name}
          </button>
        )}
      </section>

      <section aria-labelledby="settings">
        <h2 id="settings">Settings</h2>
        <RequestFailure failure={settingsFailure?.near === 'settings' ? settingsFailure : null} testId="settings-failure" />
        <div class="grid">
          <label>
            Your name <code>{'{{my_name}}'}</code>
            <input
              data-testid="setting-my-name"
              value={prefs.myName}
              maxLength={100}
              onChange={(e) => savePref({ myName: e.currentTarget.value })}
            />
          </label>
          <label>
            Business name <code>{'{{business}}'}</code>
            <input
              data-testid="setting-business"
              value={prefs.business}
              maxLength={100}
              onChange={(e) => savePref({ business: e.currentTarget.value })}
            />
          </label>
          <label>
            Expand /shortcuts with
            <select
              data-testid="setting-trigger"
              value={prefs.shortcutTrigger}
              onChange={(e) => savePref({ shortcutTrigger: e.currentTarget.value as Preferences['shortcutTrigger'] })}
            >
              <option value="tab">Tab</option>
              <option value="space">Space</option>
              <option value="both">Tab or Space</option>
            </select>
          </label>
          <label>
            Warn before another promo within (days)
            <input
              type="number"
              min={0}
              max={365}
              data-testid="setting-cooldown"
              value={prefs.promoCooldownDays}
              onChange={(e) =>
                savePref({ promoCooldownDays: Math.max(0, Math.min(365, Math.round(Number(e.currentTarget.value) || 0))) })
              }
            />
          </label>
        </div>
      </section>

      <section aria-labelledby="timing">
        <h2 id="timing">Reply timing</h2>
        <RequestFailure failure={settingsFailure?.near === 'timing' ? settingsFailure : null} testId="settings-failure" />
        <div class="grid">
          <label>
            A chat is missed after (hours)
            <input
              type="number"
              min={0.25}
              step={0.25}
              data-testid="setting-missed-hours"
              value={prefs.missedThresholdHours}
              onChange={(e) => savePref({ missedThresholdHours: Math.max(0.25, Number(e.currentTarget.value) || 24) })}
            />
          </label>
          <label>
            A quiet answered chat is completed after (hours)
            <input
              type="number"
              min={1}
              data-testid="setting-completion-hours"
              value={prefs.completionHours}
              onChange={(e) => savePref({ completionHours: Math.max(1, Number(e.currentTarget.value) || 24) })}
            />
          </label>
          <label>
            Credit a conversion to a template sent within (days)
            <input
              type="number"
              min={1}
              max={90}
              data-testid="setting-attribution-days"
              value={prefs.attributionDays}
              onChange={(e) =>
                savePref({ attributionDays: Math.max(1, Math.min(90, Math.round(Number(e.currentTarget.value) || 14))) })
              }
            />
          </label>
        </div>
        <ScheduleEditor schedule={prefs.schedule} onChange={(schedule) => savePref({ schedule })} />
      </section>

      <section aria-labelledby="sites">
        <h2 id="sites">Where the sidebar appears</h2>
        <ul>
          {SITES.map((s) => (
            <li key={s.id} data-testid="site-item">
              {s.label} — {s.urlHint}
            </li>
          ))}
        </ul>
        <p>Toggle it with the toolbar button or Alt+Shift+S (change the key at chrome://extensions/shortcuts).</p>
      </section>

      <DiagnosticsSection />
    </main>
  );
}
