// Search figures for `npm run bench`: per-keystroke latency while typing each query of the query set, index build
// time, and ranking quality, for the sidebar's search (inverted index + fuse.js re-scoring) and for the naive
// baseline (one Fuse over every template with the body as a key), on the same generated library in the same run.
// Runs in Node's V8.
import Fuse from 'fuse.js';
import { createTemplateSearch } from '../lib/search/template-search';
import { corpus, QUERIES } from '../tests/search/corpus';

const KEYS = [
  { name: 'shortcut', weight: 3 },
  { name: 'title', weight: 3 },
  { name: 'tags', weight: 2 },
  { name: 'body', weight: 1 },
];

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
}

function quality(search: (q: string) => string[]) {
  let top1 = 0;
  let top3 = 0;
  let mrr = 0;
  for (const [query, expected] of QUERIES) {
    const rank = search(query).indexOf(expected);
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 3) top3++;
    if (rank >= 0) mrr += 1 / (rank + 1);
  }
  return `top-1 ${top1}/${QUERIES.length}, top-3 ${top3}/${QUERIES.length}, MRR ${(mrr / QUERIES.length).toFixed(3)}`;
}

/** Every prefix of every query, as typed one key at a time. */
function keystrokes(search: (q: string) => unknown, budgetMs: number): number[] {
  const times: number[] = [];
  const started = performance.now();
  for (const [query] of QUERIES) {
    for (let i = 1; i <= query.length; i++) {
      const t = performance.now();
      search(query.slice(0, i));
      times.push(performance.now() - t);
    }
    if (performance.now() - started > budgetMs) break;
  }
  return times;
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
console.log(
  `\nSearch — ${QUERIES.length} queries typed key by key (${QUERIES.reduce((n, [q]) => n + q.length, 0)} keystrokes), Node ${process.version}\n`,
);
for (const [size, target] of [
  [5000, 10],
  [20000, 16],
] as const) {
  const docs = corpus(size);
  let t = performance.now();
  const search = createTemplateSearch(docs);
  const build = performance.now() - t;
  t = performance.now();
  const naive = new Fuse(docs, { keys: KEYS, threshold: 0.35, ignoreLocation: true });
  const naiveBuild = performance.now() - t;
  const ours = keystrokes((q) => search(q, 30), Infinity);
  // The baseline is slow: time a bounded share of the keystrokes.
  const base = keystrokes((q) => naive.search(q, { limit: 30 }), 15_000);
  console.log(`${size.toLocaleString('en')} templates`);
  console.log(
    `  per keystroke p95   ${fmt(percentile(ours, 95)).padStart(9)} (p50 ${fmt(percentile(ours, 50))})   target ≤ ${target} ms   naive Fuse: p95 ${fmt(percentile(base, 95))} (p50 ${fmt(percentile(base, 50))}, ${base.length} keystrokes)`,
  );
  console.log(
    `  index build         ${fmt(build).padStart(9)}${size === 5000 ? '   target ≤ 300 ms' : '                  '}   naive Fuse: ${fmt(naiveBuild)}`,
  );
  if (size === 5000) {
    // The old sidebar built the index on the first keystroke in the page: that first query paid the whole build.
    const firsts: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      createTemplateSearch(docs)('shipp', 30);
      firsts.push(performance.now() - t0);
    }
    console.log(
      `  first query, index built then (the old sidebar) p50 ${fmt(percentile(firsts, 50))}: the naive baseline of "first search after page load" above`,
    );
  }
  console.log(`  ranking             ours ${quality((q) => search(q, 10).map((h) => h.template.title))}`);
  console.log(`                      naive ${quality((q) => naive.search(q, { limit: 10 }).map((r) => r.item.title))}`);
}
