/** Where team sync stands: off, connected and up to date, syncing, the server away (changes wait here), or an error. */
export type TeamState = 'off' | 'connected' | 'syncing' | 'offline' | 'error';

export interface TeamStatus {
  state: TeamState;
  /** What is happening, in words (the options page shows it as it is). */
  message: string;
  /** The settings, without the password. */
  server?: { url: string; db: string; user: string };
  lastSyncAt?: number;
  /** While the team's documents are being received: how many of how many (the first sync of a big team). */
  progress?: { done: number; total: number };
  /** How many times the team changed this device's library since the worker started (pages reload their list). */
  libraryChanges?: number;
}

/** One member's first responses in the team's figures. */
export interface MemberFirstResponse {
  member: string;
  /** Median first response, seconds (wall clock; `spread` of the durations in ms); null with none. */
  median: number | null;
  /** Conversations whose first reply was this member's. */
  count: number;
}
