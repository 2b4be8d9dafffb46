import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AnswerOf, DataOf } from './define';
import type { REQUESTS, TAB_MESSAGES } from './messages';
import type { ContactProfile, TemplateUse } from '../contacts/types';
import type { SurveyAsk } from '../feedback/scores';
import type { PageCheck } from '../page/page-state';
import type { PlatformId } from '../platforms/sites';
import type { Conversation } from '../metrics/types';
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
  /** Team sync: 'me' (default), 'team', or one member's name. */
  scope?: string;
}

export type ContactInput = Omit<ContactProfile, 'updatedAt'>;

/** The page check of one tab, as the popup shows it. */
export interface PageCheckReport {
  site: string;
  inDmArea: boolean;
  threadId: string | null;
  check: PageCheck;
  /** What the page itself keeps the extension from, in words (a passcode wall, a message request). */
  notice: string | null;
}

type Definitions = typeof REQUESTS & typeof TAB_MESSAGES;

/**
 * Every message between the extension's parts, derived from its one definition (lib/messaging/messages/): the
 * payload from its schema, the answer from its declared type. Change a schema and every sender is checked against it.
 */
export type ProtocolMap = { [K in keyof Definitions]: (data: DataOf<Definitions[K]>) => AnswerOf<Definitions[K]> };

export type MessageName = keyof ProtocolMap;
export type { SenderKind } from './define';

export const messenger = defineExtensionMessaging<ProtocolMap>();
