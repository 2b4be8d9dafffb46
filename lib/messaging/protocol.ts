import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ContactProfile, TemplateUse } from '../contacts/types';
import type { ParsedAnswer } from '../feedback/parse-rating';
import type { FeedbackEntry, SurveyAsk } from '../feedback/scores';
import type { LogEntry } from '../log';
import type { Metrics } from '../metrics/compute';
import type { SearchResult, SidebarLibrary } from '../search/template-library';
import type { PageCheck } from '../page/page-state';
import type { PlatformId } from '../platforms/sites';
import type { KeySalts } from '../events/key-salts';
import type { Conversation, MessageEvent } from '../metrics/types';
import type { Preferences } from '../settings/preferences';
import type { TemplatesFile } from '../templates/file-format';
import type { Template } from '../templates/types';

export type ImportResult =
  | { ok: true; added: number; updated: number; skipped: number; notes: string[] }
  | { ok: false; error: string; validCount: number };

export type SaveTemplateResult = { ok: true; template: Template } | { ok: false; error: string };

/** What the sidebar needs to know about one thread beyond the page: the profile and recent template uses. */
export interface ThreadContext {
  contact: ContactProfile;
  /** Template insertions in this thread over the last 30 days, newest first. */
  uses: TemplateUse[];
  /** The thread's latest conversation (reply timing), if its messages could be timed. */
  conversation?: Conversation;
  /** A survey sent in this thread and not answered yet. */
  survey?: SurveyAsk;
}

export interface MetricsQuery {
  from: number;
  to: number;
  platform?: PlatformId;
}

export type ContactInput = Omit<ContactProfile, 'updatedAt'>;

/** The page check of one tab, as the popup shows it. */
export interface PageCheckReport {
  site: string;
  inDmArea: boolean;
  threadId: string | null;
  check: PageCheck;
}

/** Every message between the extension's parts: its name, what it carries, what it answers. */
export interface ProtocolMap {
  /** Content script or page → background: the template library. */
  listTemplates(): Template[];
  /** Content script → background: the replies a sidebar lists (the most used), every shortcut, the library's size. */
  sidebarTemplates(data: { listed: number }): SidebarLibrary;
  /** Content script → background: the seller is about to search (the search box got focus): build the index now. */
  warmSearch(): void;
  /** Content script → background: search the library (the index lives in the background); best first. */
  searchTemplates(data: { query: string; limit?: number }): SearchResult[];
  /** Options page → background: create (no id) or update a template from the editor. */
  saveTemplate(data: { id?: number; entry: Record<string, unknown> }): SaveTemplateResult;
  /** Options page → background. */
  deleteTemplate(data: { id: number }): void;
  /**
   * Options page → background: import a templates file's text (validated in the background). With a problem in any
   * row nothing is imported, unless `validOnly` says to import the valid rows and skip the rest.
   */
  importTemplatesFile(data: { content: string; format: 'json' | 'csv'; validOnly?: boolean }): ImportResult;
  /** Options page → background: the library in the import format. */
  exportTemplates(): TemplatesFile;
  /** Options page → background: the library and the settings, as one file the seller keeps; counts as backed up. */
  exportBackup(): TemplatesFile & { settings: Preferences };
  /** Options page → background: changes since the last backup, and whether a reminder is due. */
  backupStatus(): { lastAt?: number; changes: number; due: boolean };
  /** Content script → background: the user inserted this template (in this thread). */
  recordTemplateUse(data: { id: number; contactKey?: string }): void;
  /** Content script → background: the contact profile and recent uses for the open thread. */
  getThreadContext(data: { contactKey: string; platform: PlatformId }): ThreadContext;
  /** Content script → background: the seller edited the contact profile. */
  saveContact(data: ContactInput): ContactProfile;
  /** Options page → background: custom field names in use (so `{{order_id}}` is not flagged as a typo). */
  listKnownFields(): string[];
  /** Content script or page → background: the user's preferences. */
  getPreferences(): Preferences;
  /** Content script or page → background: change some preferences; answers the result. */
  savePreferences(data: Partial<Preferences>): Preferences;
  /** Content script → background: the salts message keys are hashed with (lib/events/key-salts.ts). */
  getKeySalts(): KeySalts;
  /** Content script → background: message rows seen; answers the keys now stored (the queue drops them). */
  recordEvents(data: { events: MessageEvent[]; names?: Record<string, string> }): { stored: string[]; storeMs: number };
  /** Content script → background: the seller marks the conversation converted or done. */
  markThread(data: { contactKey: string; platform: PlatformId; kind: 'converted' | 'done' }): ThreadContext;
  /** Dashboard or popup → background: every figure for a date range. */
  getMetrics(data: MetricsQuery): Metrics;
  /** Dashboard → background: the raw events of a range (for CSV). */
  exportEvents(data: MetricsQuery): MessageEvent[];
  /** Dashboard → background: display names of contacts (for the waiting list). */
  contactNames(data: { keys: string[] }): Record<string, string>;
  /**
   * Content script → background: does this customer message answer the thread's open survey? The text is parsed in
   * memory and not kept.
   */
  feedbackSuggestion(data: { contactKey: string; text: string }): { survey: SurveyAsk; answer: ParsedAnswer } | null;
  /** Content script → background: log feedback (from a survey answer or by hand). */
  logFeedback(data: Omit<FeedbackEntry, 'id' | 'at'>): FeedbackEntry;
  /** Dashboard → background. */
  updateFeedback(data: { id: number; rating?: number; comment?: string; tags?: string[] }): void;
  /** Dashboard → background. */
  deleteFeedback(data: { id: number }): void;
  /** Dashboard → background: feedback and surveys in a range. */
  listFeedback(data: MetricsQuery): { entries: FeedbackEntry[]; asks: SurveyAsk[] };
  /** Content script → background: the best replies for this moment, each with its reason. */
  suggestReplies(data: {
    contactKey: string;
    platform: PlatformId;
    latestIncoming: string | null;
    lastFrom: 'in' | 'out' | null;
    outgoingCount: number;
  }): { template: Template; reason: string; recentPromoAt?: number }[];
  /** Options page → background: the background's log, oldest first (for the diagnostics file). */
  backgroundLog(): LogEntry[];
  /** Background → content script: the toolbar button or keyboard command was used. */
  toggleSidebar(): void;
  /** Popup → content script: what the page check found on this tab (null before the page was read). */
  pageCheck(): PageCheckReport | null;
  /** Background → content script: a thread's details changed after its messages were stored (no polling). */
  threadUpdated(data: ThreadContext): void;
}

export type MessageName = keyof ProtocolMap;
export type SenderKind = 'content' | 'page';

export const messenger = defineExtensionMessaging<ProtocolMap>();
