import type { Locator, Page } from '@playwright/test';
import { dbRows, expect, fixtureCall, importTemplates, JANE, OMAR, openPopup, pressToggleCommand, test } from './harness';

const SITES = [
  { platform: 'instagram', url: 'https://www.instagram.com/direct/t/1001/' },
  { platform: 'messenger', url: 'https://www.facebook.com/messages/t/1001/' },
  { platform: 'messenger', url: 'https://www.facebook.com/messages/e2ee/t/1001/' },
  { platform: 'messenger', url: 'https://www.messenger.com/t/1001/' },
] as const;

for (const site of SITES) {
  test(`mounts on ${site.url} and reads the contact`, async ({ openDm }) => {
    const dm = await openDm(site.url);
    await expect(dm.sidebar).toHaveAttribute('data-platform', site.platform);
    await expect(dm.sidebar.getByTestId('contact-name')).toHaveText('Jane Doe');
    await expect(dm.sidebar).toHaveAttribute('data-composer', 'found');
    await expect(dm.sidebar.locator('[data-row]')).toHaveCount(10);
  });
}

for (const site of [SITES[0], SITES[1]]) {
  test(`${site.platform}: the sidebar never covers the composer or Send`, async ({ openDm }) => {
    for (const width of [1280, 900]) {
      const dm = await openDm(site.url);
      await dm.page.setViewportSize({ width, height: 700 });
      await expect(dm.sidebar).toHaveAttribute('data-collapsed', 'false');
      const side = (await dm.sidebar.boundingBox())!;
      for (const target of [
        dm.page.locator('[contenteditable="true"][role="textbox"]'),
        dm.page.locator('[data-fixture-send]'),
      ]) {
        const box = (await target.boundingBox())!;
        expect(box.x + box.width, `right edge of ${await target.getAttribute('role')} at ${width}px`).toBeLessThanOrEqual(side.x);
      }
      await dm.page.close();
    }
  });
}

test('in-page navigation to another thread updates the contact', async ({ openDm }) => {
  const dm = await openDm('https://www.instagram.com/direct/t/1001/');
  await expect(dm.sidebar.getByTestId('contact-name')).toHaveText('Jane Doe');
  await dm.page.locator('a[data-thread="1002"]').click();
  await expect(dm.page).toHaveURL(/\/direct\/t\/1002\/$/);
  await expect(dm.sidebar.getByTestId('contact-name')).toHaveText(OMAR.name);
  await expect(dm.sidebar).toHaveAttribute('data-thread', '1002');
  await dm.template('Greeting').click();
  await expect.poll(() => dm.editorText()).toContain('Hi Omar!');
  await dm.page.goBack();
  await expect(dm.sidebar.getByTestId('contact-name')).toHaveText('Jane Doe');
});

test('the inbox with no open thread shows a clear state', async ({ openDm }) => {
  const dm = await openDm('https://www.instagram.com/direct/inbox/');
  await expect(dm.sidebar.getByTestId('contact-name')).toHaveText('No conversation open');
  await expect(dm.sidebar.getByTestId('status')).toContainText('Open a conversation');
});

test('a hostile contact name is shown as text and nothing runs', async ({ openDm }) => {
  const name = `<img src=x onerror="window.__pwned=1">Zoë "Boss" 👑 <script>window.__pwned=2</script>مرحبا ${'x'.repeat(200)}`;
  for (const url of ['https://www.instagram.com/direct/t/666/', 'https://www.facebook.com/messages/t/666/']) {
    const dm = await openDm(url, { threads: { '666': { name, handle: 'evil', messages: [{ dir: 'in', text: '<b>hi</b>' }] } } });
    await expect(dm.sidebar.getByTestId('contact-name')).toHaveText(name.replace(/\s+/g, ' '));
    expect(await dm.sidebar.locator('img, script').count()).toBe(0);
    await dm.template('Greeting').click();
    await expect.poll(() => dm.editorText()).toContain('Hi Zoë!');
    expect(await dm.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  }
});

test('without a composer the sidebar explains, and clicking a reply copies it', async ({ openDm, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.messenger.com' });
  const dm = await openDm('https://www.messenger.com/t/1001/', { threads: { '1001': JANE }, composer: 'none' });
  await expect(dm.sidebar).toHaveAttribute('data-composer', 'missing');
  await expect(dm.sidebar.getByTestId('page-check')).toHaveAttribute('data-composer', 'missing');
  await expect(dm.sidebar.getByTestId('page-check')).toContainText("Can't find the message box");
  await dm.template('Shipping time').click();
  await expect(dm.sidebar.getByTestId('status')).toContainText('copied to your clipboard');
  const clip = await dm.page.evaluate(() => navigator.clipboard.readText());
  expect(clip).toMatch(/^Hi Jane! Orders ship within/);
});

test('the composer disappearing mid-session is noticed', async ({ openDm }) => {
  const dm = await openDm('https://www.facebook.com/messages/t/1001/');
  await expect(dm.sidebar).toHaveAttribute('data-composer', 'found');
  await fixtureCall(dm.page, 'removeComposer');
  await expect(dm.sidebar).toHaveAttribute('data-composer', 'missing');
  await expect(dm.sidebar.getByTestId('page-check')).toContainText("Can't find the message box");
});

test('collapses to a slim tab and toggles by button, keyboard command and the toolbar popup', async ({ openDm, worker }) => {
  const dm = await openDm('https://www.instagram.com/direct/t/1001/');
  await dm.sidebar.getByRole('button', { name: 'Hide DM Sidekick' }).click();
  await expect(dm.sidebar).toHaveAttribute('data-collapsed', 'true');
  expect((await dm.sidebar.boundingBox())!.width).toBeLessThanOrEqual(30);
  await dm.sidebar.getByRole('button', { name: 'Show DM Sidekick' }).click();
  await expect(dm.sidebar).toHaveAttribute('data-collapsed', 'false');

  await pressToggleCommand(worker, dm.page);
  await expect(dm.sidebar).toHaveAttribute('data-collapsed', 'true');
  await pressToggleCommand(worker, dm.page);
  await expect(dm.sidebar).toHaveAttribute('data-collapsed', 'false');
  // Opening by command puts the keyboard in the search box.
  await expect(dm.sidebar.getByTestId('search')).toBeFocused();
  // The toolbar button opens the popup, whose first button toggles the sidebar on the active tab.
  const popup = await openPopup(dm.page.context(), worker);
  await dm.page.bringToFront();
  await popup.getByTestId('popup-toggle').click();
  await expect(dm.sidebar).toHaveAttribute('data-collapsed', 'true');
});

/** `locator` has the keyboard, and shows it: an outline or a shadow a sighted keyboard user can see. */
async function expectVisibleFocus(locator: Locator) {
  await expect(locator).toBeFocused();
  const ring = await locator.evaluate((el) => {
    const style = getComputedStyle(el);
    return { outline: `${style.outlineStyle} ${style.outlineWidth}`, shadow: style.boxShadow };
  });
  expect(
    ring.outline.startsWith('none') && ring.shadow === 'none',
    `focus ring of ${String(locator)}: ${JSON.stringify(ring)}`,
  ).toBe(false);
}

/** Presses `key` until `locator` has the focus: it is in the tab order, within `max` presses. */
async function tabTo(page: Page, locator: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 40) {
  for (let i = 0; i < max; i++) {
    if (await locator.evaluate((el) => el === (el.getRootNode() as ShadowRoot | Document).activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(locator, `reached with ${key}`).toBeFocused();
}

test('keyboard only: open, search, arrow through, insert, fill in, log feedback, close — focus visible, every control named', async ({
  openDm,
  worker,
  context,
  extensionId,
}) => {
  await importTemplates(context, extensionId, [
    { title: 'Order status', body: 'Hi {{first_name}}, order {{order_id}} is on its way.', shortcut: 'status' },
  ]);
  const dm = await openDm('https://www.facebook.com/messages/t/1001/');
  const { page, sidebar } = dm;
  // Opened by the keyboard command: the search box has the keyboard.
  await pressToggleCommand(worker, page);
  await expect(sidebar).toHaveAttribute('data-collapsed', 'true');
  await pressToggleCommand(worker, page);
  await expect(sidebar).toHaveAttribute('data-collapsed', 'false');
  await expect(page.getByRole('complementary', { name: 'DM Sidekick' })).toBeVisible();
  const search = sidebar.getByRole('searchbox', { name: 'Search saved replies' });
  await expectVisibleFocus(search);

  // Search, move through the results, Enter inserts.
  await page.keyboard.type('shiping');
  const results = sidebar.getByRole('list', { name: 'Saved replies' }).getByRole('button');
  await expect(results.first()).toHaveAccessibleName(/^Shipping time/);
  await page.keyboard.press('ArrowDown');
  await expectVisibleFocus(results.first());
  await page.keyboard.press('ArrowDown');
  await expectVisibleFocus(results.nth(1));
  await page.keyboard.press('ArrowUp');
  await expectVisibleFocus(results.first());
  await page.keyboard.press('Enter');
  await expect.poll(() => dm.editorText()).toContain('Hi Jane! Orders ship within');
  // Typing in the sidebar never reached the page's own key handlers or the composer.
  expect(await dm.editorText()).not.toContain('shiping');

  // A reply that needs a value: the form takes the keyboard, Enter on its button inserts.
  await tabTo(page, search);
  await page.keyboard.press('Escape');
  await page.keyboard.type('order status');
  await page.keyboard.press('Enter');
  const orderId = sidebar.getByRole('textbox', { name: 'Order id' });
  await expectVisibleFocus(orderId);
  await page.keyboard.type('A-7');
  await page.keyboard.press('Tab');
  await expectVisibleFocus(sidebar.getByRole('checkbox', { name: 'Remember for this contact' }));
  await page.keyboard.press('Tab');
  await expectVisibleFocus(sidebar.getByRole('button', { name: 'Insert', exact: true }));
  await page.keyboard.press('Enter');
  await expect.poll(() => dm.editorText()).toContain('Hi Jane, order A-7 is on its way.');
  await expect(sidebar.getByTestId('fill-in')).toHaveCount(0);

  // Log feedback: the form takes the keyboard, and gives it back when saved.
  const logFeedback = sidebar.getByRole('button', { name: 'Log feedback…' });
  await tabTo(page, logFeedback);
  await expectVisibleFocus(logFeedback);
  await page.keyboard.press('Enter');
  await expectVisibleFocus(sidebar.getByRole('combobox', { name: 'Scale' }));
  await page.keyboard.press('Tab');
  const rating = sidebar.getByRole('combobox', { name: 'Rating' });
  await expectVisibleFocus(rating);
  await page.keyboard.press('ArrowUp');
  await expect(rating).toHaveValue('4');
  await page.keyboard.press('Tab');
  await expectVisibleFocus(sidebar.getByRole('textbox', { name: 'Comment' }));
  await page.keyboard.type('Quick answer');
  await page.keyboard.press('Tab');
  await expectVisibleFocus(sidebar.getByRole('textbox', { name: 'Tags' }));
  await page.keyboard.type('speed');
  await page.keyboard.press('Enter');
  await expect(sidebar.getByTestId('status')).toHaveText('Feedback logged.');
  await expectVisibleFocus(logFeedback);
  await expect
    .poll(() => dbRows(worker, 'feedback'))
    .toEqual([expect.objectContaining({ scale: 'csat', rating: 4, comment: 'Quick answer', tags: ['speed'], source: 'manual' })]);

  // Close and open again by the keyboard: the focus moves to what replaced the pressed button.
  const hide = sidebar.getByRole('button', { name: 'Hide DM Sidekick' });
  await tabTo(page, hide, 'Shift+Tab');
  await expectVisibleFocus(hide);
  await page.keyboard.press('Enter');
  await expect(sidebar).toHaveAttribute('data-collapsed', 'true');
  const show = sidebar.getByRole('button', { name: 'Show DM Sidekick' });
  await expectVisibleFocus(show);
  await page.keyboard.press('Enter');
  await expect(sidebar).toHaveAttribute('data-collapsed', 'false');
  await expectVisibleFocus(search);
});

test('follows the page between light and dark', async ({ openDm }) => {
  const dm = await openDm('https://www.instagram.com/direct/t/1001/');
  await expect(dm.sidebar).toHaveAttribute('data-theme', 'light');
  await fixtureCall(dm.page, 'setDark', true);
  await expect(dm.sidebar).toHaveAttribute('data-theme', 'dark');
  const bg = await dm.sidebar.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).toBe('rgb(23, 25, 28)');
});

for (const site of [SITES[0], SITES[3]]) {
  test(`${site.url}: message rows are read with their direction`, async ({ openDm }) => {
    const dm = await openDm(site.url);
    const lastFrom = dm.sidebar.getByTestId('last-from');
    await expect(lastFrom).toHaveAttribute('data-direction', 'in');
    await dm.template('Greeting').click();
    await expect.poll(() => dm.editorText()).toContain('Hi Jane!');
    // Inserting is not replying: only a new outgoing row is.
    await expect(lastFrom).toHaveAttribute('data-direction', 'in');
    await dm.page.locator('[contenteditable="true"][role="textbox"]').press('Enter');
    await expect(lastFrom).toHaveAttribute('data-direction', 'out');
    await expect(lastFrom).toHaveText('You replied last');
    await fixtureCall(dm.page, 'receive', 'Great, thanks!');
    await expect(lastFrom).toHaveAttribute('data-direction', 'in');
  });
}

test('a collapsed sidebar stays collapsed after a reload', async ({ openDm }) => {
  const dm = await openDm('https://www.instagram.com/direct/t/1001/');
  await dm.sidebar.getByRole('button', { name: 'Hide DM Sidekick' }).click();
  await expect(dm.sidebar).toHaveAttribute('data-collapsed', 'true');
  await dm.page.reload();
  await expect(dm.sidebar).toHaveAttribute('data-collapsed', 'true');
  await dm.sidebar.getByRole('button', { name: 'Show DM Sidekick' }).click();
  await dm.page.reload();
  await expect(dm.sidebar).toHaveAttribute('data-collapsed', 'false');
});

test('outside the DM area the sidebar stays away and the page keeps its full width', async ({ openDm }) => {
  const dm = await openDm('https://www.instagram.com/direct/t/1001/');
  await dm.page.evaluate(() => history.pushState({}, '', '/explore/'));
  await expect(dm.page.getByTestId('sidekick')).toHaveCount(0);
  await expect.poll(() => dm.page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('0px');
  await dm.page.evaluate(() => history.back());
  await expect(dm.page.getByTestId('sidekick')).toBeVisible();
});
