// Reply-timing figures for `npm run bench`, in real Chromium with the extension's real IndexedDB: a year of activity
// (1,000,000 message events in 100,000 conversations) is generated into the database, then the dashboard's figures
// for 30 and 365 days are timed through the extension's own message (as the dashboard asks for them), recording one
// event is timed through the background's handler (the bench build lets an extension page send it, and exposes the
// store itself to time the write alone), and the naive full scan runs beside them.
import { fileURLToPath } from 'node:url';
import { benchPageScript, fiveRuns, median, timedRequests } from './bench-messages.mjs';
import { launchWithExtension } from './chromium.mjs';

/** `wxt build --mode bench`: the product plus the bench's hooks (entrypoints/background.ts). */
const BENCH_BUILD = fileURLToPath(new URL('../.output/chrome-mv3-bench', import.meta.url));

const code = await benchPageScript('tests/bench/metrics-page.ts');

const { context, extensionId, worker } = await launchWithExtension({ extensionDir: BENCH_BUILD });
const page = await context.newPage();
await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
await page.getByTestId('metric-conversations').waitFor();
await page.evaluate(code);

const now = Date.now();
let t = Date.now();
const seeded = await page.evaluate((n) => /** @type {any} */ (globalThis).__bench.seed(n), now);
console.log(
  `\nReply timing — seeded ${seeded.events.toLocaleString('en')} events in ${seeded.conversations.toLocaleString('en')} conversations (${seeded.threads.toLocaleString('en')} threads) in ${((Date.now() - t) / 1000).toFixed(0)} s\n`,
);

const timed = timedRequests(page);
const DAY = 86_400_000;

for (const days of [30, 365]) {
  const { runs, result } = await fiveRuns(timed, 'getMetrics', { from: now - days * DAY, to: now + 1 });
  console.log(
    `dashboard figures, ${String(days).padStart(3)} days   median ${median(runs).toFixed(0).padStart(5)} ms (runs: ${runs.map((r) => r.toFixed(0)).join(', ')})   target ≤ 300 ms   ${result.conversations.toLocaleString('en')} conversations, FRT median ${result.firstResponse.median?.toFixed(0)} s`,
  );
}

const record = [];
const storing = [];
/** @param {number} i */
const oneEvent = (i) => {
  const at = Date.now() - 1000;
  return {
    key: (BigInt(i) + 0xabcdef0123456789n).toString(16).padStart(32, '0'),
    platform: 'instagram',
    threadId: String(i * 7),
    contactKey: `instagram:${i * 7}`,
    direction: i % 2 ? 'out' : 'in',
    at,
    source: 'observed',
    precisionMs: 1000,
    observedAt: at,
    history: false,
  };
};
for (let i = 0; i < 40; i++) {
  // The background's write alone, committed: the same store function, called in the worker.
  storing.push(
    await worker.evaluate((event) => /** @type {any} */ (globalThis).__sidekickBench.storeEvents([event]), oneEvent(1000 + i)),
  );
  // Messages arrive one at a time: let the background fold each before the next, as between real messages.
  await page.waitForTimeout(40);
  const r = await timed('recordEvents', { events: [oneEvent(i)] });
  record.push(r.ms);
  await page.waitForTimeout(40);
}
console.log(
  `record one event, stored          median ${median(storing).toFixed(1).padStart(5)} ms   target ≤ 2 ms (the background's write, committed)`,
);
console.log(
  `record one event, round trip      median ${median(record).toFixed(1).padStart(5)} ms   (a page's message to the background and back)`,
);

const naive = await page.evaluate((args) => /** @type {any} */ (globalThis).__bench.fullScan(args.now, args.from), {
  now,
  from: now - 365 * DAY,
});
console.log(
  `naive full scan, 365 days          ${naive.ms.toFixed(0).padStart(5)} ms   (read all ${naive.events.toLocaleString('en')} events, rebuild every conversation, compute)`,
);
await context.close();
