import type { BrowserContext } from '@playwright/test';
import { dbRows, expect, test } from './harness';

type Row = { title: string; body: string; shortcut?: string; tags: string[]; kind: string; useCount: number };

async function openOptions(context: BrowserContext, extensionId: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('library-row')).toHaveCount(10);
  return page;
}

test('create, preview, flag unknown variables, reject a taken shortcut, edit, duplicate, delete after an in-page confirm', async ({
  context,
  extensionId,
  worker,
}) => {
  const page = await openOptions(context, extensionId);
  await page.getByTestId('new-template').click();
  const editor = page.getByTestId('template-editor');
  await editor.getByTestId('editor-title').fill('Pickup');
  await editor
    .getByTestId('editor-body')
    .fill('Hi {{first_name}}! Your order {{order_id}} is ready at {{bussiness}} on {{ weekday }}.');
  await expect(editor.getByTestId('unknown-variables')).toContainText('{{bussiness}}');
  await expect(editor.getByTestId('unknown-variables')).not.toContainText('order_id');
  await expect(editor.getByTestId('editor-preview')).toContainText(
    /Hi Jane! Your order A-1001 is ready at \[bussiness\] on \w+day\./,
  );
  await editor.getByTestId('editor-body').fill('Hi {{first_name}}! Your order {{order_id}} is ready for pickup.');
  await expect(editor.getByTestId('unknown-variables')).toHaveCount(0);
  await editor.getByTestId('editor-shortcut').fill('/ship');
  await editor.getByTestId('editor-tags').fill('pickup, Order');
  await editor.getByTestId('editor-save').click();
  await expect(editor.getByTestId('editor-error')).toHaveText(
    'Not saved: the shortcut "/ship" is already used by "Shipping time".',
  );
  await editor.getByTestId('editor-shortcut').fill('pickup');
  await editor.getByTestId('editor-save').click();
  await expect(page.getByTestId('template-editor')).toHaveCount(0);
  await expect(page.getByTestId('library-row')).toHaveCount(11);
  expect((await dbRows<Row>(worker, 'templates')).find((t) => t.title === 'Pickup')).toMatchObject({
    shortcut: 'pickup',
    tags: ['pickup', 'order'],
    kind: 'reply',
  });

  const row = page.locator('[data-testid="library-row"][data-title="Pickup"]');
  await row.getByTestId('edit').click();
  await page.getByTestId('editor-title').fill('Pickup ready');
  await page.getByTestId('editor-save').click();
  await expect(page.locator('[data-testid="library-row"][data-title="Pickup ready"]')).toHaveCount(1);

  await page.locator('[data-testid="library-row"][data-title="Pickup ready"]').getByTestId('duplicate').click();
  await expect(page.getByTestId('editor-title')).toHaveValue('Pickup ready (copy)');
  await expect(page.getByTestId('editor-shortcut')).toHaveValue('');
  await page.getByTestId('editor-save').click();
  await expect(page.getByTestId('library-row')).toHaveCount(12);

  // Delete asks in the row: Escape (or Cancel) keeps the template, Delete removes it.
  const copy = page.locator('[data-testid="library-row"][data-title="Pickup ready (copy)"]');
  await copy.getByTestId('delete').click();
  const ask = copy.getByTestId('confirm-delete');
  await expect(ask).toContainText('Delete “Pickup ready (copy)”? This cannot be undone.');
  await expect(ask.getByTestId('confirm-delete-cancel')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(ask).toHaveCount(0);
  await expect(copy.getByTestId('delete')).toBeFocused();
  await expect(page.getByTestId('library-row')).toHaveCount(12);
  expect((await dbRows<Row>(worker, 'templates')).map((t) => t.title)).toContain('Pickup ready (copy)');
  await copy.getByTestId('delete').click();
  await ask.getByTestId('confirm-delete-yes').click();
  await expect(page.getByTestId('library-row')).toHaveCount(11);
  await expect(page.getByTestId('library-status')).toHaveText('Deleted “Pickup ready (copy)”.');
  expect((await dbRows<Row>(worker, 'templates')).map((t) => t.title)).not.toContain('Pickup ready (copy)');

  await page.getByTestId('library-search').fill('tag:pickup');
  await expect(page.getByTestId('library-row')).toHaveCount(1);
});

test('a CSV with one bad row in 500 names it, imports nothing, then imports the 499 valid rows when asked', async ({
  context,
  extensionId,
  worker,
}) => {
  const page = await openOptions(context, extensionId);
  const rows = Array.from({ length: 500 }, (_, i) =>
    i === 316 ? 'Broken row,,,' : `Reply ${i},"Hi {{first_name|there}}, answer ${i}.",r${i},"faq, batch"`,
  );
  const csv = `title,body,shortcut,tags\n${rows.join('\n')}\n`;
  await page.getByTestId('import-file').setInputFiles({ name: 'replies.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const status = page.getByTestId('import-status');
  await expect(status).toContainText('Could not import replies.csv. Nothing was imported.');
  await expect(status).toContainText('Row 318 ("Broken row"): "body" is missing.');
  expect(await dbRows<Row>(worker, 'templates')).toHaveLength(10);
  await page.getByTestId('import-valid').click();
  await expect(status).toHaveText('Imported 499 templates from replies.csv: 499 new, 0 updated, 1 skipped.');
  await expect(page.getByTestId('library-row')).toHaveCount(509);
  expect(await dbRows<Row>(worker, 'templates')).toHaveLength(509);
});

test('a shortcut already used in the library is reported on import', async ({ context, extensionId, worker }) => {
  const page = await openOptions(context, extensionId);
  await page.getByTestId('import-file').setInputFiles({
    name: 'x.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ templates: [{ title: 'Express', body: 'Fast!', shortcut: 'ship' }] })),
  });
  await expect(page.getByTestId('import-status')).toContainText(
    'Template 1 ("Express"): shortcut "/ship" is already used by your template "Shipping time".',
  );
  expect(await dbRows<Row>(worker, 'templates')).toHaveLength(10);
});

test('settings fill {{my_name}} and {{business}} in the sidebar', async ({ context, extensionId, openDm }) => {
  const page = await openOptions(context, extensionId);
  await page.getByTestId('setting-my-name').fill('Sam');
  await page.getByTestId('setting-my-name').blur();
  await page.getByTestId('setting-business').fill('Linen & Co');
  await page.getByTestId('setting-business').blur();
  await page.getByTestId('import-file').setInputFiles({
    name: 's.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({ templates: [{ title: 'Signed', body: 'Thanks {{first_name}}! — {{my_name}}, {{business}}' }] }),
    ),
  });
  await expect(page.getByTestId('import-status')).toContainText('Imported 1');
  const dm = await openDm('https://www.instagram.com/direct/t/1001/');
  await dm.template('Signed').click();
  await expect.poll(() => dm.editorText()).toBe('Thanks Jane! — Sam, Linen & Co');
});

test('usage count and last used are shown in the library', async ({ context, extensionId, openDm }) => {
  const dm = await openDm('https://www.instagram.com/direct/t/1001/');
  await dm.template('Away message').click();
  await expect(dm.sidebar.getByTestId('status')).toContainText('Inserted');
  const page = await openOptions(context, extensionId);
  const row = page.locator('[data-testid="library-row"][data-title="Away message"]');
  await expect(row.getByTestId('use-count')).toHaveText('1');
  await expect(row).toContainText(new Date().toLocaleDateString('en-US'));
});

test('reply-timing settings are kept', async ({ context, extensionId }) => {
  const page = await openOptions(context, extensionId);
  await page.getByTestId('setting-missed-hours').fill('1');
  await page.getByTestId('setting-missed-hours').blur();
  await page.getByTestId('schedule-day-6').check();
  await page.getByTestId('schedule-zone').fill('Europe/Lisbon');
  await page.getByTestId('schedule-zone').blur();
  await expect(page.getByTestId('schedule-zone')).toHaveValue('Europe/Lisbon');
  await page.reload();
  await expect(page.getByTestId('setting-missed-hours')).toHaveValue('1');
  await expect(page.getByTestId('schedule-day-6')).toBeChecked();
  await expect(page.getByTestId('schedule-zone')).toHaveValue('Europe/Lisbon');
});
