// Messages to a tab's content script, sent by the extension itself (background or popup): typed, not checked.
import { tabMessage, typed } from '../define';
import type { PageCheckReport, ThreadContext } from '../protocol';

export const tabMessages = {
  /** The toolbar button or keyboard command was used (background → content). */
  toggleSidebar: tabMessage({ data: typed<undefined>(), answer: typed<void>() }),
  /** What the page check found on this tab, null before the page was read (popup → content). */
  pageCheck: tabMessage({ data: typed<undefined>(), answer: typed<PageCheckReport | null>() }),
  /** A thread's details changed after its messages were stored (background → content; no polling). */
  threadUpdated: tabMessage({ data: typed<ThreadContext>(), answer: typed<void>() }),
};
