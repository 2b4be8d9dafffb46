import { readFileSync } from 'node:fs';
import { dbRows, expect, fixtureCall, JANE, test } from './harness';

interface Entry {
  time: number;
  level: string;
  scope: string;
  message: string;
  detail?: string;
}
interface Diagnostics {
  kind: string;
  version: string;
  userAgent: string;
  settings: Record<string, unknown> | null;
  log: { background: Entry[] | null; options: Entry[] };
  problems: string[];
}

test('Download diagnostics: the background’s log (kept across a worker restart) and the page’s, and no name or message', async ({
  openDm,
  context,
  extensionId,
  worker,
}) => {
  // A DM session first: the background receives the contact's name, and messages are keyed.
  const dm = await openDm('https://www.instagram.com/direct/t/1001/');
  await fixtureCall(dm.page, 'receive', 'Where is my parcel? It was a gift');
  await expect.poll(async () => (await dbRows(worker, 'events')).length).toBeGreaterThanOrEqual(2);
  await expect.poll(async () => JSON.stringify(await dbRows(worker, 'contacts'))).toContain(JANE.name);

  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('library-row').first()).toBeVisible();
  for (const [id, value] of [
    ['setting-my-name', 'Ana from Velas'],
    ['setting-business', 'Velas Ana Lda'],
  ]) {
    await page.getByTestId(id!).fill(value!);
    await page.getByTestId(id!).blur();
  }
  await expect.poll(async () => JSON.stringify(await dbRows(worker, 'settings'))).toContain('Velas Ana Lda');

  // The background refuses a backup's settings and logs it; the refused value is a customer's name.
  const backup = { templates: [{ title: 'From a backup', body: 'Thanks!' }], settings: { shortcutTrigger: JANE.name } };
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await expect(page.getByTestId('import-status')).toContainText('Imported 1 template from backup.json');

  // A setting the background refuses is said on the page (and logged there); the saved value is shown again.
  await page.getByTestId('setting-missed-hours').fill('1000');
  await page.getByTestId('setting-missed-hours').blur();
  await expect(page.getByTestId('settings-failure')).toContainText('Could not save the setting: ');
  await expect(page.getByTestId('setting-missed-hours')).toHaveValue('24');

  // The service worker is stopped: the next one starts with the log the first kept.
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-diagnostics').click()]);
  expect(download.suggestedFilename()).toMatch(/^dm-sidekick-diagnostics-\d{4}-\d\d-\d\d\.json$/);
  const text = readFileSync(await download.path(), 'utf8');
  const file = JSON.parse(text) as Diagnostics;
  await expect(page.getByTestId('diagnostics-status')).toContainText('Downloaded, with');

  const [version, userAgent] = await page.evaluate(() => [chrome.runtime.getManifest().version, navigator.userAgent]);
  expect(file).toMatchObject({ kind: 'dm-sidekick-diagnostics', version, userAgent, problems: [] });
  expect(file.settings).toMatchObject({ shortcutTrigger: 'tab', missedThresholdHours: 24, promoCooldownDays: 7 });
  expect(Object.keys(file.settings!)).not.toContain('myName');
  expect(Object.keys(file.settings!)).not.toContain('business');

  const background = file.log.background!.map((e) => `${e.level} ${e.scope}: ${e.message}`);
  const refused = background.indexOf("warn background:import: the backup's settings were not restored (a picklist check failed)");
  const restarts = background.flatMap((line, i) => (line === 'info background: service worker started' ? [i] : []));
  expect(refused, background.join('\n')).toBeGreaterThanOrEqual(0);
  // Logged by the first worker, read back by the second.
  expect(restarts.length, background.join('\n')).toBeGreaterThanOrEqual(2);
  expect(restarts.at(-1)).toBeGreaterThan(refused);

  expect(file.log.options).toContainEqual(
    expect.objectContaining({
      level: 'error',
      scope: 'options',
      message: 'could not save the setting',
      detail: expect.stringContaining('"savePreferences" carried malformed data'),
    }),
  );
  for (const entry of [...file.log.background!, ...file.log.options]) {
    expect(Object.keys(entry).sort()).toEqual(expect.arrayContaining(['level', 'message', 'scope', 'time']));
    expect(entry.detail?.length ?? 0).toBeLessThanOrEqual(300);
  }
  // Nothing the customer or the seller wrote, and no name.
  for (const secret of [JANE.name, JANE.handle, JANE.messages![0]!.text, 'Where is my parcel', 'Ana from Velas', 'Velas Ana']) {
    expect(text).not.toContain(secret);
  }
});
