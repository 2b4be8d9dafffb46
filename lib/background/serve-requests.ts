import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { getContact, knownFieldNames, saveContact, usesInThread } from '../db/contacts-store';
import type { SidekickDatabase } from '../db/database';
import {
  backupDue,
  getBackupState,
  idSalt,
  getPreferences,
  markBackedUp,
  noteLibraryChanges,
  savePreferences,
} from '../db/settings-store';
import { deleteFeedback, feedbackBetween, logFeedback, pendingSurvey, updateFeedback } from '../db/feedback-store';
import { parseRating } from '../feedback/parse-rating';
import { suggestTemplates } from '../suggest/suggest';
import {
  eventsBetween,
  foldPendingEvents,
  latestConversation,
  markThread,
  metricsFor,
  recordEvents,
  waitingCount,
} from '../db/events-store';
import {
  deleteTemplate,
  importTemplates,
  LibraryFullError,
  listTemplates,
  recordTemplateUse,
  saveTemplate,
} from '../db/templates-store';
import { IMPORT_LIMITS } from '../templates/limits';
import { sessionSalt } from '../events/key-salts';
import { DAY_MS, HOUR_MS } from '../vocab/time';
import { messenger, type ProtocolMap, type SenderKind } from '../messaging/protocol';
import { REQUESTS } from '../messaging/requests';
import { isDmHost, type PlatformId } from '../platforms/sites';
import { spaceProblem, withDatabase } from '../db/storage-health';
import { templateLibrary } from '../search/template-library';
import { shortcutClashes, shortcutOwner } from '../templates/conflicts';
import { checkTemplateEntry, describeProblems, readTemplatesFile, toTemplatesFile } from '../templates/file-format';
import { log } from '../log';
import { backgroundLog } from './log-store';

interface SenderLike {
  id?: string;
  url?: string;
  tab?: { url?: string };
}

/**
 * Who sent a message: an extension page, a content script on a supported DM site, or null for anything else
 * (another extension, a page on another host).
 */
export function senderKind(sender: SenderLike, self: { id: string; base: string }): SenderKind | null {
  if (sender.id !== self.id || !sender.url) return null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  // Compared by scheme and host: URL.origin is "null" for extension schemes outside the browser.
  const own = new URL(self.base);
  if (url.protocol === own.protocol && url.host === own.host) return 'page';
  if (sender.tab && isDmHost(url)) return 'content';
  return null;
}

type Served = keyof typeof REQUESTS;
/** Who asked: the tab, for a content script (the background pushes that tab's thread updates back to it). */
interface Asker {
  tabId?: number;
}
type Handler<K extends Served> = (
  data: v.InferOutput<(typeof REQUESTS)[K]['data']>,
  from: Asker,
) => Promise<ReturnType<ProtocolMap[K]>>;

let database: SidekickDatabase | null = null;

function serve<K extends Served>(name: K, handler: Handler<K>) {
  const rule = REQUESTS[name];
  messenger.onMessage(name, async (message) => {
    const self = { id: browser.runtime.id, base: browser.runtime.getURL('/') };
    const kind = senderKind(message.sender, self);
    if (!kind || !(rule.from as readonly SenderKind[]).includes(kind)) {
      throw new Error(`"${name}" is not accepted from this sender.`);
    }
    const parsed = v.safeParse(rule.data, message.data);
    if (!parsed.success) throw new Error(`"${name}" carried malformed data: ${parsed.issues[0]?.message ?? 'invalid'}`);
    // A failed database (full disk, a handle closed by a failure) is reopened and the request tried again once.
    const from = { tabId: (message.sender as { tab?: { id?: number } }).tab?.id };
    return database ? withDatabase(database, () => handler(parsed.output, from)) : handler(parsed.output, from);
  });
}

/** Registers the background's answer to every request. Call synchronously at service-worker start. */
export function serveRequests(db: SidekickDatabase, onWaitingChanged: (count: number) => void = () => undefined): void {
  database = db;
  // Recorded events are folded into conversations right after the answer, one run at a time; readers wait for it.
  let folding: Promise<void> | null = null;
  const fold = (): Promise<void> =>
    (folding ??= (async () => {
      try {
        let folded = 0;
        for (let n = await foldPendingEvents(db); n > 0; n = await foldPendingEvents(db)) folded += n;
        if (folded > 0) onWaitingChanged(await waitingCount(db));
      } finally {
        folding = null;
      }
    })());
  // Whatever a previous service worker recorded but did not fold. A failure here is retried by the next fold (every
  // thread context and every recorded batch folds first), so it is only logged.
  const foldLater = () =>
    void fold().catch((e: unknown) => log.warn('background:fold', 'folding events failed; the next request retries', e));
  foldLater();
  const threadContext = async (contactKey: string, platform: PlatformId) => {
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
      for (const [contactKey, platform] of threads)
        await messenger.sendMessage('threadUpdated', await threadContext(contactKey, platform), tabId);
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
  const metricOptions = async (q: { from: number; to: number; platform?: PlatformId }) => {
    const p = await getPreferences(db);
    return {
      ...q,
      now: Date.now(),
      missedThresholdMs: p.missedThresholdHours * HOUR_MS,
      completionTimeoutMs: p.completionHours * HOUR_MS,
      attributionMs: p.attributionDays * DAY_MS,
      schedule: p.schedule,
    };
  };
  const library = templateLibrary(() => listTemplates(db));
  serve('listTemplates', () => library.all());
  serve('sidebarTemplates', async ({ listed }) => {
    const view = await library.forSidebar(listed);
    // A sidebar is loading: build the search index now, so its first query is as fast as the rest.
    setTimeout(() => void library.warm().catch((e: unknown) => log.warn('background:search', 'index not built ahead', e)), 0);
    return view;
  });
  serve('warmSearch', () => library.warm());
  serve('searchTemplates', ({ query, limit }) => library.search(query, limit ?? 50));
  serve('exportTemplates', async () => toTemplatesFile(await listTemplates(db)));
  serve('exportBackup', async () => {
    const file = { ...toTemplatesFile(await listTemplates(db)), settings: await getPreferences(db) };
    await markBackedUp(db);
    return file;
  });
  serve('backupStatus', async () => {
    const state = await getBackupState(db);
    return { ...state, due: backupDue(state) };
  });
  serve('recordTemplateUse', async ({ id, contactKey }) => {
    await recordTemplateUse(db, id, contactKey);
    await library.used(id);
  });
  serve('deleteTemplate', async ({ id }) => {
    await deleteTemplate(db, id);
    library.changed();
    await noteLibraryChanges(db, 1);
  });
  serve('saveTemplate', async ({ id, entry }) => {
    const checked = checkTemplateEntry(entry);
    if ('problems' in checked) return { ok: false, error: `Not saved: ${checked.problems.join('; ')}.` };
    const existing = await listTemplates(db);
    const owner = shortcutOwner(checked.draft, id, existing);
    if (owner)
      return { ok: false, error: `Not saved: the shortcut "/${checked.draft.shortcut}" is already used by "${owner.title}".` };
    const sameTitle = existing.find((t) => t.title.toLowerCase() === checked.draft.title.toLowerCase() && t.id !== id);
    if (sameTitle) return { ok: false, error: `Not saved: another template is already called "${sameTitle.title}".` };
    if (id === undefined && existing.length >= IMPORT_LIMITS.library)
      return {
        ok: false,
        error: `Not saved: your library has reached its limit of ${IMPORT_LIMITS.library.toLocaleString('en')} templates. Delete some first.`,
      };
    const template = await saveTemplate(db, checked.draft, id);
    library.changed();
    await noteLibraryChanges(db, 1);
    return { ok: true, template };
  });
  /** A backup file carries the settings too: restored through the same checks as the settings page. */
  const restoreSettings = async (content: string): Promise<boolean> => {
    let settings: unknown;
    try {
      settings = (JSON.parse(content) as { settings?: unknown }).settings;
    } catch {
      return false; // Not JSON: the import itself already said so.
    }
    if (!settings || typeof settings !== 'object') return false;
    const { sidebarCollapsed: _ui, ...rest } = settings as Record<string, unknown>;
    const checked = v.safeParse(REQUESTS.savePreferences.data, rest);
    if (!checked.success) {
      // The kind only: its message quotes the value, which could be anything the file holds.
      log.warn('background:import', `the backup's settings were not restored (a ${checked.issues[0]?.type ?? ''} check failed)`);
      return false;
    }
    await savePreferences(db, checked.output);
    return true;
  };
  serve('importTemplatesFile', async ({ content, format, validOnly }) => {
    // A big import is checked against the space left first, so a full disk is said in words before anything starts.
    if (content.length > 1024 * 1024) {
      const problem = await spaceProblem(content.length * 2);
      if (problem) return { ok: false, error: problem, validCount: 0 };
    }
    const read = readTemplatesFile(content, format);
    if (read.fatal !== undefined) return { ok: false, error: read.fatal, validCount: 0 };
    const clashes = shortcutClashes(read.templates, read.labels, await listTemplates(db));
    const problems = [...read.problems, ...clashes.problems];
    const valid = read.templates.filter((_, i) => !clashes.clashing.has(i));
    if (problems.length > 0 && !validOnly)
      return { ok: false, error: describeProblems(problems, valid.length), validCount: valid.length };
    let summary;
    try {
      summary = await importTemplates(db, valid);
    } catch (e) {
      if (e instanceof LibraryFullError) return { ok: false, error: e.message, validCount: 0 };
      throw e;
    }
    library.changed();
    await noteLibraryChanges(db, summary.added + summary.updated);
    const restored = format === 'json' ? await restoreSettings(content) : false;
    const notes = restored ? [...read.notes, 'Your settings were restored from the backup.'] : read.notes;
    return { ok: true, ...summary, skipped: read.rows - valid.length, notes };
  });
  serve('getThreadContext', ({ contactKey, platform }) => threadContext(contactKey, platform));
  const textSalt = sessionSalt(browser.storage.session);
  serve('getKeySalts', async () => {
    const [session, id] = await Promise.all([textSalt(), idSalt(db)]);
    return { text: session.text, epoch: session.epoch, id };
  });
  serve('recordEvents', async ({ events, names = {} }, { tabId }) => {
    const started = performance.now();
    const result = await recordEvents(db, events);
    const storeMs = performance.now() - started;
    if (result.added > 0) {
      // After answering: fold the events in, and keep each thread's display name (sent per thread: a batch can
      // hold several threads after a retry) for the dashboard's lists.
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
    // How long storing took in the background (the bench prints it beside the round trip).
    return { stored: result.stored, storeMs };
  });
  serve('markThread', async ({ contactKey, platform, kind }) => {
    await fold();
    await markThread(db, { contactKey, kind, at: Date.now() });
    onWaitingChanged(await waitingCount(db));
    return threadContext(contactKey, platform);
  });
  serve('getMetrics', async (q) => {
    await fold();
    return metricsFor(db, await metricOptions(q));
  });
  serve('exportEvents', ({ from, to, platform }) =>
    eventsBetween(db, from, to).then((all) => (platform ? all.filter((e) => e.platform === platform) : all)),
  );
  serve('feedbackSuggestion', async ({ contactKey, text }) => {
    await fold();
    const survey = await pendingSurvey(db, contactKey);
    if (!survey || survey.scale === 'text') return null;
    const answer = parseRating(text, survey.scale);
    return answer ? { survey, answer } : null;
  });
  serve('suggestReplies', async ({ contactKey, platform, latestIncoming, lastFrom, outgoingCount }) => {
    const [templates, contact, uses, prefs] = await Promise.all([
      library.all(),
      getContact(db, contactKey, platform),
      usesInThread(db, contactKey, Date.now() - 30 * DAY_MS),
      getPreferences(db),
    ]);
    return suggestTemplates({
      templates,
      platform,
      latestIncoming,
      lastFrom,
      outgoingCount,
      contactTags: contact.tags,
      uses,
      now: Date.now(),
      promoCooldownDays: prefs.promoCooldownDays,
    }).map((s) => ({ template: s.template, reason: s.reason, recentPromoAt: s.recentPromoAt }));
  });
  serve('logFeedback', (entry) => logFeedback(db, { ...entry, at: Date.now() }));
  serve('updateFeedback', ({ id, ...change }) => updateFeedback(db, id, change));
  serve('deleteFeedback', ({ id }) => deleteFeedback(db, id));
  serve('listFeedback', async ({ from, to, platform }) => {
    const all = await feedbackBetween(db, from, to);
    return platform
      ? { entries: all.entries.filter((e) => e.platform === platform), asks: all.asks.filter((a) => a.platform === platform) }
      : all;
  });
  serve('contactNames', async ({ keys }) => {
    const rows = await db.contacts.bulkGet(keys);
    return Object.fromEntries(rows.filter((r) => r?.displayName).map((r) => [r!.key, r!.displayName!]));
  });
  serve('saveContact', (profile) => saveContact(db, profile));
  serve('listKnownFields', () => knownFieldNames(db));
  serve('getPreferences', () => getPreferences(db));
  serve('savePreferences', (change) => savePreferences(db, change));

  // Diagnostics: the background's own log (kept across service-worker restarts) for the options page's file.
  serve('backgroundLog', () => backgroundLog());
}
