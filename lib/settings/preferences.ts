/** Which key expands a typed `/shortcut` in the site's message box. */
export type ShortcutTrigger = 'tab' | 'space' | 'both';

/** The user's choices that outlive a page. */
export interface Preferences {
  /** The sidebar stays a slim tab until the user opens it again. */
  sidebarCollapsed: boolean;
  /** {{my_name}} */
  myName: string;
  /** {{business}} */
  business: string;
  shortcutTrigger: ShortcutTrigger;
  /** A promo sent to a contact within this many days is demoted, and sending another asks first. */
  promoCooldownDays: number;
}

export const DEFAULT_PREFERENCES: Preferences = {
  sidebarCollapsed: false,
  myName: '',
  business: '',
  shortcutTrigger: 'tab',
  promoCooldownDays: 7,
};
