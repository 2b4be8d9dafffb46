// Every message, defined once (lib/messaging/define.ts), grouped by domain. The background imports REQUESTS to check
// and serve requests; everything else imports these as types only (lib/messaging/protocol.ts).
import { feedbackMessages } from './feedback';
import { insightMessages } from './insights';
import { settingsMessages } from './settings';
import { tabMessages } from './tab';
import { teamMessages } from './team';
import { templateMessages } from './templates';
import { threadMessages } from './threads';

/** Requests the background serves (content scripts and extension pages → background). */
export const REQUESTS = {
  ...templateMessages,
  ...threadMessages,
  ...feedbackMessages,
  ...insightMessages,
  ...settingsMessages,
  ...teamMessages,
};

/** Messages a tab's content script answers. */
export const TAB_MESSAGES = tabMessages;
