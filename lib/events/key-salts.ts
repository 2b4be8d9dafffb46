/**
 * The salts message keys are hashed with (docs/metrics.md "Message key"). A key built from a row's text uses the
 * session salt: it lives only in the browser's memory (`storage.session`, never written to disk) and is replaced
 * when the browser or the extension restarts, so no copied profile, database or export holds what would let someone
 * confirm a guessed message against a stored key. A key built from the page's own message id holds no text and uses
 * the install's id salt, kept in the database, so such rows stay recognised across restarts.
 */
export interface KeySalts {
  /** For keys that fold in a row's text; memory only, one per browser session. */
  text: string;
  /** For keys built from the page's own message id (no text): kept for the life of the install. */
  id: string;
  /** Names the session the text salt belongs to; stored with each event so a later session can tell them apart. */
  epoch: string;
  /**
   * With team sync on: the team's salt (kept in the team's database) for a second key of every row, the same on every
   * member's device — so two members who see one message send one team event. Unlike the session salt it is stored
   * (in the team's database and this device's), so whoever holds it — a member, the server's admin — could confirm
   * a guessed message text against a team key: the price of counting a message once across the team (README).
   */
  team?: string;
}

/** The part of `browser.storage.session` this needs (so tests can hand in WXT's fake browser). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const SESSION_KEY = 'keySalt';

export const randomHex = (bytes: number) =>
  Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');

const isSession = (v: unknown): v is { text: string; epoch: string } =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { text?: unknown }).text === 'string' &&
  typeof (v as { epoch?: unknown }).epoch === 'string';

/**
 * The current session's text salt and epoch: made on first use and kept in session storage, so a service worker
 * that restarts answers the same pair until the browser (or the extension) restarts. Concurrent first calls share
 * one answer.
 */
export function sessionSalt(area: SessionArea): () => Promise<{ text: string; epoch: string }> {
  let pending: Promise<{ text: string; epoch: string }> | null = null;
  const load = async () => {
    const stored = (await area.get(SESSION_KEY))[SESSION_KEY];
    if (isSession(stored)) return stored;
    const fresh = { text: randomHex(16), epoch: randomHex(6) };
    await area.set({ [SESSION_KEY]: fresh });
    return fresh;
  };
  return () => {
    // A failed read is not kept: the next request asks storage again.
    pending ??= load().catch((e: unknown) => {
      pending = null;
      throw e;
    });
    return pending;
  };
}
