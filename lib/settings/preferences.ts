/** The user's choices that outlive a page. */
export interface Preferences {
  /** The sidebar stays a slim tab until the user opens it again. */
  sidebarCollapsed: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = { sidebarCollapsed: false };
