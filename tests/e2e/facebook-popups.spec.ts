// Facebook chat pop-ups end to end, as a seller meets them: the built extension on an ordinary facebook.com page (the
// feed, with its post box and a comment box) with chat pop-ups docked at the bottom right — each its own Lexical box,
// "Send a Like" until the box has text. The sidebar works on the pop-up typed in last.
import type { FixtureConfig, FixtureThread } from '../fixtures/src/site';
import { dbRows, expect, fixtureCall, test, type DmPage } from './harness';
import { shipShortcutThenPriceQuestion, timedFirstResponse } from './site-flows';

const FEED = 'https://www.facebook.com/';
// Jane's pop-up links her numeric profile: her id, which is also her thread's id on facebook.com/messages/t/<id>.
const JANE: FixtureThread = { name: 'Jane Doe', handle: 'profile.php?id=100077', messages: [{ dir: 'in', text: 'hello' }] };
const OMAR: FixtureThread = {
  name: 'Omar Haddad',
  handle: 'omar.h',
  messages: [{ dir: 'in', text: 'Is the red one in stock?' }],
};
const both = (messages?: FixtureThread['messages']): FixtureConfig => ({
  threads: { jane: { ...JANE, ...(messages ? { messages } : {}) }, omar: OMAR },
  // Jane's pop-up opened last: it sits second on the page.
  floating: [{ id: 'omar' }, { id: 'jane' }],
});
const box = (name: string) => `.popup:has([aria-label$="${name}"]) [data-fixture-composer]`;
const postBox = (page: import('@playwright/test').Page) => page.getByRole('textbox', { name: 'What’s on your mind?' });
/** Jane writes in her own pop-up, whichever chat the sidebar is on. */
const janeWrites = (dm: DmPage) => (text: string) => fixtureCall(dm.page, 'receiveIn', 'jane', text);

test('the sidebar appears while a pop-up is open, on that chat, and leaves when the last one closes', async ({
  context,
  fixture,
}) => {
  fixture.set({ threads: { jane: JANE, omar: OMAR } });
  const page = await context.newPage();
  await page.goto(FEED);
  const sidebar = page.getByTestId('sidekick');
  // The feed alone is no DM page: no sidebar, the page keeps its width.
  await page.waitForTimeout(1000);
  await expect(sidebar).toBeHidden();
  await fixtureCall(page, 'openFloating', 'omar');
  await expect(sidebar).toBeVisible();
  await expect(sidebar.getByTestId('contact-name')).toHaveText('Omar Haddad');
  await fixtureCall(page, 'openFloating', 'jane');
  await page.locator(box('Jane Doe')).click();
  await expect(sidebar.getByTestId('contact-name')).toHaveText('Jane Doe');
  await fixtureCall(page, 'closeFloating', 'jane');
  await expect(sidebar.getByTestId('contact-name')).toHaveText('Omar Haddad');
  await fixtureCall(page, 'closeFloating', 'omar');
  await expect(sidebar).toBeHidden();
});

test('two pop-ups and the post box: the greeting goes into the chat typed in last with its first name, never the post box; Enter sends exactly it', async ({
  openDm,
}) => {
  const dm = await openDm(FEED, both());
  await dm.page.locator(box('Omar Haddad')).click();
  await dm.page.locator(box('Jane Doe')).click();
  // Clicking into the feed's post box afterwards does not move the sidebar off Jane's chat.
  await postBox(dm.page).click();
  await expect(dm.sidebar.getByTestId('contact-name')).toHaveText('Jane Doe');
  // Pop-ups dock at the bottom right: the sidebar takes the left edge, open, over neither pop-up's box or Send.
  await expect(dm.sidebar).toHaveAttribute('data-collapsed', 'false');
  const own = (await dm.sidebar.boundingBox())!;
  expect(own.x).toBe(0);
  for (const el of [box('Jane Doe'), box('Omar Haddad'), '.popup [data-fixture-send]']) {
    for (const other of await dm.page.locator(el).all()) {
      const b = (await other.boundingBox())!;
      expect(b.x >= own.x + own.width || b.x + b.width <= own.x, `${el} is not under the sidebar`).toBe(true);
    }
  }
  await expect(dm.sidebar.getByTestId('suggestion').first()).toHaveAttribute('data-title', 'Greeting');
  await dm.template('Greeting').click();
  await expect.poll(() => dm.editorText()).toContain('Hi Jane!');
  // Facebook swapped "Send a Like" for Send: its own editor state holds the text.
  await expect.poll(() => dm.sendEnabled()).toBe(true);
  await expect(postBox(dm.page)).toHaveText('');
  await expect(dm.page.locator(box('Omar Haddad'))).toHaveText('');
  const inserted = (await dm.editorText())!;
  await dm.page.locator(box('Jane Doe')).press('Enter');
  await expect.poll(() => fixtureCall(dm.page, 'sent')).toEqual([inserted]);
  expect(await dm.editorText()).toBe('');
});

test('in a pop-up, /ship then Tab becomes the reply; a new customer question changes the suggestion', async ({ openDm }) => {
  const dm = await openDm(FEED, both());
  await shipShortcutThenPriceQuestion(dm, { composer: dm.page.locator(box('Jane Doe')), receive: janeWrites(dm) });
});

test('a live message in a pop-up starts the waiting timer and a reply stops it, under the thread’s own id; the dashboard shows that first response', async ({
  openDm,
  context,
  worker,
}) => {
  const dm = await openDm(FEED, both([]));
  const composer = dm.page.locator(box('Jane Doe'));
  await composer.click();
  await timedFirstResponse(dm, { composer, receive: janeWrites(dm) }, { context, worker, contactKey: 'messenger:100077' });
  // Omar's pop-up sat beside it the whole time: its history is his own thread's, never Jane's.
  expect(
    (await dbRows<{ contactKey: string }>(worker, 'events')).every((e) =>
      ['messenger:100077', 'messenger:@omar.h'].includes(e.contactKey),
    ),
  ).toBe(true);
});
