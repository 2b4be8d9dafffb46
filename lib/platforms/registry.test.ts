import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SITES } from './sites';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));
/** What every site's folder must hold (docs/adding-a-site.md). */
const SITE_FILES = ['index.ts', 'content.ts', 'adapter.ts', 'adapter.test.ts', 'fixture.ts', 'conformance.ts'];

describe('every registered site is a complete plug-in', () => {
  it.each(SITES.map((s) => [s.id]))(
    '%s has its content script, adapter, adapter tests, fixture skin and conformance run',
    (id) => {
      for (const file of SITE_FILES) expect(existsSync(join(here, id, file)), `lib/platforms/${id}/${file}`).toBe(true);
      expect(readFileSync(join(here, id, 'conformance.ts'), 'utf8')).toMatch(/export const conformance\b/);
      expect(readFileSync(join(here, id, 'fixture.ts'), 'utf8')).toMatch(/startSite\(/);
      expect(readFileSync(join(here, id, 'content.ts'), 'utf8')).toMatch(/export default sidekickContentScript\(/);
    },
  );

  it('answers for other sites only by their registered ids and names (an inbox of several sites)', () => {
    for (const site of SITES) {
      for (const channel of (site as { channels?: readonly { id: string; label: string }[] }).channels ?? []) {
        const target = SITES.find((s) => s.id === channel.id);
        expect(target?.label, `${site.id} answers for ${channel.id}`).toBe(channel.label);
      }
    }
  });

  it('has no site folder that is not registered', () => {
    const folders = readdirSync(here).filter(
      (f) => statSync(join(here, f)).isDirectory() && existsSync(join(here, f, 'index.ts')),
    );
    expect(folders.sort()).toEqual(SITES.map((s) => s.id).sort());
  });

  it('is listed in the README’s supported-sites table, and the table lists no other site as supported', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const table = /<!-- sites:start -->([\s\S]*?)<!-- sites:end -->/.exec(readme)?.[1];
    expect(table, 'README.md needs the <!-- sites:start --> … <!-- sites:end --> table').toBeDefined();
    const rows = table!
      .split('\n')
      .filter((l) => /^\|\s*[^-\s|]/.test(l))
      .slice(1);
    const supported = rows.filter((r) => !/\|\s*planned\b/i.test(r)).map((r) => r.split('|')[1]!.trim());
    expect(supported.sort()).toEqual(SITES.map((s) => s.label).sort());
  });
});

describe('npm run new-site', () => {
  it('writes the site folder and its one registry line', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'new-site-'));
    mkdirSync(join(tmp, 'lib/platforms'), { recursive: true });
    const registry = join(tmp, 'lib/platforms/sites.ts');
    writeFileSync(registry, readFileSync(join(here, 'sites.ts')));
    execFileSync(process.execPath, [join(root, 'scripts/new-site.mjs'), 'shop-chat', '--label', 'Shop Chat', '--root', tmp]);
    for (const file of SITE_FILES) expect(existsSync(join(tmp, 'lib/platforms/shop-chat', file)), file).toBe(true);
    const after = readFileSync(registry, 'utf8');
    expect(after).toContain("import { shopChat } from './shop-chat';");
    expect(after).toMatch(/export const SITES = \[[^\]]*, shopChat\] as const;/);
    expect(readFileSync(join(tmp, 'lib/platforms/shop-chat/index.ts'), 'utf8')).toContain("id: 'shop-chat'");
    // A second run for the same id refuses rather than overwrite.
    expect(() =>
      execFileSync(process.execPath, [join(root, 'scripts/new-site.mjs'), 'shop-chat', '--root', tmp], { stdio: 'pipe' }),
    ).toThrow();
    expect(() =>
      execFileSync(process.execPath, [join(root, 'scripts/new-site.mjs'), 'Bad Id', '--root', tmp], { stdio: 'pipe' }),
    ).toThrow();
  });
});
