import { getContact, saveContact, usesInThread } from '../../db/contacts-store';
import type { SidekickDatabase } from '../../db/database';
import { foldPendingEvents, latestConversation, markThread, recordEvents, waitingCount } from '../../db/events-store';
import { pendingSurvey } from '../../db/feedback-store';
import { getPreferences } from '../../db/settings-store';
import { parseRating } from '../../feedback/parse-rating';
import { log } from '../../log';
import type { ThreadContext } from '../../messaging/protocol';
import type { MessageEvent } from '../../metrics/types';
import type { PlatformId } from '../../platforms/sites';
import { suggestTemplates } from '../../suggest/suggest';
import type { Template } from '../../templates/types';
import { DAY_MS } from '../../vocab/time';

export interface ThreadServiceDeps {
  /** The number of threads waiting for a reply changed (the toolbar badge). */
  onWaitingChanged: (count: number) => void;
  /** Sends a tab its thread's new details (after its messages were stored). */
  push: (tabId: number, context: ThreadContext) => Promise<void>;
  /** The library, as the search index holds it. */
  templates: () => Promise<Template[]>;
}

/**
 * Threads: recording their messages, folding them into conversations and counts, their context for the sidebar,
 * marks, suggestions and survey answers. Events are folded right after a batch is answered, one run at a time; every
 * reader waits for the fold first, so it never sees a stale thread.
 */
export function threadService(db: SidekickDatabase, deps: ThreadServiceDeps) {
  let folding: Promise<void> | null = null;
  const fold = (): Promise<void> =>
    (folding ??= (async () => {
      try {
        let folded = 0;
        for (let n = await foldPendingEvents(db); n > 0; n = await foldPendingEvents(db)) folded += n;
        if (folded > 0) deps.onWaitingChanged(await waitingCount(db));
      } finally {
        folding = null;
      }
    })());
  // A failure here is retried by the next fold (every thread context and every recorded batch folds first).
  const foldLater = () =>
    void fold().catch((e: unknown) => log.warn('background:fold', 'folding events failed; the next request retries', e));

  const context = async (contactKey: string, platform: PlatformId): Promise<ThreadContext> => {
    await fold();
    return {
      contact: await getContact(db, contactKey, platform),
      uses: await usesInThread(db, contactKey, Date.now() - 30 * DAY_MS),
      conversation: await latestConversation(db, contactKey),
      survey: await pendingSurvey(db, contactKey),
    };
  };

  // After a tab's messages are stored and folded, it gets its threads' new details (waiting time, reply windows)
  // pushed: no round trip back to ask. A tab that went away meanwhile is not an error.
  const pushThreads = async (tabId: number, threads: Map<string, PlatformId>) => {
    try {
      await fold();
      for (const [contactKey, platform] of threads) await deps.push(tabId, await context(contactKey, platform));
    } catch (e) {
      log.info(
        'background:push',
        'a thread update was not delivered (the tab may have closed); the next stored message updates it again',
        e,
      );
    }
  };
  const rememberName = async (contactKey: string, platform: PlatformId, name: string) => {
    const contact = await getContact(db, contactKey, platform);
    if (contact.displayName !== name) await saveContact(db, { ...contact, displayName: name });
  };

  foldLater(); // whatever a previous service worker recorded but did not fold
  return {
    fold,
    context,
    /** Stores a batch (answering as soon as it is safe), then folds it, pushes the tab its threads and keeps names. */
    async record(events: readonly MessageEvent[], names: Readonly<Record<string, string>>, tabId: number | undefined) {
      const result = await recordEvents(db, events);
      if (result.added > 0) {
        // A batch can hold several threads after a retry: names are sent and kept per thread.
        const platforms = new Map(events.map((e) => [e.contactKey, e.platform]));
        setTimeout(() => {
          if (tabId !== undefined) void pushThreads(tabId, platforms);
          else foldLater();
          for (const [key, name] of Object.entries(names)) {
            const platform = platforms.get(key);
            // A name is for the dashboard's lists only; the next batch of the thread sends it again.
            if (platform)
              void rememberName(key, platform, name).catch((e: unknown) =>
                log.warn('background:names', 'could not keep a contact name; the next batch sends it again', e),
              );
          }
        }, 0);
      }
      return result.stored;
    },
    async mark(contactKey: string, platform: PlatformId, kind: 'converted' | 'done') {
      await fold();
      await markThread(db, { contactKey, kind, at: Date.now() });
      deps.onWaitingChanged(await waitingCount(db));
      return context(contactKey, platform);
    },
    /** Does this customer message answer the thread's open survey? Parsed in memory, never kept. */
    async surveyAnswer(contactKey: string, text: string) {
      await fold();
      const survey = await pendingSurvey(db, contactKey);
      if (!survey || survey.scale === 'text') return null;
      const answer = parseRating(text, survey.scale);
      return answer ? { survey, answer } : null;
    },
    async suggest(q: {
      contactKey: string;
      platform: PlatformId;
      latestIncoming: string | null;
      lastFrom: 'in' | 'out' | null;
      outgoingCount: number;
    }) {
      const [templates, contact, uses, prefs] = await Promise.all([
        deps.templates(),
        getContact(db, q.contactKey, q.platform),
        usesInThread(db, q.contactKey, Date.now() - 30 * DAY_MS),
        getPreferences(db),
      ]);
      return suggestTemplates({
        ...q,
        templates,
        contactTags: contact.tags,
        uses,
        now: Date.now(),
        promoCooldownDays: prefs.promoCooldownDays,
      }).map((s) => ({ template: s.template, reason: s.reason, recentPromoAt: s.recentPromoAt }));
    },
  };
}
