import type { MessageEvent } from '../metrics/types';
import type { PageState } from '../page/page-state';
import type { PlatformId } from '../platforms/sites';
import type { MessageRow } from '../platforms/types';
import { fingerprints, messageKey } from './fingerprint';
import { parsePageTime } from './page-time';

/** Where queued events wait until the background confirms them (survives a reload or a sleeping service worker). */
export interface QueueStore {
  load(): Promise<MessageEvent[]>;
  save(events: MessageEvent[]): Promise<void>;
}

export interface RecorderDeps {
  platform: PlatformId;
  salt: () => Promise<string>;
  /** Sends a batch with the display name of each of its threads; answers the keys stored. */
  send: (events: MessageEvent[], names: Record<string, string>) => Promise<string[]>;
  queue: QueueStore;
  onStored?: (contactKeys: Set<string>) => void;
  now?: () => number;
  /** Rows appearing this soon after a thread opens are its history loading, not new messages. */
  settleMs?: number;
}

interface ThreadView {
  threadId: string;
  contactKey: string;
  openedAt: number;
  /** Rows rendered when the thread opened: none means its history is still loading. */
  initialRows: number;
  seen: Set<string>;
}

const folded = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Turns the rows a page renders into message events, once each. Rows already there when a thread opens (or that
 * load with it, or scroll in above) are history: timed by the page where its label parses, otherwise marked
 * estimated and kept out of timing. A single new row at the bottom after that is a message arriving now (a batch of
 * rows at once is history loading or scrolling in). Events
 * wait in a persistent queue until the background confirms it stored them.
 */
export function createRecorder(deps: RecorderDeps) {
  const now = deps.now ?? Date.now;
  const settleMs = deps.settleMs ?? 1500;
  let view: ThreadView | null = null;
  let pending: MessageEvent[] = [];
  /** The display name last seen for each thread (names are sent per thread, never one name for a whole batch). */
  const names = new Map<string, string>();
  let lastInsertion: { templateId: number; text: string; at: number } | null = null;
  let retryMs = 1000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sending = false;
  let chain = Promise.resolve();

  const flush = async (): Promise<void> => {
    if (sending || pending.length === 0) return;
    sending = true;
    const batch = pending.slice(0, 500);
    try {
      const batchNames: Record<string, string> = {};
      for (const e of batch) {
        const name = names.get(e.contactKey);
        if (name) batchNames[e.contactKey] = name;
      }
      const stored = new Set(await deps.send(batch, batchNames));
      pending = pending.filter((e) => !stored.has(e.key));
      await deps.queue.save(pending);
      retryMs = 1000;
      deps.onStored?.(new Set(batch.map((e) => e.contactKey)));
    } catch {
      // The service worker may be restarting: keep the queue and try again, backing off.
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), retryMs);
      retryMs = Math.min(30_000, retryMs * 2);
    } finally {
      sending = false;
    }
    if (pending.length > 0 && retryMs === 1000) void flush();
  };

  const enqueue = async (events: MessageEvent[]) => {
    if (events.length === 0) return;
    const known = new Set(pending.map((e) => e.key));
    pending.push(...events.filter((e) => !known.has(e.key)));
    await deps.queue.save(pending);
    await flush();
  };

  const toEvents = async (v: ThreadView, rows: { row: MessageRow; fp: string; live: boolean }[], t: number) => {
    const salt = await deps.salt();
    const events: MessageEvent[] = [];
    for (const { row, fp, live } of rows) {
      const page = parsePageTime(row.time, t);
      const event: MessageEvent = {
        key: await messageKey(salt, deps.platform, v.threadId, fp),
        platform: deps.platform,
        threadId: v.threadId,
        contactKey: v.contactKey,
        direction: row.direction,
        at: live ? t : (page?.at ?? v.openedAt),
        source: live ? 'observed' : page ? 'page' : 'estimated',
        precisionMs: live ? 1000 : (page?.precisionMs ?? Number.MAX_SAFE_INTEGER),
        observedAt: t,
        history: !live,
      };
      if (live && row.direction === 'out' && lastInsertion && t - lastInsertion.at < 30 * 60_000) {
        const text = folded(row.text);
        if (text && (text.includes(lastInsertion.text) || lastInsertion.text.includes(text))) {
          event.templateId = lastInsertion.templateId;
          lastInsertion = null;
        }
      }
      events.push(event);
    }
    return events;
  };

  return {
    /** Call on every read of the page (each DOM change batch), with the index of the latest row (page-state.ts). */
    onPage(state: PageState, rows: readonly MessageRow[], latest: number) {
      if (!state.inDmArea || !state.threadId) {
        view = null;
        return;
      }
      const t = now();
      const fps = fingerprints(rows);
      let opening = false;
      if (!view || view.threadId !== state.threadId) {
        view = {
          threadId: state.threadId,
          contactKey: `${deps.platform}:${state.threadId}`,
          openedAt: t,
          initialRows: rows.length,
          seen: new Set(),
        };
        opening = true;
      }
      const name = state.contact.displayName ?? state.contact.handle;
      // The background accepts names up to 300 characters: a longer one is cut here, never a reason to reject a batch.
      if (name) names.set(view.contactKey, name.slice(0, 300));
      const v = view;
      // Rows the site marks as sent automatically are not the seller's replies (nor the customer's messages).
      const fresh = rows.map((row, i) => ({ row, fp: fps[i]!, index: i })).filter(({ row, fp }) => !row.auto && !v.seen.has(fp));
      if (fresh.length === 0) return;
      for (const f of fresh) v.seen.add(f.fp);
      // While a thread's history is still loading (it opened with no rows), rows arriving are history too.
      const settling = opening || (v.initialRows === 0 && t - v.openedAt < settleMs);
      const liveOne = !settling && fresh.length === 1 && fresh[0]!.index === latest;
      const batch = fresh.map((f) => ({ row: f.row, fp: f.fp, live: liveOne }));
      chain = chain.then(() => toEvents(v, batch, t).then(enqueue)).catch(() => undefined);
    },
    /** The sidebar inserted a template: the next matching outgoing row is attributed to it. */
    noteInsertion(templateId: number, text: string) {
      lastInsertion = { templateId, text: folded(text), at: now() };
    },
    /** Sends whatever an earlier page view left queued. */
    async resume() {
      const left = await deps.queue.load();
      if (left.length > 0) await enqueue(left);
    },
    /** Resolves when the rows seen so far are queued (tests, bench). */
    settled: () => chain,
  };
}
