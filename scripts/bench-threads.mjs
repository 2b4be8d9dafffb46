// Long threads for `npm run bench`: what the extension costs the page on a 2,000-row thread — per keystroke in the
// composer and per new message — and how much of a 200-message burst is timed as live. The cost is the page's own
// main-thread time (script + style + layout, Chromium's Performance metrics) with the extension minus the same steps
// in the same Chromium without it (the naive baseline beside it is that bare page).
import { chromium } from '@playwright/test';
import { findChromium, launchWithExtension } from './chromium.mjs';
import { routeFixtures } from '../tests/fixtures/routes.mjs';

const ROWS = 2000;
const KEYS = 40;
const messages = Array.from({ length: ROWS }, (_, i) => ({
  dir: /** @type {'in' | 'out'} */ (i % 3 === 0 ? 'out' : 'in'),
  text: `Message ${i}: ${i % 3 === 0 ? 'Sure, we ship there in 3 days.' : 'Do you have this in blue, size M?'}`,
}));
/** @type {import('../tests/fixtures/src/site').FixtureConfig} */
const config = { threads: { 1: { name: 'Jane Doe', handle: 'jane', messages } } };
const URL_ = 'https://www.instagram.com/direct/t/1/';

/** @param {import('@playwright/test').CDPSession} cdp */
async function mainThreadMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (/** @type {string} */ n) =>
    metrics.find((/** @type {{ name: string, value: number }} */ m) => m.name === n)?.value ?? 0;
  return (get('ScriptDuration') + get('LayoutDuration') + get('RecalcStyleDuration')) * 1000;
}

/**
 * Opens the long thread and measures typing and new messages.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {boolean} withExtension
 */
async function measure(context, withExtension) {
  const page = await context.newPage();
  await page.bringToFront();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(URL_);
  if (withExtension) await page.locator('dm-sidekick [data-row]').first().waitFor();
  await page.waitForTimeout(2000);
  const editor = page.locator('[data-lexical-editor="true"]');
  await editor.click();
  const perKey = [];
  for (let i = 0; i < KEYS; i++) {
    const before = await mainThreadMs(cdp);
    await page.keyboard.type('a');
    await page.waitForTimeout(60);
    perKey.push((await mainThreadMs(cdp)) - before);
  }
  const perMessage = [];
  for (let i = 0; i < 20; i++) {
    const before = await mainThreadMs(cdp);
    await page.evaluate((n) => window.__fixture.receive(`New question ${n}?`), i);
    await page.waitForTimeout(300);
    perMessage.push((await mainThreadMs(cdp)) - before);
  }
  return { page, perKey, perMessage };
}
const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const { context, worker } = await launchWithExtension();
await routeFixtures(context, { configFor: () => config, onBlocked: (u) => console.error('blocked', u) });
const ext = await measure(context, true);

// A 200-message burst, 50 ms apart, into the same thread: how many are timed as live.
const burstStart = Date.now();
await ext.page.evaluate(
  () =>
    new Promise((resolve) => {
      let n = 0;
      const timer = setInterval(() => {
        window.__fixture.receive(`Burst ${n}`);
        if (++n === 200) {
          clearInterval(timer);
          resolve(undefined);
        }
      }, 50);
    }),
);
await ext.page.waitForTimeout(3000);
const burst = await worker.evaluate(
  (since) =>
    new Promise((resolve) => {
      const open = indexedDB.open('dm-sidekick');
      open.onsuccess = () => {
        const all = open.result.transaction('events').objectStore('events').getAll();
        all.onsuccess = () => resolve(all.result.filter((e) => e.observedAt >= since && !e.history).length);
      };
    }),
  burstStart,
);
await context.close();

const bare = await chromium.launch({ executablePath: await findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
const bareContext = await bare.newContext({ viewport: { width: 1280, height: 800 } });
await routeFixtures(bareContext, { configFor: () => config, onBlocked: (u) => console.error('blocked', u) });
const base = await measure(bareContext, false);
await bare.close();

const keyCost = median(ext.perKey) - median(base.perKey);
const messageCost = median(ext.perMessage) - median(base.perMessage);
console.log(
  `\nLong threads — ${ROWS.toLocaleString('en')} rows, Chromium headless, main-thread time (script + style + layout)\n`,
);
console.log(
  `keystroke in the composer, extension's share (median)   ${keyCost.toFixed(1).padStart(6)} ms   target ≤ 2 ms    page alone: ${median(base.perKey).toFixed(1)} ms, with the extension ${median(ext.perKey).toFixed(1)} ms`,
);
console.log(
  `new message arriving, extension's share (median)        ${messageCost.toFixed(1).padStart(6)} ms   target ≤ 5 ms    page alone: ${median(base.perMessage).toFixed(1)} ms, with the extension ${median(ext.perMessage).toFixed(1)} ms`,
);
console.log(`200-message burst, 50 ms apart, timed as live           ${String(burst).padStart(6)} / 200   target ≥ 198 (99 %)`);
