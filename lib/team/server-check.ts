// Before connecting: is this a CouchDB server, can this member sign in, does the team's database exist? Each answer
// its own words (the options page shows them as they are).
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
      message: `The server at ${config.url} cannot be reached. Check the address, that the server is running, and your connection.`,
    };
  }
  const server = welcome.ok ? couchWelcome(await json(welcome)) : null;
  if (!server)
    return {
      ok: false,
      problem: 'not-couchdb',
      message: `${config.url} answered, but it is not a CouchDB server (its welcome page does not say so). Check the address.`,
    };
  let db: Response;
  try {
    db = await fetchFn(databaseUrl(config), { headers: { Accept: 'application/json', Authorization: basic(config) } });
  } catch {
    return { ok: false, problem: 'unreachable', message: `The server at ${config.url} stopped answering. Try again.` };
  }
  if (db.status === 401)
    return {
      ok: false,
      problem: 'wrong-password',
      message: `The server did not accept the user name "${config.user}" with this password.`,
    };
  if (db.status === 403)
    return {
      ok: false,
      problem: 'no-access',
      message: `"${config.user}" signed in, but is not a member of the database "${config.db}". Ask whoever runs the server to add you.`,
    };
  if (db.status === 404)
    return {
      ok: false,
      problem: 'no-database',
      message: `The server has no database called "${config.db}". Check the name, or create it first (README: Team sync).`,
    };
  if (!db.ok)
    return { ok: false, problem: 'server-error', message: `The server answered with an error (${db.status}). Try again later.` };
  return { ok: true, server };
}

export { basic as basicAuth };
