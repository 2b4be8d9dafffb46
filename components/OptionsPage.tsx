import { useEffect, useState } from 'preact/hooks';
import { messenger, type ImportResult } from '../lib/messaging/protocol';
import type { Template } from '../lib/templates/types';

type ImportState = { tone: 'ok' | 'error' | 'busy'; text: string } | null;

function summarise(result: ImportResult, fileName: string): ImportState {
  if (!result.ok) return { tone: 'error', text: `Could not import ${fileName}. ${result.error}` };
  const parts = [
    `Imported ${result.added + result.updated} templates from ${fileName}: ${result.added} new, ${result.updated} updated.`,
  ];
  return { tone: 'ok', text: [...parts, ...result.notes].join('\n') };
}

/** Downloads text as a file without any network request (a blob URL the browser saves). */
function download(name: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function OptionsPage() {
  const [templates, setTemplates] = useState<Template[] | null>(null);
  const [importState, setImportState] = useState<ImportState>(null);

  const reload = () => messenger.sendMessage('listTemplates', undefined).then(setTemplates);
  useEffect(() => void reload(), []);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setImportState({ tone: 'busy', text: `Reading ${file.name}…` });
    try {
      const result = await messenger.sendMessage('importTemplatesFile', { content: await file.text() });
      setImportState(summarise(result, file.name));
      await reload();
    } catch (e) {
      setImportState({ tone: 'error', text: `Could not import ${file.name}: ${(e as Error).message}` });
    } finally {
      input.value = '';
    }
  };

  const onExport = async () => {
    const file = await messenger.sendMessage('exportTemplates', undefined);
    download(`dm-sidekick-templates-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify(file, null, 2));
  };

  return (
    <main>
      <h1>DM Sidekick</h1>
      <p class="lede">
        Saved replies for Instagram and Messenger DMs, filled in with the customer's name. Everything stays on this device: no
        account, no server, no message text stored.
      </p>

      <section aria-labelledby="io">
        <h2 id="io">Import and export</h2>
        <p>
          A templates file is JSON:{' '}
          <code>
            {
              '{"templates":[{"title":"…","body":"Hi {{first_name|there}}! …","shortcut":"ship","tags":["shipping"],"kind":"reply"}]}'
            }
          </code>
          . A template with the same title as one you have replaces it; a file with any problem imports nothing.
        </p>
        <label class="file">
          Import a templates file{' '}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="import-file"
            onChange={(e) => void onFile(e.currentTarget)}
          />
        </label>
        <button type="button" data-testid="export" onClick={() => void onExport()}>
          Export all templates
        </button>
        <pre class={`import-status ${importState?.tone ?? ''}`} data-testid="import-status" role="status" aria-live="polite">
          {importState?.text ?? ''}
        </pre>
      </section>

      <section aria-labelledby="library">
        <h2 id="library">Saved replies {templates && <span class="count">({templates.length})</span>}</h2>
        {templates === null ? (
          <p>Loading…</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>Title</th>
                <th>Shortcut</th>
                <th>Kind</th>
                <th>Tags</th>
                <th>Used</th>
                <th>Reply</th>
              </tr>
            </thead>
            <tbody>
              {templates.map((t) => (
                <tr key={t.id} data-testid="library-row" data-title={t.title}>
                  <td>{t.title}</td>
                  <td>{t.shortcut ? `/${t.shortcut}` : ''}</td>
                  <td>{t.kind === 'survey' ? `survey (${t.survey ?? 'text'})` : t.kind}</td>
                  <td>{t.tags.join(', ')}</td>
                  <td>{t.useCount}</td>
                  <td class="body">{t.body}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="sites">
        <h2 id="sites">Where the sidebar appears</h2>
        <ul>
          <li>Instagram — instagram.com/direct/…</li>
          <li>Facebook Messenger — facebook.com/messages/…, messenger.com/t/…</li>
        </ul>
        <p>Toggle it with the toolbar button or Alt+Shift+S (change the key at chrome://extensions/shortcuts).</p>
      </section>
    </main>
  );
}
