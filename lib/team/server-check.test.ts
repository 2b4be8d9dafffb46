import { describe, expect, it } from 'vitest';
import type { TeamConfig } from './config';
import { checkServer, couchWelcome } from './server-check';

const config: TeamConfig = { url: 'http://127.0.0.1:5984', db: 'shop-team', user: 'josé', password: 'pässword ✓' };
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A fake server: the welcome page, then the database page; records what was asked. */
function server(welcome: () => Response | Promise<Response>, database: () => Response) {
  const asked: { url: string; auth: string | null }[] = [];
  const fetchFn = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : input.toString();
    asked.push({ url, auth: new Headers(init?.headers).get('Authorization') });
    return Promise.resolve(url.endsWith('/') ? welcome() : database());
  };
  return { fetchFn, asked };
}
const COUCH = () => json({ couchdb: 'Welcome', version: '3.4.2' });

describe('checkServer', () => {
  it('reads CouchDB and PouchDB Server welcomes, nothing else', () => {
    expect(couchWelcome({ couchdb: 'Welcome', version: '3.4.2' })).toBe('CouchDB 3.4.2');
    expect(couchWelcome({ 'express-pouchdb': 'Welcome!', version: '4.2.0' })).toBe('PouchDB Server 4.2.0');
    expect(couchWelcome({ hello: 'world' })).toBeNull();
    expect(couchWelcome('<html>')).toBeNull();
  });

  it('signs in with the UTF-8 name and password, and says OK for a database that answers', async () => {
    const s = server(COUCH, () => json({ db_name: 'shop-team' }));
    expect(await checkServer(config, s.fetchFn)).toEqual({ ok: true, server: 'CouchDB 3.4.2' });
    expect(s.asked.map((a) => a.url)).toEqual(['http://127.0.0.1:5984/', 'http://127.0.0.1:5984/shop-team']);
    expect(s.asked[0]!.auth).toBeNull();
    const decoded = new TextDecoder().decode(Uint8Array.from(atob(s.asked[1]!.auth!.slice(6)), (c) => c.charCodeAt(0)));
    expect(decoded).toBe('josé:pässword ✓');
  });

  it.each([
    ['unreachable', () => Promise.reject(new TypeError('Failed to fetch')), () => json({}), /cannot be reached/],
    ['not-couchdb', () => new Response('<html>hello</html>'), () => json({}), /not a CouchDB server/],
    ['not-couchdb', () => json({ hello: 'world' }), () => json({}), /not a CouchDB server/],
    ['wrong-password', COUCH, () => json({ error: 'unauthorized' }, 401), /did not accept the user name "josé"/],
    ['no-access', COUCH, () => json({ error: 'forbidden' }, 403), /not a member of the database "shop-team"/],
    ['no-database', COUCH, () => json({ error: 'not_found' }, 404), /no database called "shop-team"/],
    ['server-error', COUCH, () => json({}, 500), /error \(500\)/],
  ] as const)('%s: said in its own words', async (problem, welcome, database, message) => {
    const result = await checkServer(config, server(welcome, database).fetchFn);
    expect(result).toMatchObject({ ok: false, problem });
    expect((result as { message: string }).message).toMatch(message);
  });
});
