import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { diagnosticsFile } from '../../lib/diagnostics';
import { log } from '../../lib/log';
import { messenger } from '../../lib/messaging/protocol';
import { downloadText } from '../../lib/page/download';
import { t, tn } from '../../lib/i18n/t';

/** Resolves with the answer, or with the error (logged): a diagnostics file is made even when the background fails. */
const orError = <T,>(request: Promise<T>, what: string): Promise<T | Error> =>
  request.catch((e: unknown) => {
    log.warn('options:diagnostics', `could not read ${what}`, e);
    return e instanceof Error ? e : new Error('an unexpected failure');
  });

/** "Download diagnostics": a file for a bug report, made on this device and sent nowhere. */
export function DiagnosticsSection() {
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const download = async () => {
    const [prefs, background] = await Promise.all([
      orError(messenger.sendMessage('getPreferences', undefined), 'the settings'),
      orError(messenger.sendMessage('backgroundLog', undefined), "the background's log"),
    ]);
    const file = diagnosticsFile({
      now: new Date(),
      version: browser.runtime.getManifest().version,
      userAgent: navigator.userAgent,
      prefs,
      background,
      options: log.entries(),
    });
    downloadText(
      `dm-sidekick-diagnostics-${file.createdAt.slice(0, 10)}.json`,
      JSON.stringify(file, null, 2),
      'application/json',
    );
    const entries = (file.log.background?.length ?? 0) + file.log.options.length;
    setStatus(
      file.problems.length
        ? { tone: 'error', text: t('diagnostics.incomplete', { problems: file.problems.join(' ') }) }
        : { tone: 'ok', text: tn('diagnostics.done', entries) },
    );
  };
  return (
    <section aria-labelledby="diagnostics">
      <h2 id="diagnostics">{t('diagnostics.heading')}</h2>
      <p>{t('diagnostics.explain')}</p>
      <button type="button" data-testid="download-diagnostics" onClick={() => void download()}>
        {t('diagnostics.download')}
      </button>
      {status && (
        <p class={`notice ${status.tone}`} data-testid="diagnostics-status" role="status">
          {status.text}
        </p>
      )}
    </section>
  );
}
