// Team sync end to end: two members, each in their own browser profile with the built extension, and a real
// CouchDB-compatible server (PouchDB Server, as `npm run team-server` starts it) on 127.0.0.1. Every request either
// profile makes goes to a fixture DM site or to that server — anything else fails the test.
import { expect, test, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '../../scripts/chromium.mjs';
import { freePort, startTeamServer } from '../../scripts/team-server.mjs';
import { isFixtureUrl, routeFixtures } from '../fixtures/routes.mjs';
import type { FixtureConfig } from '../fixtures/src/site';
import { dbRows, JANE } from './harness';

const ANA = { user: 'ana', password: 'ana-secret' };
const BEN = { user: 'ben', password: 'ben secret ✓' };
let server: Awaited<ReturnType<typeof startTeamServer>>;
let notCouch: Server;
let notCouchUrl = '';
/** A port nothing listens on: the address the user types by mistake (the only request it makes is refused). */
const CLOSED = 'http://127.0.0.1:9';

test.beforeAll(async () => {
  server = await startTeamServer({
    port: await freePort(),
    db: 'shop-team',
    users: [
      [ANA.user, ANA.password],
      [BEN.user, BEN.password],
    ],
  });
  // An ordinary web server on this computer: it answers, but it is no CouchDB.
  notCouch = createServer((_, res) =>
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end('{"hello":"world"}'),
  );
  const port = await freePort();
  await new Promise<void>((done) => notCouch.listen(port, '127.0.0.1', done));
  notCouchUrl = `http://127.0.0.1:${port}`;
});
/** Servers a test starts for itself: stopped after it, whether it passed or not. */
const started: Awaited<ReturnType<typeof startTeamServer>>[] = [];
const ownServer = async (options: Parameters<typeof startTeamServer>[0]) => {
  const s = await startTeamServer(options);
  started.push(s);
  return s;
};
test.afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.stop()));
});
test.afterAll(async () => {
  await server?.stop();
  await new Promise((done) => notCouch?.close(done));
});

interface Member {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  blocked: string[];
  options: Page;
}

/** A member's own browser profile; requests may go to the fixture sites and the servers of this test only. */
async function member(servers: string[] = [], config: FixtureConfig = { threads: { '1001': JANE } }): Promise<Member> {
  const { context, extensionId, worker } = await launchWithExtension();
  const blocked: string[] = [];
  const allowed = (url: string) =>
    isFixtureUrl(url) ||
    /^(chrome-extension:|data:|blob:)/.test(url) ||
    url.startsWith(server.url) ||
    url.startsWith(notCouchUrl) ||
    url.startsWith(CLOSED) ||
    servers.some((s) => url.startsWith(s));
  context.on('request', (r) => {
    if (!allowed(r.url())) blocked.push(r.url());
  });
  await routeFixtures(context, { configFor: () => structuredClone(config), onBlocked: (u: string) => blocked.push(u) });
  // Registered last, consulted first: the test's own servers are reached for real.
  await context.route(
    (url) => [server.url, notCouchUrl, CLOSED, ...servers].some((origin) => url.href.startsWith(origin)),
    (route) => route.continue(),
  );
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('library-row').first()).toBeVisible();
  return { context, extensionId, worker, blocked, options };
}

async function connect(page: Page, fields: { url: string; db: string; user: string; password: string; contacts?: boolean }) {
  if (fields.contacts) await page.getByTestId('team-contacts').check();
  await page.getByTestId('team-url').fill(fields.url);
  await page.getByTestId('team-db').fill(fields.db);
  await page.getByTestId('team-user').fill(fields.user);
  await page.getByTestId('team-password').fill(fields.password);
  await page.getByTestId('team-connect').click();
}
const status = (page: Page) => page.getByTestId('team-status');
/** The teammates' events a member's device holds (kept by thread). */
const teammatesEvents = async (m: Member) =>
  (await dbRows<{ events: { member: string; contactKey: string }[] }>(m.options, 'teamThreads')).flatMap((t) => t.events);

test('connecting: each problem is said in its own words, and nothing is saved until all is right', async () => {
  const ana = await member();
  const page = ana.options;
  await expect(status(page)).toHaveAttribute('data-state', 'off');
  const good = { url: server.url, db: 'shop-team', ...ANA };

  await connect(page, { ...good, url: 'http://example.com' });
  await expect(status(page)).toHaveText(/must use https:\/\//);
  await connect(page, { ...good, url: CLOSED });
  await expect(status(page)).toHaveText(/cannot be reached/);
  await expect(status(page)).toHaveAttribute('data-state', 'error');
  await connect(page, { ...good, url: notCouchUrl });
  await expect(status(page)).toHaveText(/not a CouchDB server/);
  await connect(page, { ...good, password: 'wrong' });
  await expect(status(page)).toHaveText('The server did not accept the user name "ana" with this password.');
  await connect(page, { ...good, db: 'no-such-team' });
  await expect(status(page)).toHaveText(/has no database called "no-such-team"/);

  await connect(page, good);
  await expect(status(page)).toHaveAttribute('data-state', 'connected');
  await expect(status(page)).toHaveText('Connected as ana: the shared library is up to date.');
  expect(ana.blocked, 'requests that went anywhere but the fixture sites and the team server').toEqual([]);
  await ana.context.close();
});

test('a first sync of a big team says how far it has got, then that it is up to date', async () => {
  test.setTimeout(90_000);
  const own = await ownServer({ port: await freePort(), db: 'big-team', users: [[ANA.user, ANA.password]] });
  // A year of one teammate's day documents (two events each) and a few hundred shared templates, put there before
  // this member connects: the first sync has thousands of documents to fetch.
  const today = Math.floor(Date.now() / 86_400_000);
  const docs: object[] = [];
  for (let d = 0; d < 6000; d++)
    docs.push({
      _id: `events:ben:${today - d}`,
      type: 'events',
      member: 'ben',
      day: today - d,
      threads: [['instagram', String(2000 + (d % 50)), `instagram:${2000 + (d % 50)}`]],
      events: [
        [`${d.toString(16).padStart(31, '0')}a`, 0, 0, 36_000_000, 0, 1000, 0],
        [`${d.toString(16).padStart(31, '0')}b`, 0, 1, 36_600_000, 0, 1000, 0],
      ],
    });
  for (let i = 0; i < 300; i++)
    docs.push({
      _id: `template:big-team-${i}`,
      type: 'template',
      title: `Zone ${i} shipping`,
      body: `Hi {{first_name}}! Orders to zone ${i} ship within ${(i % 5) + 1} days.`,
      tags: ['shipping'],
      kind: 'reply',
      by: 'ben',
      updatedAt: Date.now() - i,
    });
  const auth = `Basic ${Buffer.from(`${ANA.user}:${ANA.password}`).toString('base64')}`;
  for (let i = 0; i < docs.length; i += 1000) {
    const put = await fetch(`${own.url}/big-team/_bulk_docs`, {
      method: 'POST',
      headers: { Authorization: auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ docs: docs.slice(i, i + 1000) }),
    });
    expect(put.ok).toBe(true);
  }

  const ana = await member([own.url]);
  await connect(ana.options, { url: own.url, db: 'big-team', ...ANA });
  // What the options page shows while the documents arrive: how many of how many, in the user's words.
  await expect(status(ana.options)).toHaveText(/^Receiving the team's data: [\d,]+ of [\d,]+ documents…$/, { timeout: 20_000 });
  await expect(status(ana.options)).toHaveAttribute('data-state', 'syncing');
  await expect(status(ana.options)).toHaveText('Connected as ana: the shared library is up to date.', { timeout: 60_000 });
  await expect(ana.options.getByTestId('library-row')).toHaveCount(310);
  expect(new Set((await teammatesEvents(ana)).map((e) => e.member))).toEqual(new Set(['ben']));
  expect(ana.blocked, 'requests that went anywhere but the fixture sites and the team server').toEqual([]);
  await ana.context.close();
});

test('a shared template created by one member appears in the other’s sidebar; a personal one stays home; disconnecting keeps the library', async () => {
  const [ana, ben] = await Promise.all([member(), member()]);
  const settings = { url: server.url, db: 'shop-team' };
  await connect(ana.options, { ...settings, ...ANA });
  await expect(status(ana.options)).toHaveAttribute('data-state', 'connected');

  for (const [title, shared] of [
    ['Team pickup hours', true],
    ['Ana’s own note', false],
  ] as const) {
    await ana.options.getByTestId('new-template').click();
    const editor = ana.options.getByTestId('template-editor');
    await editor.getByTestId('editor-title').fill(title);
    await editor.getByTestId('editor-body').fill('Hi {{first_name}}! Pickup is 9–17 at the shop.');
    if (shared) await editor.getByTestId('template-shared').check();
    await editor.getByTestId('editor-save').click();
    await expect(ana.options.getByTestId('template-editor')).toHaveCount(0);
  }

  await connect(ben.options, { ...settings, ...BEN });
  await expect(status(ben.options)).toHaveAttribute('data-state', 'connected');
  const dm = await ben.context.newPage();
  await dm.goto('https://www.instagram.com/direct/t/1001/');
  const sidebar = dm.getByTestId('sidekick');
  await sidebar.getByRole('searchbox').fill('pickup hours');
  await expect(sidebar.locator('[data-row][data-title="Team pickup hours"]')).toBeVisible();
  await sidebar.locator('[data-row][data-title="Team pickup hours"]').click();
  await expect.poll(() => dm.evaluate(() => window.__fixture.editorText())).toContain('Hi Jane! Pickup is 9–17');
  await sidebar.getByRole('searchbox').fill('own note');
  await expect(sidebar.locator('[data-row][data-title="Ana’s own note"]')).toHaveCount(0);

  // Ana edits it: Ben's copy follows.
  await ana.options
    .getByRole('row', { name: /Team pickup hours/ })
    .getByRole('button', { name: 'Edit' })
    .click();
  await ana.options.getByTestId('editor-body').fill('Hi {{first_name}}! Pickup is 10–18 now.');
  await ana.options.getByTestId('editor-save').click();
  await expect(ana.options.getByTestId('template-editor')).toHaveCount(0);
  // Ben's options page, open all along, shows the change without a reload.
  const bensCopy = ben.options.getByTestId('library-row').filter({ hasText: 'Team pickup hours' });
  await expect(bensCopy).toContainText('10–18', { timeout: 20_000 });

  await ben.options.getByTestId('team-disconnect').click();
  await expect(status(ben.options)).toHaveAttribute('data-state', 'off');
  await ben.options.reload();
  await expect(ben.options.getByTestId('library-row').filter({ hasText: 'Team pickup hours' })).toHaveCount(1);

  for (const m of [ana, ben])
    expect(m.blocked, 'requests that went anywhere but the fixture sites and the team server').toEqual([]);
  await Promise.all([ana.context.close(), ben.context.close()]);
});

test('the server goes away mid-session and a worker restarts: edits made meanwhile land once it is back, nothing lost or doubled', async () => {
  // A server on a data folder, so that stopping it keeps the team's database.
  const dir = mkdtempSync(join(tmpdir(), 'team-data-'));
  const port = await freePort();
  const users: [string, string][] = [
    [ANA.user, ANA.password],
    [BEN.user, BEN.password],
  ];
  let away = await ownServer({ port, dir, db: 'shop-team', users });
  const settings = { url: away.url, db: 'shop-team' };
  const [ana, ben] = await Promise.all([member([away.url]), member([away.url])]);
  await connect(ana.options, { ...settings, ...ANA });
  await connect(ben.options, { ...settings, ...BEN });
  await expect(status(ana.options)).toHaveAttribute('data-state', 'connected');
  await expect(status(ben.options)).toHaveAttribute('data-state', 'connected');

  await away.stop();
  await expect(status(ana.options)).toHaveAttribute('data-state', 'offline', { timeout: 20_000 });
  await expect(status(ana.options)).toHaveText(/cannot be reached\. Changes are kept here/);
  // Offline: Ana shares a new template and edits it.
  await ana.options.getByTestId('new-template').click();
  const editor = ana.options.getByTestId('template-editor');
  await editor.getByTestId('editor-title').fill('Holiday hours');
  await editor.getByTestId('editor-body').fill('Closed on the 25th.');
  await editor.getByTestId('template-shared').check();
  await editor.getByTestId('editor-save').click();
  await ana.options
    .getByRole('row', { name: /Holiday hours/ })
    .getByRole('button', { name: 'Edit' })
    .click();
  await ana.options.getByTestId('editor-body').fill('Closed on the 25th and the 26th.');
  await ana.options.getByTestId('editor-save').click();
  await expect(ana.options.getByTestId('template-editor')).toHaveCount(0);
  // Offline too, Ana reads a customer's messages (with a reply arriving live): their events wait on this device.
  const chat = await ana.context.newPage();
  await chat.goto('https://web.whatsapp.com/');
  await expect(chat.getByTestId('sidekick')).toBeVisible();
  await chat.waitForTimeout(1600);
  await chat.evaluate(() => window.__fixture.receive('Is it still in stock?'));
  type Own = { key: string; teamKey?: string };
  const teamKeys = async () => (await dbRows<Own>(ana.options, 'events')).map((e) => e.teamKey ?? e.key).sort();
  await expect.poll(async () => (await teamKeys()).length, { timeout: 15_000 }).toBe(2);
  const seen = await teamKeys();
  // Ana's service worker is stopped while the server is away; the next one picks up from the checkpoint.
  const cdp = await ana.context.newCDPSession(ana.options);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');

  away = await ownServer({ port, dir, db: 'shop-team', restart: true });
  const bensCopy = ben.options.getByTestId('library-row').filter({ hasText: 'Holiday hours' });
  await expect
    .poll(
      async () => {
        await ben.options.reload();
        return bensCopy.allTextContents();
      },
      { timeout: 60_000 },
    )
    .toEqual([expect.stringContaining('Closed on the 25th and the 26th.')]);
  await expect(status(ana.options)).toHaveAttribute('data-state', 'connected', { timeout: 20_000 });
  const docs = (await (
    await fetch(`${away.url}/shop-team/_all_docs?include_docs=true`, {
      headers: { Authorization: `Basic ${Buffer.from(`${ANA.user}:${ANA.password}`).toString('base64')}` },
    })
  ).json()) as { rows: { doc: { title: string } }[] };
  expect(docs.rows.map((r) => r.doc.title).filter((t) => t === 'Holiday hours')).toHaveLength(1);
  // Ana's events reached the server once each: every key she stored, none twice, none extra.
  type Bundle = { _id: string; member: string; events: [string][] };
  const onServer = async () => {
    const all = (await (
      await fetch(`${away.url}/shop-team/_all_docs?include_docs=true`, {
        headers: { Authorization: `Basic ${Buffer.from(`${ANA.user}:${ANA.password}`).toString('base64')}` },
      })
    ).json()) as { rows: { doc: Bundle }[] };
    return all.rows
      .map((r) => r.doc)
      .filter((d) => d._id.startsWith('events:') && d.member === ANA.user)
      .flatMap((d) => d.events.map(([key]) => key))
      .sort();
  };
  await expect.poll(onServer, { timeout: 30_000 }).toEqual(seen);
  for (const m of [ana, ben]) expect(m.blocked).toEqual([]);
  await Promise.all([ana.context.close(), ben.context.close()]);
  await away.stop();
});

test('two members change the same shared template offline: both versions are kept, the same one shows everywhere, and one member keeps one for the team', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'team-data-'));
  const port = await freePort();
  const users: [string, string][] = [
    [ANA.user, ANA.password],
    [BEN.user, BEN.password],
  ];
  let team = await ownServer({ port, dir, db: 'shop-team', users });
  const settings = { url: team.url, db: 'shop-team' };
  const [ana, ben] = await Promise.all([member([team.url]), member([team.url])]);
  await connect(ana.options, { ...settings, ...ANA });
  await connect(ben.options, { ...settings, ...BEN });
  await ana.options.getByTestId('new-template').click();
  await ana.options.getByTestId('editor-title').fill('Returns');
  await ana.options.getByTestId('editor-body').fill('Returns within 14 days.');
  await ana.options.getByTestId('template-shared').check();
  await ana.options.getByTestId('editor-save').click();
  const row = (m: Member) => m.options.getByTestId('library-row').filter({ hasText: 'Returns' });
  const reloaded = async (m: Member) => {
    await m.options.reload();
    return row(m).allTextContents();
  };
  await expect.poll(() => reloaded(ben), { timeout: 20_000 }).toEqual([expect.stringContaining('within 14 days')]);

  await team.stop();
  await expect(status(ana.options)).toHaveAttribute('data-state', 'offline', { timeout: 20_000 });
  await expect(status(ben.options)).toHaveAttribute('data-state', 'offline', { timeout: 20_000 });
  for (const [m, body] of [
    [ana, 'Returns within 30 days (Ana).'],
    [ben, 'Returns within 21 days (Ben).'],
  ] as const) {
    await row(m).getByRole('button', { name: 'Edit' }).click();
    await m.options.getByTestId('editor-body').fill(body);
    await m.options.getByTestId('editor-save').click();
    await expect(m.options.getByTestId('template-editor')).toHaveCount(0);
  }
  team = await ownServer({ port, dir, db: 'shop-team', restart: true });

  // Both see the conflict, by both names, and the same version meanwhile (CouchDB's winner is the same everywhere).
  for (const m of [ana, ben])
    await expect
      .poll(
        async () => {
          await m.options.reload();
          return row(m).getByTestId('team-conflict').count();
        },
        { timeout: 60_000 },
      )
      .toBe(1);
  const shown = await Promise.all([ana, ben].map((m) => row(m).locator('td.body').textContent()));
  expect(shown[0]).toBe(shown[1]);
  await expect(row(ana).getByTestId('team-conflict')).toContainText(/Changed by (ana and ben|ben and ana) — choose one/);
  await row(ana)
    .getByRole('button', { name: /choose one/ })
    .click();
  const versions = row(ana).getByTestId('conflict-version');
  await expect(versions).toHaveCount(2);
  await expect(versions.filter({ hasText: '(Ana)' })).toHaveCount(1);
  await expect(versions.filter({ hasText: '(Ben)' })).toHaveCount(1);
  await versions.filter({ hasText: '(Ben)' }).getByTestId('keep-version').click();
  await expect(ana.options.getByTestId('library-status')).toHaveText('Kept one version of “Returns” for the whole team.');

  for (const m of [ana, ben]) {
    await expect
      .poll(
        async () => {
          await m.options.reload();
          return [await row(m).getByTestId('team-conflict').count(), await row(m).locator('td.body').textContent()];
        },
        { timeout: 30_000 },
      )
      .toEqual([0, 'Returns within 21 days (Ben).']);
    expect(m.blocked).toEqual([]);
  }
  await Promise.all([ana.context.close(), ben.context.close()]);
  await team.stop();
});

test('message events reach the team: a message both members saw is one team event — on WhatsApp (page ids) and on Instagram and Messenger (no ids: the text under the team salt)', async () => {
  // One chat, served by three fixture sites: on WhatsApp it is 1001@c.us (with message ids), on Instagram and
  // Messenger thread 1001 (no message ids).
  const config: FixtureConfig = {
    threads: {
      '1001': {
        ...JANE,
        messages: [
          { dir: 'in', text: 'Hi! Is this still available?' },
          { dir: 'out', text: 'It is.' },
        ],
      },
    },
  };
  // A database of its own: the other tests' DM pages record into theirs.
  const auth = { Authorization: `Basic ${Buffer.from(`${ANA.user}:${ANA.password}`).toString('base64')}` };
  expect((await fetch(`${server.url}/events-team`, { method: 'PUT', headers: auth })).status).toBe(201);
  const [ana, ben] = await Promise.all([member([], config), member([], config)]);
  for (const [m, who] of [
    [ana, ANA],
    [ben, BEN],
  ] as const) {
    await connect(m.options, { url: server.url, db: 'events-team', ...who });
    await expect(status(m.options)).toHaveAttribute('data-state', 'connected');
  }
  for (const m of [ana, ben]) {
    for (const url of [
      'https://web.whatsapp.com/',
      'https://www.instagram.com/direct/t/1001/',
      'https://www.facebook.com/messages/t/1001/',
    ]) {
      const page = await m.context.newPage();
      await page.goto(url);
      await expect(page.getByTestId('sidekick')).toBeVisible();
    }
    await expect.poll(async () => (await dbRows(m.worker, 'events')).length, { timeout: 15_000 }).toBe(6);
  }
  // The server holds one document per member and day; each lists the member's events under their team keys.
  type Bundle = { _id: string; member: string; threads: string[][]; events: [string, number][] };
  const bundles = async () => {
    const all = (await (await fetch(`${server.url}/events-team/_all_docs?include_docs=true`, { headers: auth })).json()) as {
      rows: { doc: Bundle }[];
    };
    return all.rows.map((r) => r.doc).filter((d) => d._id.startsWith('events:'));
  };
  /** [events listed by the members together, distinct team keys] on one site. */
  const count = async (site: string) => {
    const rows = (await bundles()).flatMap((b) => b.events.filter(([, t]) => b.threads[t]![2]!.startsWith(site)));
    return [rows.length, new Set(rows.map(([key]) => key)).size];
  };
  // Each member lists the two messages they saw; both lists name the same two team keys: two messages, two team
  // events, on every site — the double counting the README measures on the fixture is none.
  for (const site of ['whatsapp:', 'instagram:', 'messenger:'])
    await expect.poll(() => count(site), { timeout: 20_000, message: site }).toEqual([4, 2]);
  expect((await bundles()).map((b) => b.member).sort()).toEqual([ANA.user, BEN.user]);
  // Each member keeps the teammate's events apart from their own (the personal figures never read them).
  for (const [m, other] of [
    [ana, BEN.user],
    [ben, ANA.user],
  ] as const)
    await expect
      .poll(
        async () => (await teammatesEvents(m)).filter((e) => e.contactKey === 'instagram:1001' && e.member === other).length,
        { timeout: 20_000 },
      )
      .toBe(2);
  for (const m of [ana, ben]) expect(m.blocked).toEqual([]);
  await Promise.all([ana.context.close(), ben.context.close()]);
});

test('team dashboard: each member answers a different customer; the team scope counts both, each member’s scope theirs, first response is credited to whoever replied, and a teammate’s conversion counts', async () => {
  const auth = { Authorization: `Basic ${Buffer.from(`${ANA.user}:${ANA.password}`).toString('base64')}` };
  expect((await fetch(`${server.url}/scope-team`, { method: 'PUT', headers: auth })).status).toBe(201);
  // Two customers on Instagram, one answered by each member.
  const config: FixtureConfig = { threads: { '1001': { ...JANE, messages: [] }, '1002': { name: 'Omar Haddad', messages: [] } } };
  const [ana, ben] = await Promise.all([member([], config), member([], config)]);
  for (const [m, who] of [
    [ana, ANA],
    [ben, BEN],
  ] as const) {
    await connect(m.options, { url: server.url, db: 'scope-team', ...who });
    await expect(status(m.options)).toHaveAttribute('data-state', 'connected');
  }
  /** The member answers the customer of `thread` on Instagram after about `waitMs`. */
  const answer = async (m: Member, thread: string, waitMs: number) => {
    const page = await m.context.newPage();
    await page.goto(`https://www.instagram.com/direct/t/${thread}/`);
    const sidebar = page.getByTestId('sidekick');
    await expect(sidebar).toBeVisible();
    await page.waitForTimeout(1600);
    await page.evaluate(() => window.__fixture.receive('Hi! Do you ship to Porto?'));
    await expect(sidebar.getByTestId('waiting')).toBeVisible();
    await page.waitForTimeout(waitMs);
    await sidebar.locator('[data-row][data-title="Shipping time"]').click();
    await expect.poll(() => page.evaluate(() => window.__fixture.editorText())).toContain('Orders ship within');
    await page.locator('[data-fixture-composer]').press('Enter');
    await expect(sidebar.getByTestId('waiting')).toHaveCount(0);
    return sidebar;
  };
  const [, bensSidebar] = await Promise.all([answer(ana, '1001', 500), answer(ben, '1002', 2500)]);
  // Ben's customer buys: he marks the conversation converted, and the team's figures count it.
  await bensSidebar.getByTestId('mark-converted').click();
  await expect(bensSidebar.getByTestId('mark-converted')).toHaveAttribute('aria-pressed', 'true');
  await expect
    .poll(
      async () =>
        (await dbRows<{ marks?: { kind: string; member: string }[] }>(ana.options, 'teamThreads')).flatMap((t) => t.marks ?? []),
      {
        timeout: 20_000,
      },
    )
    .toEqual([expect.objectContaining({ kind: 'converted', member: 'ben' })]);
  // Each member's events reach the other.
  for (const [m, other] of [
    [ana, BEN.user],
    [ben, ANA.user],
  ] as const)
    await expect
      .poll(async () => (await teammatesEvents(m)).filter((e) => e.member === other).length, {
        timeout: 20_000,
      })
      .toBe(2);

  const dashboard = await ana.context.newPage();
  await dashboard.goto(`chrome-extension://${ana.extensionId}/dashboard.html`);
  const scope = dashboard.getByTestId('scope');
  await expect(scope.locator('option')).toHaveText(['Mine (ana)', 'The team', 'ben']);
  const figure = (name: string) => dashboard.getByTestId(`metric-${name}`).getAttribute('data-value').then(Number);
  await expect.poll(() => figure('conversations')).toBe(1);
  const mine = await figure('first-response-median');
  await scope.selectOption('team');
  await expect.poll(() => figure('conversations')).toBe(2);
  await expect.poll(() => figure('messages-in')).toBe(2);
  expect(await figure('conversion-rate')).toBe(0.5);
  const rows = dashboard.getByTestId('member-frt').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  const median = async (who: string) =>
    Number(await rows.filter({ hasText: who }).getByTestId('member-frt-median').getAttribute('data-value'));
  expect(await median('ana')).toBeCloseTo(mine, 3);
  const bens = await median('ben');
  expect(bens).toBeGreaterThan(await median('ana'));
  await scope.selectOption('ben');
  await expect.poll(() => figure('conversations')).toBe(1);
  expect(await figure('first-response-median')).toBeCloseTo(bens, 3);
  expect(await figure('conversion-rate')).toBe(1);
  for (const m of [ana, ben]) expect(m.blocked).toEqual([]);
  await Promise.all([ana.context.close(), ben.context.close()]);
});

test('feedback and use counts reach the team: the team scope scores both members’ feedback, a member’s scope theirs; a shared template shows the team’s uses', async () => {
  const auth = { Authorization: `Basic ${Buffer.from(`${ANA.user}:${ANA.password}`).toString('base64')}` };
  expect((await fetch(`${server.url}/feedback-team`, { method: 'PUT', headers: auth })).status).toBe(201);
  const [ana, ben] = await Promise.all([member(), member()]);
  for (const [m, who] of [
    [ana, ANA],
    [ben, BEN],
  ] as const) {
    await connect(m.options, { url: server.url, db: 'feedback-team', ...who });
    await expect(status(m.options)).toHaveAttribute('data-state', 'connected');
  }
  await ana.options.getByTestId('new-template').click();
  const editor = ana.options.getByTestId('template-editor');
  await editor.getByTestId('editor-title').fill('Gift wrap');
  await editor.getByTestId('editor-body').fill('Hi {{first_name}}! Gift wrap is free.');
  await editor.getByTestId('template-shared').check();
  await editor.getByTestId('editor-save').click();
  await expect(ana.options.getByTestId('template-editor')).toHaveCount(0);

  /** The member uses the shared template in Jane's DM (when `use`), then logs an NPS rating by hand. */
  const inDm = async (m: Member, nps: string, use: boolean) => {
    const dm = await m.context.newPage();
    await dm.goto('https://www.instagram.com/direct/t/1001/');
    const sidebar = dm.getByTestId('sidekick');
    await expect(sidebar).toBeVisible();
    if (use) {
      await sidebar.getByRole('searchbox').fill('gift wrap');
      await sidebar.locator('[data-row][data-title="Gift wrap"]').click();
      await expect.poll(() => dm.evaluate(() => window.__fixture.editorText())).toContain('Gift wrap is free');
    }
    await sidebar.getByTestId('log-feedback').click();
    await sidebar.getByTestId('feedback-scale').selectOption('nps');
    await sidebar.getByTestId('feedback-rating').selectOption(nps);
    await sidebar.getByTestId('feedback-save').click();
    await expect(sidebar.getByTestId('status')).toHaveText('Feedback logged.');
  };
  await expect(ben.options.getByTestId('library-row').filter({ hasText: 'Gift wrap' })).toHaveCount(1, { timeout: 20_000 });
  await inDm(ben, '9', true);
  await inDm(ana, '3', false);
  // Ben's feedback reaches Ana's device (his month's document, a moment after he logged it).
  await expect
    .poll(
      async () =>
        (await dbRows<{ kind: string; member: string }>(ana.options, 'teamRecords')).map((r) => `${r.kind} ${r.member}`).sort(),
      {
        timeout: 20_000,
      },
    )
    .toEqual(['feedback ben', 'uses ben']);

  const dashboard = await ana.context.newPage();
  await dashboard.goto(`chrome-extension://${ana.extensionId}/dashboard.html`);
  const nps = dashboard.getByTestId('metric-nps');
  const count = dashboard.getByTestId('metric-feedback-count');
  await expect(nps).toHaveAttribute('data-value', '-100'); // Ana's own: one detractor
  const scope = dashboard.getByTestId('scope');
  await expect(scope.locator('option')).toHaveText(['Mine (ana)', 'The team', 'ben'], { timeout: 20_000 });
  await scope.selectOption('team');
  await expect(count).toHaveAttribute('data-value', '2', { timeout: 20_000 });
  await expect(nps).toHaveAttribute('data-value', '0'); // one promoter, one detractor
  // Ben's entry is listed as his, and only he can change it.
  const bens = dashboard.getByTestId('feedback-row').filter({ hasText: '9/10' });
  await expect(bens.getByTestId('feedback-by')).toHaveText('by ben');
  await expect(bens.getByTestId('feedback-edit')).toHaveCount(0);
  await expect(dashboard.getByTestId('feedback-row').filter({ hasText: '3/10' }).getByTestId('feedback-edit')).toHaveCount(1);
  await scope.selectOption('ben');
  await expect(count).toHaveAttribute('data-value', '1');
  await expect(nps).toHaveAttribute('data-value', '100');

  // Ben used the shared template once: Ana's library shows the team's uses (her own: none).
  const row = ana.options.getByTestId('library-row').filter({ hasText: 'Gift wrap' });
  await expect
    .poll(
      async () => {
        await ana.options.reload();
        return row
          .getByTestId('team-uses')
          .textContent({ timeout: 1000 })
          .catch(() => null);
      },
      { timeout: 20_000 },
    )
    .toBe(' · team 1');
  await expect(row.getByTestId('use-count')).toHaveText('0');
  await expect(row.getByTestId('team-uses')).toHaveAttribute('title', 'ben 1');
  for (const m of [ana, ben]) expect(m.blocked).toEqual([]);
  await Promise.all([ana.context.close(), ben.context.close()]);
});

test('contact profiles travel only for members who share them: the name to greet Ana keeps reaches Ben’s sidebar', async () => {
  const auth = { Authorization: `Basic ${Buffer.from(`${ANA.user}:${ANA.password}`).toString('base64')}` };
  expect((await fetch(`${server.url}/contacts-team`, { method: 'PUT', headers: auth })).status).toBe(201);
  const contactDocs = async () => {
    const all = (await (await fetch(`${server.url}/contacts-team/_all_docs`, { headers: auth })).json()) as {
      rows: { id: string }[];
    };
    return all.rows.map((r) => r.id).filter((id) => id.startsWith('contact:'));
  };
  const [ana, ben] = await Promise.all([member(), member()]);
  // Ana first connects without sharing contact profiles: her edit stays home.
  await connect(ana.options, { url: server.url, db: 'contacts-team', ...ANA });
  await expect(status(ana.options)).toHaveAttribute('data-state', 'connected');
  const dm = await ana.context.newPage();
  await dm.goto('https://www.instagram.com/direct/t/1001/');
  const first = dm.getByTestId('sidekick').getByTestId('contact-first-name');
  await first.fill('Janie');
  await first.press('Enter');
  await expect
    .poll(async () => (await dbRows<{ firstNameOverride: string }>(ana.options, 'contacts'))[0]?.firstNameOverride)
    .toBe('Janie');
  await ana.options.waitForTimeout(2000);
  expect(await contactDocs()).toEqual([]);
  // Then she ticks the box and connects again: her profiles go to the team.
  await ana.options.getByTestId('team-password').fill(ANA.password);
  await connect(ana.options, { url: server.url, db: 'contacts-team', ...ANA, contacts: true });
  await expect(ana.options.getByTestId('team-contacts')).toBeChecked();
  await expect.poll(contactDocs, { timeout: 20_000 }).toEqual(['contact:instagram%3A1001']);

  await connect(ben.options, { url: server.url, db: 'contacts-team', ...BEN, contacts: true });
  await expect(status(ben.options)).toHaveAttribute('data-state', 'connected');
  await expect
    .poll(async () => (await dbRows<{ firstNameOverride: string }>(ben.options, 'contacts'))[0]?.firstNameOverride, {
      timeout: 20_000,
    })
    .toBe('Janie');
  const bens = await ben.context.newPage();
  await bens.goto('https://www.instagram.com/direct/t/1001/');
  await expect(bens.getByTestId('sidekick').getByTestId('contact-first-name')).toHaveValue('Janie');
  for (const m of [ana, ben]) expect(m.blocked).toEqual([]);
  await Promise.all([ana.context.close(), ben.context.close()]);
});
