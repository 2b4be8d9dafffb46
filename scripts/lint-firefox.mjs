// `web-ext lint` on the Firefox build (Mozilla's add-ons linter, as addons.mozilla.org runs it): fails on any error,
// and on any warning not explained below — a new warning must be fixed or explained here and in the README.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const build = fileURLToPath(new URL('../.output/firefox-mv2', import.meta.url));
/** Warnings we have read and accept: code → the files it may name, and why. @type {Record<string, RegExp>} */
const EXPLAINED = {
  // Preact's renderer: the code path for `dangerouslySetInnerHTML`, which no component uses (ESLint forbids it), and
  // its clearing of that HTML. Every content script and the pages' shared chunk carry Preact.
  UNSAFE_VAR_ASSIGNMENT: /^(content-scripts\/[a-z-]+\.js|chunks\/shared-[\w-]+\.js)$/,
  // PouchDB's map/reduce helper turns a view's map function given as a string into code; team sync never queries a
  // view, and the extension's content security policy (script-src 'self') would refuse it anyway.
  DANGEROUS_EVAL: /^background\.js$/,
};

// web-ext exits 1 when it finds errors: the report is read either way, so the errors are printed before failing.
const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', build, '--output', 'json'], { encoding: 'utf8' });
const out = lint.stdout;
if (!out.includes('{')) throw new Error(`web-ext lint gave no report (exit ${lint.status}): ${lint.stderr}`);
/** @typedef {{ _type: string, code: string, file?: string, message: string }} LintMessage */
/** @type {{ errors: LintMessage[], warnings: LintMessage[], notices: LintMessage[] }} */
const report = JSON.parse(out.slice(out.indexOf('{')));
const unexplained = report.warnings.filter((w) => !EXPLAINED[w.code]?.test(w.file ?? ''));
for (const m of [...report.errors, ...unexplained]) console.error(`${m._type} ${m.code} ${m.file ?? ''}: ${m.message}`);
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - unexplained.length} explained in scripts/lint-firefox.mjs), ${report.notices.length} notices`,
);
if (report.errors.length > 0 || unexplained.length > 0) process.exit(1);
