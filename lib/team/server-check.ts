// Before connecting: is this a CouchDB server, can this member sign in, does the team's database exist? Each answer
// its own words (the options page shows them as they are).
import { t } from '../i18n/words';
import { databaseUrl, type TeamConfig } from './config';

export type TeamProblem = 'unreachable' | 'not-couchdb' | 'wrong-password' | 'no-access' | 'no-database' | 'server-error';

export type ServerCheck = { ok: true; server: string } | { ok: false; problem: TeamProblem; message: string };

/** HTTP Basic credentials, UTF-8 encoded (names and passwords may hold any character). */
const basic = (c: TeamConfig) => `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${c.user}:${c.password}`)))}`;

/** What a server's welcome says it is: CouchDB ("couchdb": "Welcome") or a CouchDB-compatible one (PouchDB Server). */
export function couchWelcome(body: unknown): string | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as Record<string, unknown>;
  if (b.couchdb === 'Welcome') return `CouchDB ${typeof b.version === 'string' ? b.version : ''}`.trim();
  if (typeof b['express-pouchdb'] === 'string') return `PouchDB Server ${typeof b.version === 'string' ? b.version : ''}`.trim();
  return null;
}

async function json(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null; // not JSON: the caller says the server is not CouchDB
  }
}

/** Checks the server, the sign-in and the database, in that order; `fetchFn` is team sync's one way out. */
export async function checkServer(config: TeamConfig, fetchFn: typeof fetch): Promise<ServerCheck> {
  let welcome: Response;
  try {
    welcome = await fetchFn(`${config.url}/`, { headers: { Accept: 'application/json' } });
  } catch {
    return {
      ok: false,
      problem: 'unreachable',
      message: t('teamProblem.unreachable', { url: config.url }),
    };
  }
  const server = welcome.ok ? couchWelcome(await json(welcome)) : null;
  if (!server)
    return {
      ok: false,
      problem: 'not-couchdb',
      message: t('teamProblem.notCouchdb', { url: config.url }),
    };
  let db: Response;
  try {
    db = await fetchFn(databaseUrl(config), { headers: { Accept: 'application/json', Authorization: basic(config) } });
  } catch {
    return { ok: false, problem: 'unreachable', message: t('teamProblem.stoppedAnswering', { url: config.url }) };
  }
  if (db.status === 401)
    return {
      ok: false,
      problem: 'wrong-password',
      message: t('teamProblem.wrongPassword', { user: config.user }),
    };
  if (db.status === 403)
    return {
      ok: false,
      problem: 'no-access',
      message: t('teamProblem.noAccess', { user: config.user, db: config.db }),
    };
  if (db.status === 404)
    return {
      ok: false,
      problem: 'no-database',
      message: t('teamProblem.noDatabase', { db: config.db }),
    };
  if (!db.ok) return { ok: false, problem: 'server-error', message: t('teamProblem.serverError', { status: String(db.status) }) };
  return { ok: true, server };
}

export { basic as basicAuth };
