import { useState } from 'preact/hooks';
import { messenger, type ImportResult } from '../../lib/messaging/protocol';
import { downloadText } from '../../lib/page/download';
import { IMPORT_LIMITS } from '../../lib/templates/limits';
import type { Template } from '../../lib/templates/types';
import { failed, RequestFailure } from '../shared/RequestFailure';
import { useBackupStatus } from './hooks';
import { formatDate, formatNumber, t, tn } from '../../lib/i18n/t';

type Notice = { tone: 'ok' | 'error' | 'busy'; text: string } | null;
interface ImportFile {
  name: string;
  content: string;
  format: 'json' | 'csv';
}

function summarise(result: ImportResult, fileName: string): Notice {
  if (!result.ok) return { tone: 'error', text: t('io.notImported', { file: fileName, error: result.error }) };
  const skipped = result.skipped ? t('io.skipped', { count: result.skipped }) : '';
  const head = tn('io.imported', result.added + result.updated, {
    file: fileName,
    added: result.added,
    updated: result.updated,
    skipped,
  });
  return { tone: 'ok', text: [head, ...result.notes].join('\n') };
}

const formatOf = (name: string, content: string): 'json' | 'csv' =>
  /\.csv$/i.test(name) ? 'csv' : /\.json$/i.test(name) ? 'json' : /^\s*[[{]/.test(content) ? 'json' : 'csv';

const today = () => new Date().toISOString().slice(0, 10);

interface Props {
  /** The library as listed: a change asks again whether a backup is due. */
  templates: Template[] | null;
  /** Lists the library again after an import. */
  onImported: () => Promise<void>;
}

/** Import a JSON or CSV file (or only its valid rows), export the templates, back up templates and settings. */
export function ImportExport({ templates, onImported }: Props) {
  const [status, setStatus] = useState<Notice>(null);
  // A file with problems and some valid rows, offered for importing only those.
  const [pendingFile, setPendingFile] = useState<(ImportFile & { validCount: number }) | null>(null);
  const backup = useBackupStatus(templates);

  const runImport = async (file: ImportFile, validOnly: boolean) => {
    setStatus({ tone: 'busy', text: t('io.reading', { file: file.name }) });
    try {
      const result = await messenger.sendMessage('importTemplatesFile', {
        content: file.content,
        format: file.format,
        validOnly,
      });
      setStatus(summarise(result, file.name));
      setPendingFile(!result.ok && result.validCount > 0 ? { ...file, validCount: result.validCount } : null);
      await onImported();
    } catch (e) {
      const failure = failed('options', t('failure.importFile'), e);
      setStatus({ tone: 'error', text: t('failure.couldNot', { what: failure.what, reason: failure.reason }) });
    }
  };

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    // Checked here, before the file is read or sent: the background would refuse it anyway.
    if (file.size > IMPORT_LIMITS.fileBytes) {
      input.value = '';
      setStatus({
        tone: 'error',
        text: t('io.tooLarge', {
          file: file.name,
          size: formatNumber(file.size / 1024 / 1024, { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
          max: IMPORT_LIMITS.fileBytes / 1024 / 1024,
        }),
      });
      return;
    }
    const content = await file.text();
    input.value = '';
    await runImport({ name: file.name, content, format: formatOf(file.name, content) }, false);
  };

  const onBackup = async () => {
    try {
      const file = await messenger.sendMessage('exportBackup', undefined);
      downloadText(`dm-sidekick-backup-${today()}.json`, JSON.stringify(file, null, 2), 'application/json');
      await backup.reload();
    } catch (e) {
      const failure = failed('options', t('failure.makeBackup'), e);
      setStatus({ tone: 'error', text: t('failure.couldNot', { what: failure.what, reason: failure.reason }) });
    }
  };

  const onExport = async () => {
    try {
      const file = await messenger.sendMessage('exportTemplates', undefined);
      downloadText(`dm-sidekick-templates-${today()}.json`, JSON.stringify(file, null, 2), 'application/json');
    } catch (e) {
      const failure = failed('options', t('failure.exportTemplates'), e);
      setStatus({ tone: 'error', text: t('failure.couldNot', { what: failure.what, reason: failure.reason }) });
    }
  };

  return (
    <section aria-labelledby="io">
      <h2 id="io">{t('io.heading')}</h2>
      <p>
        {t('io.jsonAsExported')}{' '}
        <code>
          {
            '{"templates":[{"title":"…","body":"Hi {{first_name|there}}! …","shortcut":"ship","tags":["shipping"],"kind":"reply"}]}'
          }
        </code>
        {t('io.csvColumns')} <code>title, body, shortcut, tags</code> {t('io.optional')} <code>kind, survey</code>).{' '}
        {t('io.rules')}
      </p>
      <label class="file">
        {t('io.importFile')}{' '}
        <input
          type="file"
          accept=".json,.csv,application/json,text/csv"
          data-testid="import-file"
          onChange={(e) => void onFile(e.currentTarget)}
        />
      </label>
      <button type="button" data-testid="export" onClick={() => void onExport()}>
        {t('io.export')}
      </button>{' '}
      <button type="button" data-testid="backup-now" onClick={() => void onBackup()}>
        {t('io.backup')}
      </button>
      <RequestFailure failure={backup.failure} testId="backup-failure" />
      {backup.status?.due && (
        <p class="notice warn" data-testid="backup-reminder" role="status">
          {backup.status.lastAt
            ? tn('io.reminderSince', backup.status.changes, { date: formatDate(backup.status.lastAt) })
            : tn('io.reminderNever', backup.status.changes)}{' '}
          {t('io.reminderWhy')}
        </p>
      )}
      <pre class={`import-status ${status?.tone ?? ''}`} data-testid="import-status" role="status" aria-live="polite">
        {status?.text ?? ''}
      </pre>
      {pendingFile && (
        <button type="button" data-testid="import-valid" onClick={() => void runImport(pendingFile, true)}>
          {tn('io.importValid', pendingFile.validCount, { file: pendingFile.name })}
        </button>
      )}
    </section>
  );
}
