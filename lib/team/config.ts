// Team sync's settings: where the team's CouchDB is and who this member is. Kept on this device only (the background's
// own database); the password never leaves it except in the Authorization header to that server.
import * as v from 'valibot';

export interface TeamConfig {
  /** The server's base URL, e.g. https://couch.example.com or http://127.0.0.1:5984 (no trailing slash). */
  url: string;
  /** The team's database on it. */
  db: string;
  user: string;
  password: string;
  /** Share contact profiles (names, tags, notes, custom fields) with the team too. Off unless the member turns it on. */
  contacts?: boolean;
}

/** Hosts that may be spoken to over plain http: this computer only. Anything else must be https. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The server's origin when `url` is one team sync may use (https, or http to this computer); else why not, in words. */
export function serverOrigin(url: string): { origin: string } | { problem: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { problem: 'That is not a web address. It looks like https://couch.example.com' };
  }
  if (parsed.username || parsed.password)
    return { problem: 'Put the user name and password in their own boxes, not in the address.' };
  if (parsed.protocol === 'https:') return { origin: parsed.origin };
  if (parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname)) return { origin: parsed.origin };
  if (parsed.protocol === 'http:')
    return { problem: 'The server must use https:// (plain http:// is allowed only for a server on this computer).' };
  return { problem: 'The address must start with https://' };
}

/**
 * The optional host permission to ask for before talking to a server: its host, any path (a match pattern has no
 * port). None for a server on this computer: the extension may already connect there (its content security policy)
 * and a server the user runs themselves answers its own CORS headers.
 */
export function permissionPattern(origin: string): string | null {
  const url = new URL(origin);
  return LOOPBACK.has(url.hostname) ? null : `${url.protocol}//${url.hostname}/*`;
}

/** CouchDB's rule for database names: lower-case letter first, then lower-case letters, digits and _$()+-/ . */
const DB_NAME = /^[a-z][a-z0-9_$()+/-]{0,237}$/;

export const TeamConfigSchema = v.strictObject({
  url: v.pipe(
    v.string(),
    v.trim(),
    v.maxLength(500),
    v.transform((u) => u.replace(/\/+$/, '')),
    v.check((u) => 'origin' in serverOrigin(u), 'The server address must start with https:// (http:// only for this computer).'),
  ),
  db: v.pipe(
    v.string(),
    v.trim(),
    v.regex(DB_NAME, 'A database name is lower-case letters, digits and _$()+-/, starting with a letter.'),
  ),
  user: v.pipe(v.string(), v.trim(), v.nonEmpty('Your user name on the server is needed.'), v.maxLength(200)),
  password: v.pipe(v.string(), v.nonEmpty('The password is needed.'), v.maxLength(500)),
  contacts: v.optional(v.boolean()),
});

/** The database's address on the server. */
export const databaseUrl = (c: Pick<TeamConfig, 'url' | 'db'>): string => `${c.url}/${encodeURIComponent(c.db)}`;
