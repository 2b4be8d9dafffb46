import { browser } from 'wxt/browser';
import { displayNames, knownFieldNames, saveContact } from '../db/contacts-store';
import type { SidekickDatabase } from '../db/database';
import { deleteFeedback, logFeedback, updateFeedback } from '../db/feedback-store';
import { getPreferences, idSalt, savePreferences } from '../db/settings-store';
import { LANGUAGE_KEY } from '../i18n/languages';
import { readCatalogue } from '../i18n/follow-language';
import { sessionSalt } from '../events/key-salts';
import { log } from '../log';
import { messenger, type ThreadContext } from '../messaging/protocol';
import { backgroundLog } from './log-store';
import { insightService } from './services/insights';
import { templateService } from './services/templates';
import { threadService } from './services/threads';
import { createTeamSync, type TeamSync } from './services/team';
import type { Handlers } from './transport';

/**
 * The background's answer to every request, one line each: the rules live in the services, table access in the
 * stores (lib/db). The table is typed by the message definitions, so a request without a handler does not compile.
 */
export interface HandlerDeps {
  /** The number of threads waiting for a reply changed (the toolbar badge). */
  onWaitingChanged?: (count: number) => void;
  /** Sends a tab its thread's new details; by default through the messenger. */
  pushToTab?: (tabId: number, context: ThreadContext) => Promise<void>;
  /** Team sync (made here by default; off until the user connects). */
  team?: TeamSync;
  /** Resolves when the background knows the interface's language: team sync resumes after it, so it speaks it. */
  ready?: () => Promise<void>;
}

export function createHandlers(db: SidekickDatabase, deps: HandlerDeps = {}): Handlers {
  let onTeamChange = () => {};
  let fold = async () => {};
  const team =
    deps.team ??
    createTeamSync({ db, flags: browser.storage.local, onTemplatesChanged: () => onTeamChange(), fold: () => fold() });
  const templates = templateService(db, team);
  onTeamChange = () => templates.library.changed();
  // A worker that starts (or restarts) with team sync on picks it up where it was, from its checkpoint.
  if (!deps.team)
    void (deps.ready?.() ?? Promise.resolve())
      .then(() => team.resume())
      .catch((e: unknown) => log.error('team', 'team sync could not resume', e));
  const threads = threadService(db, {
    onWaitingChanged: deps.onWaitingChanged ?? (() => undefined),
    push: deps.pushToTab ?? ((tabId, context) => messenger.sendMessage('threadUpdated', context, tabId)),
    templates: () => templates.library.all(),
  });
  fold = threads.fold;
  const insights = insightService(db, threads.fold, () => team.member());
  /** The months of the team's feedback documents a change to this entry touches (its own, and its survey's). */
  const feedbackTouched = async (entry: { at: number; surveyId?: string } | undefined) => {
    if (!entry) return;
    team.feedbackChanged(entry.at);
    const ask = entry.surveyId ? await db.surveys.get(entry.surveyId) : undefined;
    if (ask) team.feedbackChanged(ask.askedAt);
  };
  const textSalt = sessionSalt(browser.storage.session);
  return {
    listTemplates: () => templates.library.all(),
    sidebarTemplates: async ({ listed }) => {
      const view = await templates.library.forSidebar(listed);
      // A sidebar is loading: build the search index now, so its first query is as fast as the rest.
      setTimeout(
        () => void templates.library.warm().catch((e: unknown) => log.warn('background:search', 'index not built ahead', e)),
        0,
      );
      return view;
    },
    warmSearch: () => templates.library.warm(),
    searchTemplates: ({ query, limit }) => templates.library.search(query, limit ?? 50),
    saveTemplate: ({ id, entry }) => templates.save(id, entry),
    deleteTemplate: ({ id }) => templates.remove(id),
    importTemplatesFile: ({ content, format, validOnly }) => templates.importFile(content, format, validOnly),
    exportTemplates: () => templates.exportFile(),
    exportBackup: () => templates.exportBackup(),
    backupStatus: () => templates.backupStatus(),
    recordTemplateUse: async ({ id, contactKey }) => {
      await templates.used(id, contactKey);
      team.templateUsed(await db.templates.get(id));
    },

    getThreadContext: ({ contactKey, platform }) => threads.context(contactKey, platform),
    saveContact: async (profile) => {
      const saved = await saveContact(db, profile);
      // With contact profiles shared, the team's copy follows; a failure there never loses the local save.
      await team
        .contactSaved(saved)
        .catch((e: unknown) => log.error('team', 'a contact profile could not be sent to the team; it stays here', e));
      return saved;
    },
    listKnownFields: () => knownFieldNames(db),
    getKeySalts: async () => {
      const [session, id] = await Promise.all([textSalt(), idSalt(db)]);
      const teamSalt = team.keySalt();
      return { text: session.text, epoch: session.epoch, id, ...(teamSalt ? { team: teamSalt } : {}) };
    },
    recordEvents: async ({ events, names = {} }, { tabId }) => {
      const stored = await threads.record(events, names, tabId);
      const keys = new Set(stored);
      // A template sent may be a survey: the team's feedback document of its month follows (once folded).
      for (const e of events) if (e.templateId !== undefined && e.direction === 'out' && !e.history) team.surveySent(e.at);
      // With team sync on, the stored events go to the team too; a failure there never loses the local record. Rows
      // seen again go too: a worker stopped between storing them and its outbox would otherwise never send them
      // (their day documents already holding them are not written again).
      await team
        .eventsRecorded(events.filter((e) => keys.has(e.key)))
        .catch((e: unknown) => log.error('team', 'message events could not be sent to the team; they stay here', e));
      return { stored };
    },
    markThread: async ({ contactKey, platform, kind }) => {
      const answer = await threads.mark(contactKey, platform, kind);
      // With team sync on, the mark as stored goes to the team too; a failure there never loses the local mark.
      const stored = await db.marks.where('contactKey').equals(contactKey).last();
      await team
        .marksRecorded(stored ? [stored] : [])
        .catch((e: unknown) => log.error('team', 'a mark could not be sent to the team; it stays here', e));
      return answer;
    },
    suggestReplies: (q) => threads.suggest(q),

    feedbackSuggestion: ({ contactKey, text }) => threads.surveyAnswer(contactKey, text),
    logFeedback: async (entry) => {
      const saved = await logFeedback(db, { ...entry, at: Date.now() });
      await feedbackTouched(saved);
      return saved;
    },
    updateFeedback: async ({ id, ...change }) => {
      await updateFeedback(db, id, change);
      await feedbackTouched(await db.feedback.get(id));
    },
    deleteFeedback: async ({ id }) => {
      const entry = await db.feedback.get(id);
      await deleteFeedback(db, id);
      await feedbackTouched(entry);
    },
    listFeedback: (q) => insights.feedback(q),

    getMetrics: (q) => insights.metrics(q),
    teamMembers: () => insights.members(),
    teamFirstResponses: (q) => insights.firstResponses(q),
    exportEvents: (q) => insights.events(q),
    contactNames: ({ keys }) => displayNames(db, keys),

    getPreferences: () => getPreferences(db),
    savePreferences: async (change) => {
      const saved = await savePreferences(db, change);
      // Every page and sidebar follows the language through the extension's storage (lib/i18n/follow-language.ts).
      if (change.language) await browser.storage.local.set({ [LANGUAGE_KEY]: saved.language });
      return saved;
    },
    getCatalogue: ({ language }) => readCatalogue(language),
    // Diagnostics: the background's own log (kept across service-worker restarts) for the options page's file.
    backgroundLog: () => backgroundLog(),

    teamStatus: () => team.status(),
    teamConnect: (config) => team.connect(config),
    teamDisconnect: () => team.disconnect(),
    teamResolveConflict: ({ templateId, keep }) => team.resolveConflict(templateId, keep),
  };
}
