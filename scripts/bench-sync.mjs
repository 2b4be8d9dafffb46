// Team sync's first sync, for `npm run bench`: PouchDB Server on loopback (the same server as `npm run team-server`)
// holds a team year — 10,000 shared templates and 10 members' message events, 1,000,000 in all, as team sync writes
// them (one document per member and day). A new member connects from the real extension in real Chromium (the options
// page's own form); the time runs from Connect until the library holds every template and `teamThreads` every event,
// with the status line's progress printed on the way. Beside it, in the same run, the naive design: one document per
// event, replicated by PouchDB alone (no library, no Dexie) — timed on a sample and scaled to the same million.
import { build } from 'esbuild';
import { randomBytes, randomUUID } from 'node:crypto';
import { launchWithExtension } from './chromium.mjs';
import { freePort, startTeamServer } from './team-server.mjs';

const MEMBERS = 10;
const DAYS = 365;
const EVENTS = 1_000_000;
const TEMPLATES = 10_000;
const NAIVE_SAMPLE = 50_000;
const DAY_MS = 86_400_000;
const admin = /** @type {[string, string]} */ (['bench', 'bench-secret']);
const auth = { Authorization: `Basic ${Buffer.from(admin.join(':')).toString('base64')}`, 'Content-Type': 'application/json' };

const server = await startTeamServer({ port: await freePort(), db: 'team-year', users: [admin] });
/** @param {string} db @param {object[]} docs */
async function put(db, docs) {
  for (let i = 0; i < docs.length; i += 2000) {
    const r = await fetch(`${server.url}/${db}/_bulk_docs`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ docs: docs.slice(i, i + 2000) }),
    });
    if (!r.ok) throw new Error(`seeding ${db} failed: ${r.status} ${await r.text()}`);
  }
}
const hex = () => randomBytes(16).toString('hex');

try {
  let t = Date.now();
  const today = Math.floor(Date.now() / DAY_MS);
  const perBundle = Math.floor(EVENTS / (MEMBERS * DAYS));
  let extra = EVENTS - perBundle * MEMBERS * DAYS;
  /** @type {object[]} */
  const bundles = [];
  for (let m = 0; m < MEMBERS; m++)
    for (let d = 0; d < DAYS; d++) {
      const day = today - DAYS + d;
      const n = perBundle + (extra-- > 0 ? 1 : 0);
      const threads = Array.from({ length: 30 }, (_, i) => {
        const id = String(100_000 + ((m * 7919 + d * 31 + i) % 40_000));
        return ['instagram', id, `instagram:${id}`];
      });
      const events = Array.from({ length: n }, (_, i) => [
        hex(),
        i % 30,
        i % 2,
        Math.floor(((i + 1) / (n + 1)) * DAY_MS),
        0,
        1000,
        0,
      ]);
      bundles.push({ _id: `events:member-${m}:${day}`, type: 'events', member: `member-${m}`, day, threads, events });
    }
  await put('team-year', bundles);
  const templates = Array.from({ length: TEMPLATES }, (_, i) => ({
    _id: `template:${randomUUID()}`,
    type: 'template',
    title: `Reply ${i}: shipping to zone ${i % 40}`,
    body: `Hi {{first_name}}! Orders to zone ${i % 40} ship within ${(i % 5) + 1} days. Anything else?`,
    tags: ['shipping', `zone-${i % 40}`],
    kind: 'reply',
    by: `member-${i % MEMBERS}`,
    updatedAt: Date.now() - i,
  }));
  await put('team-year', templates);
  console.log(
    `\nTeam first sync — seeded ${TEMPLATES.toLocaleString('en')} templates and ${EVENTS.toLocaleString('en')} events (${bundles.length.toLocaleString('en')} day documents, ${MEMBERS} members) on PouchDB Server in ${((Date.now() - t) / 1000).toFixed(0)} s\n`,
  );

  const { context, extensionId } = await launchWithExtension();
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByTestId('library-row').first().waitFor();
  const starter = await page.getByTestId('library-row').count();
  /** Rows in one of the extension's tables (`events`: the teammates' events its rows hold, in all). */
  const count = (/** @type {string} */ table, events = false) =>
    page.evaluate(
      ({ table, events }) =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('dm-sidekick');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const store = db.transaction(table).objectStore(table);
            const req = events ? store.getAll() : store.count();
            req.onsuccess = () => {
              db.close();
              resolve(
                events
                  ? /** @type {any[]} */ (req.result).reduce((/** @type {number} */ n, t) => n + t.events.length, 0)
                  : req.result,
              );
            };
            req.onerror = () => reject(req.error);
          };
        }),
      { table, events },
    );
  await page.getByTestId('team-url').fill(server.url);
  await page.getByTestId('team-db').fill('team-year');
  await page.getByTestId('team-user').fill(admin[0]);
  await page.getByTestId('team-password').fill(admin[1]);
  t = Date.now();
  await page.getByTestId('team-connect').click();
  const status = page.getByTestId('team-status');
  let shown = '';
  let lastPrint = 0;
  for (;;) {
    const [state, text] = await Promise.all([status.getAttribute('data-state'), status.textContent()]);
    const now = Date.now();
    if (text !== shown && now - lastPrint > 3000) {
      console.log(`  ${((now - t) / 1000).toFixed(1).padStart(5)} s  [${state}] ${text?.trim()}`);
      shown = text ?? '';
      lastPrint = now;
    }
    if (state === 'error') throw new Error(`team sync failed: ${text}`);
    // Up to date by the status line; then checked against the database (read only then: it is a big read).
    const [events, library] = state === 'connected' ? [await count('teamThreads', true), await count('templates')] : [0, 0];
    if (state === 'connected' && events === EVENTS && library === TEMPLATES + starter) break;
    if (now - t > 600_000) throw new Error(`not synced after 10 minutes: ${events} events, ${library} templates`);
    await page.waitForTimeout(250);
  }
  const seconds = (Date.now() - t) / 1000;
  console.log(
    `first sync, ${TEMPLATES.toLocaleString('en')} templates + ${EVENTS.toLocaleString('en')} events   ${seconds.toFixed(1).padStart(6)} s   target ≤ 60 s   (Connect → every template in the library, every event in teamThreads)`,
  );

  // The naive design beside it: one document per event, PouchDB replication alone, on a sample.
  await fetch(`${server.url}/naive`, { method: 'PUT', headers: auth });
  await put(
    'naive',
    Array.from({ length: NAIVE_SAMPLE }, (_, i) => ({
      _id: `event:${hex()}`,
      type: 'event',
      member: `member-${i % MEMBERS}`,
      platform: 'instagram',
      threadId: String(100_000 + (i % 40_000)),
      contactKey: `instagram:${100_000 + (i % 40_000)}`,
      direction: i % 2 ? 'out' : 'in',
      at: Date.now() - i * 1000,
      source: 'observed',
      precisionMs: 1000,
      history: false,
      shared: true,
    })),
  );
  const out = await build({
    stdin: { contents: "import PouchDB from 'pouchdb-browser'; globalThis.PouchDB = PouchDB;", resolveDir: process.cwd() },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    minify: true,
    define: { global: 'globalThis' },
  });
  await page.evaluate(out.outputFiles[0]?.text ?? '');
  const naiveMs = await page.evaluate(
    async ({ url, user, password }) => {
      const P = /** @type {any} */ (globalThis).PouchDB;
      const local = new P('bench-naive');
      const remote = new P(url, { skip_setup: true, auth: { username: user, password } });
      const t0 = performance.now();
      await local.replicate.from(remote);
      const ms = performance.now() - t0;
      await local.destroy();
      return ms;
    },
    { url: `${server.url}/naive`, user: admin[0], password: admin[1] },
  );
  console.log(
    `naive: one document per event     ${(naiveMs / 1000).toFixed(1).padStart(6)} s for ${NAIVE_SAMPLE.toLocaleString('en')} events, replication alone → ≈ ${((naiveMs / 1000) * (EVENTS / NAIVE_SAMPLE)).toFixed(0)} s for ${EVENTS.toLocaleString('en')} (scaled)`,
  );
  await context.close();
} finally {
  await server.stop();
}
