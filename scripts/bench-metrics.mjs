// Reply-timing figures for `npm run bench`, in real Chromium with the extension's real IndexedDB: a year of activity
// (1,000,000 message events in 100,000 conversations) is generated into the database, then the dashboard's figures
// for 30 and 365 days are timed through the extension's own message (as the dashboard asks for them), recording one
// event is timed through the background's handler (the bench build lets an extension page send it, and exposes the
// store itself to time the write alone), and the naive full scan runs beside them.
/* global chrome */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from './chromium.mjs';

/** `wxt build --mode bench`: the product plus the bench's hooks (entrypoints/background.ts). */
const BENCH_BUILD = fileURLToPath(new URL('../.output/chrome-mv3-bench', import.meta.url));

const out = await build({
  entryPoints: ['tests/bench/metrics-page.ts'],
  bundle: true,
  write: false,
  format: 'iife',
  target: 'chrome120',
  minify: true,
});
const code = out.outputFiles[0]?.text ?? '';

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

/**
 * Sends a message the way the extension's pages do (@webext-core/messaging's envelope) and times the answer.
 * @param {string} type
 * @param {unknown} data
 * @returns {Promise<{ ms: number, res: any }>}
 */
const timed = (type, data) =>
  page.evaluate(
    async ({ type, data }) => {
      const t0 = performance.now();
      const reply = await chrome.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() });
      if (reply?.err) throw new Error(JSON.stringify(reply.err));
      return { ms: performance.now() - t0, res: reply.res };
    },
    { type, data },
  );
/** @param {number[]} xs */
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const DAY = 86_400_000;

for (const days of [30, 365]) {
  const runs = [];
  /** @type {any} */
  let result;
  for (let i = 0; i < 5; i++) {
    const r = await timed('getMetrics', { from: now - days * DAY, to: now + 1 });
    runs.push(r.ms);
    result = r.res;
  }
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
