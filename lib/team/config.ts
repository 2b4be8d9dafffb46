// Team sync's settings: where the team's CouchDB is and who this member is. Kept on this device only (the background's
// own database); the password never leaves it except in the Authorization header to that server.
import * as v from 'valibot';
import { t } from '../i18n/words';

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
    return { problem: t('teamProblem.notAnAddress', { example: 'https://couch.example.com' }) };
  }
  if (parsed.username || parsed.password) return { problem: t('teamProblem.credentialsInAddress') };
  if (parsed.protocol === 'https:') return { origin: parsed.origin };
  if (parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname)) return { origin: parsed.origin };
  if (parsed.protocol === 'http:') return { problem: t('teamProblem.httpsOnly') };
  return { problem: t('teamProblem.startHttps') };
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
    v.check(
      (u) => 'origin' in serverOrigin(u),
      () => t('teamProblem.address'),
    ),
  ),
  db: v.pipe(
    v.string(),
    v.trim(),
    v.regex(DB_NAME, () => t('teamProblem.databaseName', { chars: '_$()+-/' })),
  ),
  user: v.pipe(
    v.string(),
    v.trim(),
    v.nonEmpty(() => t('teamProblem.userNeeded')),
    v.maxLength(200),
  ),
  password: v.pipe(
    v.string(),
    v.nonEmpty(() => t('teamProblem.passwordNeeded')),
    v.maxLength(500),
  ),
  contacts: v.optional(v.boolean()),
});

/** The database's address on the server. */
export const databaseUrl = (c: Pick<TeamConfig, 'url' | 'db'>): string => `${c.url}/${encodeURIComponent(c.db)}`;
