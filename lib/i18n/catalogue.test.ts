import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTENTS } from '../suggest/intents';
import { STANDARD_VARIABLES } from '../templates/variables';
import { LANGUAGES } from './languages';
import { findSentences, findUntranslated } from './untranslated';

const root = join(import.meta.dirname, '../..');
type Tree = { [key: string]: string | Tree };
const read = (language: string) => JSON.parse(readFileSync(join(root, 'locales', `${language}.json`), 'utf8')) as Tree;
const isPlural = (node: Tree) => Object.keys(node).every((k) => k === 'n' || /^\d+$/.test(k));

/** Every message by its key; a plural message's forms joined, as the browser's catalogue holds them. */
function flatten(tree: Tree, prefix = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, [value]);
    else if (isPlural(value)) out.set(path, Object.values(value) as string[]);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}
const placeholders = (forms: string[]) =>
  [...new Set(forms.flatMap((f) => [...f.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();

const catalogues = Object.fromEntries(LANGUAGES.map((l) => [l, flatten(read(l))]));
const english = catalogues.en!;

describe('catalogue completeness', () => {
  it('has a catalogue per language, each the locale Chrome expects', () => {
    expect(readdirSync(join(root, 'locales')).sort()).toEqual(LANGUAGES.map((l) => `${l}.json`).sort());
    expect(english.size).toBeGreaterThan(100);
  });
  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has every English key and no other', (language) => {
    const other = catalogues[language]!;
    expect(
      [...other.keys()].filter((k) => !english.has(k)),
      'keys English does not have',
    ).toEqual([]);
    expect(
      [...english.keys()].filter((k) => !other.has(k)),
      'English keys missing',
    ).toEqual([]);
  });
  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s keeps every placeholder and plural of English', (language) => {
    const other = catalogues[language]!;
    for (const [key, forms] of english) {
      const translated = other.get(key) ?? [];
      expect(placeholders(translated), key).toEqual(placeholders(forms));
      expect(translated.length > 1, `${key} plural forms`).toBe(forms.length > 1);
    }
  });
  it.each(LANGUAGES)(
    '%s: no empty message, no dollar sign (the browser reads it as a substitution), no copy of English in a sentence',
    (language) => {
      for (const [key, forms] of catalogues[language]!) {
        for (const form of forms) {
          expect(form.trim(), key).not.toBe('');
          expect(form, key).not.toContain('$');
        }
      }
      if (language === 'en') return;
      // Long sentences left in English are a missed translation (names, codes and short words may be the same).
      const copies = [...english].filter(
        ([key, forms]) => forms.join().split(' ').length > 4 && catalogues[language]!.get(key)?.join() === forms.join(),
      );
      expect(copies.map(([k]) => k)).toEqual([]);
    },
  );
});

/** Every TSX file of the interface (or, with `.ts`, its hooks and helpers), tests left out. */
const uiFiles = (ending = '.tsx') => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith(ending) && !path.endsWith(`.test${ending}`)) files.push(path);
    }
  };
  walk('components');
  walk('entrypoints');
  return files;
};

/** The lib files that word what the sidebar and pages say (the rest of lib speaks to developers, or reads pages). */
const UI_LIB_FILES = [
  'lib/session/page-session.ts',
  'lib/composer/deliver.ts',
  'lib/platforms/x/urls.ts',
  'lib/platforms/business-suite/index.ts',
  'lib/metrics/format.ts',
  'lib/i18n/t.ts',
  'lib/i18n/follow-language.ts',
  'components/sidebar/reasons.ts',
  'components/shared/labels.ts',
  // What the background words: a template not saved, an import's problems, a full disk, team sync's errors.
  'lib/background/services/templates.ts',
  'lib/background/services/team.ts',
  'lib/templates/file-format.ts',
  'lib/templates/conflicts.ts',
  'lib/db/templates-store.ts',
  'lib/db/storage-health.ts',
  'lib/team/config.ts',
  'lib/team/server-check.ts',
];

describe('interface strings go through the catalogue', () => {
  it('finds a planted English sentence in a lib file, but not the log’s or a thrown error’s', () => {
    const sample = `
      log.warn('session', 'the library did not load in time');
      throw new Error('the page went away before the reply');
      const a = t('session.feedbackLogged');
      const b = \`Couldn't save \${what}: try again later.\`;
      set({ text: 'Feedback logged for this contact.' });`;
    expect(findSentences(sample).map((f) => f.line)).toEqual([5, 6]);
  });
  it('finds no English sentence in the lib files that word the interface', () => {
    const found = [...UI_LIB_FILES, ...uiFiles('.ts')].flatMap((file) =>
      findSentences(readFileSync(join(root, file), 'utf8'), file).map((f) => `${file}:${f.line} ${f.text}`),
    );
    expect(found).toEqual([]);
  });
  it('finds a planted literal in JSX text, an attribute, a template and a conditional', () => {
    const sample = `
      export const A = () => (
        <div aria-label="Close the panel" title={\`Saved \${n} replies\`}>
          Hello there
          {ok ? 'Done' : t('x')}
          <input placeholder={t('search')} aria-label={t('close')} />
          {t('fine')} · ×
          <Kpi note="CSAT" label={\`\${count}\`} />
        </div>
      );`;
    expect(findUntranslated(sample).map((f) => f.text)).toEqual(['Close the panel', 'Saved   replies', 'Hello there', 'Done']);
  });
  it('finds none in the interface', () => {
    const found = uiFiles().flatMap((file) =>
      findUntranslated(readFileSync(join(root, file), 'utf8'), file).map((f) => `${file}:${f.line} ${f.text}`),
    );
    expect(found).toEqual([]);
  });
  it('has the keys named at run time: every suggestion reason and every built-in variable', () => {
    // components/sidebar/reasons.ts and components/shared/labels.ts build these keys from ids, which tsc cannot check.
    const named = [...INTENTS.map((i) => `reason.intent.${i.id}`), ...STANDARD_VARIABLES.map((v) => `variable.${v}`)];
    expect(named.filter((key) => !english.has(key))).toEqual([]);
  });
  it('uses only keys the English catalogue has', () => {
    const used = uiFiles()
      .concat(UI_LIB_FILES)
      .flatMap((file) => [...readFileSync(join(root, file), 'utf8').matchAll(/\b(?:t|tn|tr)\('([\w.]+)'/g)].map((m) => m[1]!));
    expect(used.filter((key) => !english.has(key))).toEqual([]);
  });
});
