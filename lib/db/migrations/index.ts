import { initial } from './001-initial';
import { contactsAndUses } from './002-contacts-and-uses';
import { messageEvents } from './003-message-events';
import { fastMetrics } from './004-fast-metrics';
import { feedback } from './005-feedback';
import { awayKind } from './006-away-kind';
import { forgetTextSalt } from './007-forget-text-salt';
import { teamTemplates } from './008-team-templates';
import { teamEvents } from './009-team-events';
import { teamThreads } from './010-team-threads';
import { teamFigures } from './011-team-figures';
import type { Migration } from './types';

/** Every schema step, oldest first. Add a new numbered file for each change; never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  contactsAndUses,
  messageEvents,
  fastMetrics,
  feedback,
  awayKind,
  forgetTextSalt,
  teamTemplates,
  teamEvents,
  teamThreads,
  teamFigures,
];
