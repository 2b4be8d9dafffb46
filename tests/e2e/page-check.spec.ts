// The page check and the page snapshot, as a seller meets them: the built extension on every registered site's
// fixture, in the variants where the page cannot be fully read.
import { readFileSync } from 'node:fs';
import { GROUP, ONE_TO_ONE, THREAD_ID } from '../conformance/kit';
import { REGISTERED_SITES } from '../fixtures/routes.mjs';
import { dbRows, expect, fixtureCall, openPopup, test } from './harness';

const kits = new Map<string, { threadUrls(id: string): string[] }>();
for (const site of REGISTERED_SITES) {
  const file = new URL(`../../lib/platforms/${site.id}/conformance.ts`, import.meta.url);
  kits.set(site.id, ((await import(file.href)) as { conformance: { threadUrls(id: string): string[] } }).conformance);
}
const urlOf = (site: string) => kits.get(site)!.threadUrls(THREAD_ID)[0]!;

for (const site of REGISTERED_SITES) {
  test(`${site.label}: the page check says what was found, and the popup says the same`, async ({ openDm, context, worker }) => {
    const dm = await openDm(urlOf(site.id), { threads: { [THREAD_ID]: ONE_TO_ONE } });
    const check = dm.sidebar.getByTestId('page-check');
    await expect(check).toHaveAttribute('data-contact', 'ok');
    await expect(check).toHaveAttribute('data-messages', 'ok');
    await expect(check).toHaveAttribute('data-composer', 'ok');
    await expect(check).toContainText('contact, messages and message box found');
    const popup = await openPopup(context, worker);
    await dm.page.bringToFront();
    await popup.reload();
    await expect(popup.getByTestId('popup-page-check')).toHaveAttribute('data-messages', 'ok');
    await expect(popup.getByTestId('popup-page-check')).toContainText('everything works here');
  });

  test(`${site.label}: a page whose messages cannot be found says so, pauses suggestions and still inserts`, async ({
    openDm,
    context,
    worker,
  }) => {
    const dm = await openDm(urlOf(site.id), { threads: { [THREAD_ID]: ONE_TO_ONE }, variant: { unreadableList: true } });
    const check = dm.sidebar.getByTestId('page-check');
    await expect(check).toHaveAttribute('data-messages', 'missing');
    await expect(check).toHaveAttribute('data-contact', 'ok');
    await expect(check).toHaveAttribute('data-composer', 'ok');
    await expect(check).toContainText("Can't find the messages on this page — suggestions and reply timing are paused here");
    await expect(dm.sidebar.getByTestId('suggestion')).toHaveCount(0);
    await dm.template('Greeting').click();
    await expect.poll(() => dm.editorText()).toContain('Hi Olu!');
    // Nothing is recorded from a page that cannot be read.
    await fixtureCall(dm.page, 'receive', 'Hello?');
    await dm.page.waitForTimeout(500);
    expect(await dbRows(worker, 'events')).toHaveLength(0);
    const popup = await openPopup(context, worker);
    await dm.page.bringToFront();
    await popup.reload();
    await expect(popup.getByTestId('popup-page-check')).toHaveAttribute('data-messages', 'missing');
    await expect(popup.getByTestId('popup-page-check')).toContainText("Can't find the messages on this page");
  });

  test(`${site.label}: an empty new thread is ok, not missing`, async ({ openDm }) => {
    const dm = await openDm(urlOf(site.id), { threads: { [THREAD_ID]: { ...ONE_TO_ONE, messages: [] } } });
    await expect(dm.sidebar.getByTestId('page-check')).toHaveAttribute('data-messages', 'ok');
  });

  test(`${site.label}: "Save page structure" downloads an anonymised snapshot`, async ({ openDm }) => {
    const dm = await openDm(urlOf(site.id), { threads: { [THREAD_ID]: GROUP } });
    const [download] = await Promise.all([dm.page.waitForEvent('download'), dm.sidebar.getByTestId('page-snapshot').click()]);
    expect(download.suggestedFilename()).toBe(`dm-page-structure-${site.id}.html`);
    const html = readFileSync(await download.path(), 'utf8');
    expect(html).toContain('<!doctype html>');
    for (const text of [GROUP.name, ...GROUP.messages!.flatMap((m) => [m.text, m.from ?? ''])].filter(Boolean))
      expect(html).not.toContain(text);
    // The sidebar itself is not part of the page's structure.
    expect(html).not.toContain('<dm-sidekick');
    expect(html).not.toMatch(/<script/i);
    await expect(dm.sidebar.getByTestId('status')).toContainText('Saved the page structure');
  });
}

test('in a group chat, greetings address the latest sender and the sidebar says it is a group', async ({ openDm }) => {
  const dm = await openDm('https://www.facebook.com/messages/t/7001/', { threads: { [THREAD_ID]: GROUP } });
  await expect(dm.sidebar.getByTestId('contact-name')).toHaveText('Candle lovers');
  await expect(dm.sidebar.getByTestId('group-note')).toContainText('Ben');
  await dm.template('Greeting').click();
  await expect.poll(() => dm.editorText()).toContain('Hi Ben!');
});
