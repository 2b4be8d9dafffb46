import { useState } from 'preact/hooks';
import { messenger, type ImportResult } from '../../lib/messaging/protocol';
import { downloadText } from '../../lib/page/download';
import { IMPORT_LIMITS } from '../../lib/templates/limits';
import type { Template } from '../../lib/templates/types';
import { failed, RequestFailure } from '../shared/RequestFailure';
import { useBackupStatus } from './hooks';

type Notice = { tone: 'ok' | 'error' | 'busy'; text: string } | null;
interface ImportFile {
  name: string;
  content: string;
  format: 'json' | 'csv';
}

function summarise(result: ImportResult, fileName: string): Notice {
  if (!result.ok) return { tone: 'error', text: `Could not import ${fileName}. ${result.error}` };
  const skipped = result.skipped ? `, ${result.skipped} skipped` : '';
  const head = `Imported ${result.added + result.updated} templates from ${fileName}: ${result.added} new, ${result.updated} updated${skipped}.`;
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
    setStatus({ tone: 'busy', text: `Reading ${file.name}…` });
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
      const failure = failed('options', 'import the file', e);
      setStatus({ tone: 'error', text: `Could not import ${file.name}: ${failure.reason}` });
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
        text: `Could not import ${file.name}: the file is ${(file.size / 1024 / 1024).toFixed(1)} MB; at most ${IMPORT_LIMITS.fileBytes / 1024 / 1024} MB can be imported at once. Nothing was imported.`,
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
      setStatus({ tone: 'error', text: `Could not make the backup: ${failed('options', 'make the backup', e).reason}` });
    }
  };

  const onExport = async () => {
    try {
      const file = await messenger.sendMessage('exportTemplates', undefined);
      downloadText(`dm-sidekick-templates-${today()}.json`, JSON.stringify(file, null, 2), 'application/json');
    } catch (e) {
      setStatus({
        tone: 'error',
        text: `Could not export the templates: ${failed('options', 'export the templates', e).reason}`,
      });
    }
  };

  return (
    <section aria-labelledby="io">
      <h2 id="io">Import and export</h2>
      <p>
        JSON as exported here:{' '}
        <code>
          {
            '{"templates":[{"title":"…","body":"Hi {{first_name|there}}! …","shortcut":"ship","tags":["shipping"],"kind":"reply"}]}'
          }
        </code>
        , or CSV with a header row and the columns <code>title, body, shortcut, tags</code> (optional: <code>kind, survey</code>).
        A template with the same title as one you have replaces it. A file with any problem imports nothing until it is fixed — or
        until you choose to import only its valid rows.
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
      <RequestFailure failure={backup.failure} testId="backup-failure" />
      {backup.status?.due && (
        <p class="notice warn" data-testid="backup-reminder" role="status">
          Your library changed {backup.status.changes} time{backup.status.changes === 1 ? '' : 's'} since{' '}
          {backup.status.lastAt
            ? `your last backup (${new Date(backup.status.lastAt).toLocaleDateString()})`
            : 'it was last backed up'}
          . The browser can clear an extension's storage: keep a backup file. Importing it restores your templates and settings.
        </p>
      )}
      <pre class={`import-status ${status?.tone ?? ''}`} data-testid="import-status" role="status" aria-live="polite">
        {status?.text ?? ''}
      </pre>
      {pendingFile && (
        <button type="button" data-testid="import-valid" onClick={() => void runImport(pendingFile, true)}>
          Import the {pendingFile.validCount} valid templates from {pendingFile.name}
        </button>
      )}
    </section>
  );
}
