// Team figures for `npm run bench`, in real Chromium with the extension's real IndexedDB: team sync is connected to a
// local PouchDB Server, a team year (10 members, 1,000,000 message events) is put into the tables as sync leaves them
// (tests/bench/team-page.ts), then the dashboard's own messages are timed — the team's figures and one member's, 30
// and 365 days, and the per-member first-response table — with the naive figures (every event read, every
// conversation rebuilt) timed beside them, and the one-off build of the team tables when sync is turned on.
import { fileURLToPath } from 'node:url';
import { benchPageScript, fiveRuns, median, timedRequests } from './bench-messages.mjs';
import { launchWithExtension } from './chromium.mjs';
import { freePort, startTeamServer } from './team-server.mjs';

/** `wxt build --mode bench`: the product plus the bench's hooks (entrypoints/background.ts). */
const BENCH_BUILD = fileURLToPath(new URL('../.output/chrome-mv3-bench', import.meta.url));
const ANA = /** @type {[string, string]} */ (['ana', 'ana-secret']);
/** How many events to seed (a smaller number for a quick try: BENCH_TEAM_EVENTS=100000). */
const TOTAL = Number(process.env.BENCH_TEAM_EVENTS ?? 1_000_000);

const code = await benchPageScript('tests/bench/team-page.ts');

const server = await startTeamServer({ port: await freePort(), db: 'bench-team', users: [ANA] });
const { context, extensionId } = await launchWithExtension({ extensionDir: BENCH_BUILD });
try {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await page.getByTestId('metric-conversations').waitFor();
  await page.evaluate(code);

  const timed = timedRequests(page);

  const connected = await timed('teamConnect', { url: server.url, db: server.db, user: ANA[0], password: ANA[1] });
  if (connected.res.state !== 'connected' && connected.res.state !== 'syncing')
    throw new Error(`team sync did not connect: ${connected.res.message}`);

  const now = Date.now();
  let t = Date.now();
  const seeded = await page.evaluate((a) => /** @type {any} */ (globalThis).__teamBench.seed(a.now, a.total), {
    now,
    total: TOTAL,
  });
  console.log(
    `\nTeam figures — seeded ${seeded.events.toLocaleString('en')} events (10 members; this member's and the teammates') in ${seeded.threads.toLocaleString('en')} threads, ${seeded.teamConversations.toLocaleString('en')} team conversations, in ${((Date.now() - t) / 1000).toFixed(0)} s\n`,
  );
  const members = await timed('teamMembers', undefined);
  if (members.res.members.length !== 10) throw new Error(`expected 10 members, got ${JSON.stringify(members.res)}`);

  const DAY = 86_400_000;
  /** @param {number} ms */
  const ms = (ms) => `${ms.toFixed(0).padStart(5)} ms`;
  /** @param {string} scope @param {number} days */
  const naive = (scope, days) =>
    page.evaluate((a) => /** @type {any} */ (globalThis).__teamBench.naive(a.now, a.days, a.scope), { now, days, scope });

  for (const scope of ['team', 'ben'])
    for (const days of [30, 365]) {
      const { runs, result } = await fiveRuns(timed, 'getMetrics', { from: now - days * DAY, to: now + 1, scope });
      const base = await naive(scope, days);
      console.log(
        `${scope.padEnd(4)} figures, ${String(days).padStart(3)} days   median ${ms(median(runs))} (runs: ${runs.map((r) => r.toFixed(0)).join(', ')})   target ≤ 1000 ms   naive ${ms(base.ms)}   ${result.conversations.toLocaleString('en')} conversations (naive ${base.conversations.toLocaleString('en')}), FRT median ${result.firstResponse.median?.toFixed(0)} s (naive ${base.median?.toFixed(0)} s)`,
      );
    }
  for (const days of [30, 365]) {
    const { runs, result } = await fiveRuns(timed, 'teamFirstResponses', { from: now - days * DAY, to: now + 1 });
    const base = await naive('members', days);
    const counted = result.reduce((/** @type {number} */ sum, /** @type {any} */ r) => sum + r.count, 0);
    console.log(
      `per-member first response, ${String(days).padStart(3)} days   median ${ms(median(runs))} (runs: ${runs.map((r) => r.toFixed(0)).join(', ')})   target ≤ 1000 ms   naive ${ms(base.ms)}   ${counted.toLocaleString('en')} answered (naive ${base.conversations.toLocaleString('en')}), ana's median ${result[0].median?.toFixed(0)} s (naive ${base.median?.toFixed(0)} s)`,
    );
  }

  const memberRuns = [];
  for (let i = 0; i < 5; i++) memberRuns.push((await timed('teamMembers', undefined)).ms);
  console.log(
    `the members (the scope switch's options)   median ${ms(median(memberRuns))} (runs: ${memberRuns.map((r) => r.toFixed(0)).join(', ')})`,
  );

  // The one-off build when sync is turned on with a year already here: the team tables are forgotten, then asked for.
  await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('dm-sidekick');
        req.onerror = () => reject(new Error(String(req.error)));
        req.onsuccess = () => {
          const tx = req.result.transaction('settings', 'readwrite');
          tx.objectStore('settings').delete('teamFold');
          tx.oncomplete = () => {
            req.result.close();
            resolve(undefined);
          };
        };
      }),
  );
  const first = await timed('getMetrics', { from: now - 365 * DAY, to: now + 1, scope: 'team' });
  const after = await timed('getMetrics', { from: now - 365 * DAY, to: now + 1, scope: 'team' });
  console.log(
    `build the team tables (once: the first team figures after sync is turned on)   ${ms(first.ms)}   then ${ms(after.ms)}   ${first.res.conversations.toLocaleString('en')} conversations`,
  );
} finally {
  await context.close();
  await server.stop();
}
