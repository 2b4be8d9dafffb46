// The background's log outlives its service worker: kept in storage.session, which survives the worker being stopped
// and restarted but lives in memory only and is cleared when the browser closes — a diagnostics log, not a record.
// Content scripts cannot read it (session storage is for the extension's own pages and worker by default).
import { browser } from 'wxt/browser';
import { log as backgroundLogger, type LogEntry, type Logger } from '../log';

const KEY = 'log:background';

interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

let restored: Promise<void> = Promise.resolve();
let logger: Logger = backgroundLogger;

/**
 * Restores the entries an earlier service worker kept and persists every new one (one write per burst). Call
 * synchronously at service-worker start. Without session storage (older browsers) the log lives in memory only.
 */
export function keepBackgroundLog(
  target: Logger = backgroundLogger,
  area: SessionArea | null = (browser.storage as { session?: SessionArea }).session ?? null,
): void {
  logger = target;
  restored = Promise.resolve();
  if (!area) return;
  restored = area.get(KEY).then(
    (stored) => {
      const earlier = stored[KEY];
      if (Array.isArray(earlier)) target.restore(earlier);
    },
    (e: unknown) => target.warn('background:log', 'the previous service worker’s log could not be read', e),
  );
  let queued = false;
  let failing = false;
  target.onEntry(() => {
    if (queued) return;
    queued = true;
    void restored
      .then(() => {
        queued = false;
        return area.set({ [KEY]: target.entries() });
      })
      .then(
        () => void (failing = false),
        (e: unknown) => {
          // Said once per run of failures: the entry asks for another write, which would fail the same way.
          if (failing) return;
          failing = true;
          target.warn('background:log', 'the log could not be kept in session storage', e);
        },
      );
  });
}

/** The background's log, oldest first, including what earlier service workers of this browser session kept. */
export async function backgroundLog(): Promise<LogEntry[]> {
  await restored;
  return logger.entries();
}
