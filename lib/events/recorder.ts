import { log } from '../log';
import type { MessageEvent } from '../metrics/types';
import type { PageState } from '../page/page-state';
import type { PlatformId } from '../platforms/sites';
import type { MessageRow } from '../platforms/types';
import { fingerprints, messageKey } from './fingerprint';
import type { KeySalts } from './key-salts';
import { contactKey } from '../vocab/contact-key';
import { foldSpacing } from '../vocab/fold';
import { MINUTE_MS } from '../vocab/time';
import { parsePageTime, type PageTime } from './page-time';

/** Where queued events wait until the background confirms them (survives a reload or a sleeping service worker). */
export interface QueueStore {
  load(): Promise<MessageEvent[]>;
  save(events: MessageEvent[]): Promise<void>;
}

export interface RecorderDeps {
  /** The salts keys are hashed with (asked of the background; lib/events/key-salts.ts). */
  salts: () => Promise<KeySalts>;
  /** Sends a batch with the display name of each of its threads; answers the keys stored. */
  send: (events: MessageEvent[], names: Record<string, string>) => Promise<string[]>;
  queue: QueueStore;
  onStored?: (contactKeys: Set<string>) => void;
  /** Messages seen but not yet confirmed by the background, and whether a request failed and is being retried. */
  onBacklog?: (backlog: Backlog) => void;
  now?: () => number;
  /** Rows appearing this soon after a thread opens are its history loading, not new messages. */
  settleMs?: number;
  /** A request to the background that has not answered after this long is given up and retried (default 10 s). */
  requestTimeoutMs?: number;
}

export interface Backlog {
  waiting: number;
  retrying: boolean;
}

/** A row seen but not yet keyed (it needs the salts from the background). Memory only: it holds text. */
interface Observation {
  view: ThreadView;
  row: MessageRow;
  fp: string;
  live: boolean;
  t: number;
  /** The page's own time for a history row, where its label parses. */
  page: PageTime | null;
  /** The inserted template this outgoing row is (attributed when the row is seen, not when it is keyed). */
  templateId?: number;
}

interface ThreadView {
  /** The site the conversation belongs to (PageState.platform). */
  platform: PlatformId;
  threadId: string;
  contactKey: string;
  openedAt: number;
  /** Rows rendered when the thread opened: none means its history is still loading. */
  initialRows: number;
  seen: Set<string>;
  /** Who the chat is with, as its header said when the view opened. */
  name: string | null;
}

/** How the background says a message failed validation (lib/background/serve-requests.ts). */
const MALFORMED = /carried malformed data/;

/**
 * Turns the rows a page renders into message events, once each. Rows already there when a thread opens (or that
 * load with it, or scroll in above) are history: timed by the page where its label parses, otherwise marked
 * estimated and kept out of timing. New rows that appear at the bottom after that — one, or a burst rendered together
 * (a photo and its caption, a reconnect) — are messages arriving now. Nothing seen is lost while the background is
 * away: rows wait in memory until they can be keyed (the salt comes from the background), then events wait in a
 * persistent queue until the background confirms it stored them; every request is retried with back-off.
 */
export function createRecorder(deps: RecorderDeps) {
  const now = deps.now ?? Date.now;
  const settleMs = deps.settleMs ?? 1500;
  const requestTimeoutMs = deps.requestTimeoutMs ?? 10_000;
  // A service worker stopped mid-request may never answer: such a request fails after a while and is retried.
  const answered = <T>(request: Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const timeout = setTimeout(
        () => reject(new Error(`no answer from the extension in ${requestTimeoutMs / 1000} s`)),
        requestTimeoutMs,
      );
      request.then(resolve, reject).finally(() => clearTimeout(timeout));
    });
  let view: ThreadView | null = null;
  let unkeyed: Observation[] = [];
  let pending: MessageEvent[] = [];
  let salts: KeySalts | null = null;
  /** The display name last seen for each thread (names are sent per thread, never one name for a whole batch). */
  const names = new Map<string, string>();
  let lastInsertion: { templateId: number; text: string; at: number; away: boolean } | null = null;
  let retryMs = 1000;
  let retrying = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let busy = false;
  // Resolves when the current run ends: settled() waits on it rather than polling a timer.
  let runEnded: Promise<void> = Promise.resolve();
  let endRun = () => {};
  let isolating = false;
  let reported = '';

  const report = () => {
    const backlog = { waiting: unkeyed.length + pending.length, retrying };
    const key = `${backlog.waiting}|${backlog.retrying}`;
    if (key !== reported) deps.onBacklog?.(backlog);
    reported = key;
  };
  const retryLater = (reason: unknown) => {
    log.warn('recorder', `recording will retry in ${retryMs / 1000} s`, reason);
    retrying = true;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), retryMs);
    retryMs = Math.min(10_000, retryMs * 2);
    report();
  };

  const toEvent = async (o: Observation, s: KeySalts): Promise<MessageEvent> => {
    const page = o.page;
    // A key from the page's own id holds no text: it takes the install's salt and outlives the session. A key over
    // the text takes the session's salt, which is never written to disk (lib/events/key-salts.ts).
    const byId = o.fp.startsWith('id|');
    const event: MessageEvent = {
      key: await messageKey(byId ? s.id : s.text, o.view.platform, o.view.threadId, o.fp),
      platform: o.view.platform,
      threadId: o.view.threadId,
      contactKey: o.view.contactKey,
      direction: o.row.direction,
      at: o.live ? o.t : (page?.at ?? o.view.openedAt),
      source: o.live ? 'observed' : page ? 'page' : 'estimated',
      precisionMs: o.live ? 1000 : (page?.precisionMs ?? Number.MAX_SAFE_INTEGER),
      observedAt: o.t,
      history: !o.live,
    };
    if (!byId) event.epoch = s.epoch;
    // Team sync on: the same message seen by two members gets the same team key — its fingerprint (the page's id, or
    // the text and how many identical rows are older) under the team's salt, which every member holds.
    if (s.team) event.teamKey = await messageKey(s.team, o.view.platform, o.view.threadId, o.fp);
    if (o.templateId !== undefined) event.templateId = o.templateId;
    return event;
  };

  /** Keys what was seen (once the salt is known), queues it, and sends the queue; any failure retries the lot. */
  const run = async (): Promise<void> => {
    if (busy) return;
    busy = true;
    runEnded = new Promise((resolve) => (endRun = resolve));
    try {
      if (unkeyed.length > 0) {
        // A failed salt request is never kept: the next run asks again.
        salts ??= await answered(deps.salts());
        // A copy: rows seen while this batch is keyed are appended to `unkeyed` and wait for the next round.
        const batch = unkeyed.slice();
        const events = await Promise.all(batch.map((o) => toEvent(o, salts!)));
        const known = new Set(pending.map((e) => e.key));
        pending.push(...events.filter((e) => !known.has(e.key)));
        unkeyed = unkeyed.slice(batch.length);
        await deps.queue.save(pending);
      }
      while (pending.length > 0) {
        // After the background refused a batch as malformed, events go one by one to find the one it refuses.
        const batch = pending.slice(0, isolating ? 1 : 500);
        const batchNames: Record<string, string> = {};
        for (const e of batch) {
          const name = names.get(e.contactKey);
          if (name) batchNames[e.contactKey] = name;
        }
        let stored: Set<string>;
        try {
          stored = new Set(await answered(deps.send(batch, batchNames)));
        } catch (e) {
          if (!MALFORMED.test(String(e))) throw e;
          if (batch.length > 1) {
            isolating = true;
            continue;
          }
          // One event the background will never accept: drop it (logged), never block the queue behind it.
          log.error('recorder', 'dropped a message event the background refuses', e);
          stored = new Set(batch.map((ev) => ev.key));
        }
        pending = pending.filter((e) => !stored.has(e.key));
        await deps.queue.save(pending);
        deps.onStored?.(new Set(batch.map((e) => e.contactKey)));
      }
      isolating = false;
      retryMs = 1000;
      retrying = false;
      clearTimeout(timer);
    } catch (e) {
      // The service worker may be restarting or refusing: keep everything and try again, backing off.
      retryLater(e);
    } finally {
      busy = false;
      report();
      endRun();
    }
    // Rows seen while this run was busy.
    if (!retrying && (unkeyed.length > 0 || pending.length > 0)) void run();
  };

  return {
    /** Call on every read of the page (each DOM change batch), with the rows' order, oldest first (page-state.ts). */
    onPage(state: PageState, rows: readonly MessageRow[], order: readonly number[]) {
      if (!state.inDmArea || !state.threadId) {
        view = null;
        return;
      }
      const t = now();
      const fps = fingerprints(rows, order);
      const name = state.contact.displayName ?? state.contact.handle;
      let opening = false;
      if (!view || view.threadId !== state.threadId || view.platform !== state.platform) {
        // Some sites give a chat's id only with its first message (one URL for every chat, the id inside the rows): an
        // empty chat, open and settled, that gets its first row and its real id at once is the same chat — with the
        // same contact — so that row is arriving now, not history.
        const gotItsId =
          view !== null &&
          view.seen.size === 0 &&
          view.initialRows === 0 &&
          t - view.openedAt >= settleMs &&
          name !== null &&
          view.name === name;
        view = {
          platform: state.platform,
          threadId: state.threadId,
          contactKey: contactKey(state.platform, state.threadId),
          openedAt: gotItsId ? view!.openedAt : t,
          initialRows: gotItsId ? 0 : rows.length,
          seen: new Set(),
          name,
        };
        opening = !gotItsId;
      }
      // The background accepts names up to 300 characters: a longer one is cut here, never a reason to reject a batch.
      if (name) names.set(view.contactKey, name.slice(0, 300));
      const v = view;
      // In time order; rows the site marks as sent automatically are not the seller's replies (nor the customer's).
      // One pass in time order, no allocation per row: a long thread is read on every change.
      const fresh: { row: MessageRow; fp: string }[] = [];
      let atBottom = true;
      for (const i of order) {
        const row = rows[i]!;
        // Sent automatically, or not delivered (a failed send is read again when its status changes): not recorded.
        if (row.auto || row.unsent) continue;
        if (!v.seen.has(fps[i]!)) fresh.push({ row, fp: fps[i]! });
        else if (fresh.length > 0) atBottom = false; // a row already seen comes after a new one: not at the bottom
      }
      if (fresh.length === 0) return;
      for (const f of fresh) v.seen.add(f.fp);
      // While a thread's history is still loading (it opened with no rows), rows arriving are history too.
      const settling = opening || (v.initialRows === 0 && t - v.openedAt < settleMs);
      // Live: the new rows are all newer than every row already seen (they appeared at the bottom), one or a burst.
      const live = !settling && atBottom;
      let previous: PageTime | null = null;
      for (const { row, fp } of fresh) {
        // History timed by the page: rows printing the same minute keep the page's order (1 ms apart), or a reply
        // could be folded before the message it answers.
        let page = live ? null : parsePageTime(row.time, t);
        if (page && previous && page.at <= previous.at && previous.at - page.at < page.precisionMs)
          page = { ...page, at: previous.at + 1 };
        if (page) previous = page;
        const o: Observation = { view: v, row, fp, live, t, page };
        if (live && row.direction === 'out' && lastInsertion && t - lastInsertion.at < 30 * MINUTE_MS) {
          const text = foldSpacing(row.text);
          if (text && (text.includes(lastInsertion.text) || lastInsertion.text.includes(text))) {
            const away = lastInsertion.away;
            o.templateId = lastInsertion.templateId;
            lastInsertion = null;
            // An away message sent is not a reply: it is not recorded at all.
            if (away) continue;
          }
        }
        unkeyed.push(o);
      }
      report();
      void run();
    },
    /**
     * The sidebar inserted a template: the next matching outgoing row is attributed to it — or, for an away message,
     * not recorded at all (automatic and away replies never count as replies).
     */
    noteInsertion(templateId: number, text: string, away = false) {
      lastInsertion = { templateId, text: foldSpacing(text), at: now(), away };
    },
    /** Sends whatever an earlier page view left queued. */
    async resume() {
      const left = await deps.queue.load();
      const known = new Set(pending.map((e) => e.key));
      pending.push(...left.filter((e) => !known.has(e.key)));
      await run();
    },
    /** Resolves when nothing is being worked on right now (tests, bench). */
    settled: async () => {
      while (busy) await runEnded;
    },
  };
}
