import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The project's own eslint.config.js, with the type-aware rules off: building the TypeScript program would take
// seconds, and the rules under test read only the syntax.
const eslint = new ESLint({
  cwd: fileURLToPath(new URL('..', import.meta.url)),
  overrideConfig: tseslint.configs.disableTypeChecked,
});

/** The ids of the rules that report on `code` as if it were the file at `filePath` (relative to the repository). */
async function rulesReported(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error(`ESLint returned nothing for ${filePath}`);
  // A fatal parse error has no rule id: fail loudly rather than pass a snippet that was never linted.
  const fatal = result.messages.find((m) => m.fatal);
  if (fatal) throw new Error(`${filePath} did not parse: ${fatal.message}`);
  return result.messages.map((m) => m.ruleId ?? 'unknown');
}

describe('import layering', () => {
  it('keeps the database and Dexie out of components', async () => {
    const file = 'components/sidebar/LintFixture.tsx';
    expect(await rulesReported(file, "import Dexie from 'dexie';\nexport const d = Dexie;\n")).toContain('no-restricted-imports');
    expect(
      await rulesReported(file, "import { openDatabase } from '../../lib/db/database';\nexport const o = openDatabase;\n"),
    ).toContain('no-restricted-imports');
    expect(
      await rulesReported(file, "import * as m from '../../lib/db/migrations/001-initial';\nexport const x = m;\n"),
    ).toContain('no-restricted-imports');
    expect(await rulesReported(file, "import { log } from '../../lib/log';\nexport const l = log;\n")).toEqual([]);
  });

  it('keeps views out of site adapters', async () => {
    const file = 'lib/platforms/instagram/lint-fixture.ts';
    expect(await rulesReported(file, "import { h } from 'preact';\nexport const x = h;\n")).toContain('no-restricted-imports');
    expect(await rulesReported(file, "import { useState } from 'preact/hooks';\nexport const x = useState;\n")).toContain(
      'no-restricted-imports',
    );
    expect(
      await rulesReported(file, "import { Sidebar } from '../../../components/sidebar/Sidebar';\nexport const x = Sidebar;\n"),
    ).toContain('no-restricted-imports');
    expect(
      await rulesReported(
        file,
        "import { siteLabel } from '../sites';\nimport { fold } from '../../vocab/fold';\nexport const x = [siteLabel, fold];\n",
      ),
    ).toEqual([]);
    // The database rule still holds there.
    expect(await rulesReported(file, "import Dexie from 'dexie';\nexport const d = Dexie;\n")).toContain('no-restricted-imports');
  });

  const pureFiles = [
    'lib/metrics/lint-fixture.ts',
    'lib/templates/lint-fixture.ts',
    'lib/suggest/lint-fixture.ts',
    'lib/feedback/lint-fixture.ts',
    'lib/vocab/lint-fixture.ts',
    'lib/search/template-index.ts',
    'lib/events/fingerprint.ts',
    'lib/session/plan-insertion.ts',
  ];
  const browserImports = [
    "import { browser } from 'wxt/browser';\nexport const b = browser;\n",
    "import browser from 'webextension-polyfill';\nexport const b = browser;\n",
    "import { defineExtensionMessaging } from '@webext-core/messaging';\nexport const b = defineExtensionMessaging;\n",
    "import { browser } from '#imports';\nexport const b = browser;\n",
  ];

  it.each(pureFiles)('keeps browser APIs out of the pure module %s', async (file) => {
    for (const code of browserImports) expect(await rulesReported(file, code)).toContain('no-restricted-imports');
    expect(await rulesReported(file, 'export const id = () => chrome.runtime.id;\n')).toContain('no-restricted-globals');
    expect(await rulesReported(file, 'export const id = () => browser.runtime.id;\n')).toContain('no-restricted-globals');
    expect(await rulesReported(file, "import { DAY_MS } from '../vocab/time';\nexport const d = DAY_MS * 2;\n")).toEqual([]);
  });

  it('lets the rest of lib use the browser, and adapters use the DOM', async () => {
    expect(
      await rulesReported('lib/page/lint-fixture.ts', "import { browser } from 'wxt/browser';\nexport const b = browser;\n"),
    ).toEqual([]);
    expect(await rulesReported('lib/platforms/lint-fixture.ts', 'export const id = () => chrome.runtime.id;\n')).toEqual([]);
  });
});

describe('rules of hooks in components', () => {
  const file = 'components/options/LintFixture.tsx';

  it('reports a hook called conditionally', async () => {
    const code = `import { useState } from 'preact/hooks';
export function Fixture({ on }: { on: boolean }) {
  if (on) {
    const [n] = useState(0);
    return <p>{n}</p>;
  }
  return null;
}
`;
    expect(await rulesReported(file, code)).toContain('react-hooks/rules-of-hooks');
  });

  it('reports an effect that omits what it reads, and accepts it listed', async () => {
    const code = (deps: string) => `import { useEffect } from 'preact/hooks';
export function Fixture({ id }: { id: number }) {
  useEffect(() => {
    document.title = String(id);
  }, [${deps}]);
  return null;
}
`;
    expect(await rulesReported(file, code(''))).toContain('react-hooks/exhaustive-deps');
    expect(await rulesReported(file, code('id'))).toEqual([]);
  });
});
