// Shared by the benches that time the background's answers from an extension page (bench-metrics, bench-team).
/* global chrome */
import { build } from 'esbuild';

/**
 * A bench page's script (tests/bench/*-page.ts) bundled for `page.evaluate`: it seeds the extension's database and
 * holds the naive baseline, inside the extension's own origin.
 * @param {string} entry
 */
export async function benchPageScript(entry) {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    minify: true,
  });
  return out.outputFiles[0]?.text ?? '';
}

/**
 * Sends a request the way the extension's pages do (@webext-core/messaging's envelope) from `page` and times the
 * answer.
 * @param {import('@playwright/test').Page} page
 * @returns {(type: string, data: unknown) => Promise<{ ms: number, res: any }>}
 */
export const timedRequests = (page) => (type, data) =>
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
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/**
 * Asks the same request five times: each run's time and the last answer.
 * @param {(type: string, data: unknown) => Promise<{ ms: number, res: any }>} timed
 * @param {string} type
 * @param {unknown} data
 */
export async function fiveRuns(timed, type, data) {
  const runs = [];
  /** @type {any} */
  let result;
  for (let i = 0; i < 5; i++) {
    const r = await timed(type, data);
    runs.push(r.ms);
    result = r.res;
  }
  return { runs, result };
}
