// LinkedIn messaging end to end, as a seller meets it: the built extension on a fixture page at
// www.linkedin.com/messaging/thread/<id>/, with LinkedIn's own plain contenteditable whose input handling enables Send.
import { dbRows, expect, fixtureCall, test } from './harness';
import { shipShortcutThenPriceQuestion, timedFirstResponse } from './site-flows';

const ID = '2-ZmFrZXRocmVhZA==';
const THREAD = `https://www.linkedin.com/messaging/thread/${ID}/`;
const box = 'div.msg-form__contenteditable[contenteditable="true"]';
const send = 'button.msg-form__send-button';
const threads = (messages: { dir: 'in' | 'out'; text: string }[] = []) => ({
  threads: { [ID]: { name: 'Jane Doe', handle: 'jane-doe-shop', messages } },
});
type Event = { direction: string; source: string; history: boolean; at: number };

test('the greeting goes in with the first name, LinkedIn’s own input handling enables Send, Enter sends exactly it', async ({
  openDm,
}) => {
  const dm = await openDm(THREAD, threads([{ dir: 'in', text: 'hello' }]));
  await expect(dm.sidebar).toHaveAttribute('data-composer', 'found');
  // Like the site: text set behind its input handling is not text LinkedIn knows, and Send stays disabled.
  await dm.page.locator(box).evaluate((el) => {
    const p = document.createElement('p');
    p.textContent = 'typed behind LinkedIn';
    el.replaceChildren(p);
  });
  expect(await dm.editorText()).toBe('');
  await expect(dm.page.locator(send)).toBeDisabled();
  await dm.page.locator(box).evaluate((el) => el.replaceChildren(document.createElement('p')));

  await expect(dm.sidebar.getByTestId('suggestion').first()).toHaveAttribute('data-title', 'Greeting');
  await dm.template('Greeting').click();
  await expect.poll(() => dm.editorText()).toContain('Hi Jane!');
  await expect(dm.page.locator(send)).toBeEnabled();
  const inserted = (await dm.editorText())!;
  await dm.page.locator(box).press('Enter');
  await expect.poll(() => fixtureCall(dm.page, 'sent')).toEqual([inserted]);
  expect(await dm.editorText()).toBe('');
  await expect(dm.page.locator(send)).toBeDisabled();
});

test('/ship then Tab becomes the reply; a new customer question changes the suggestion', async ({ openDm }) => {
  const dm = await openDm(THREAD, threads([{ dir: 'in', text: 'hello' }]));
  await shipShortcutThenPriceQuestion(dm, { composer: dm.page.locator(box) }, 'asks about the price');
});

test('a live message starts the waiting timer, a reply stops it, the dashboard shows that first response', async ({
  openDm,
  context,
  worker,
}) => {
  const dm = await openDm(THREAD, threads());
  const composer = dm.page.locator(box);
  const sendWhenEnabled = async () => {
    await expect(dm.page.locator(send)).toBeEnabled();
    await composer.press('Enter');
  };
  await timedFirstResponse(dm, { composer, send: sendWhenEnabled }, { context, worker });
});

test('a multi-line template keeps every line in LinkedIn’s editor, and Enter sends them all', async ({ openDm }) => {
  const dm = await openDm(THREAD, threads([{ dir: 'in', text: 'I would like to order' }]));
  await dm.template('Order details').click();
  await expect(dm.sidebar.getByTestId('status')).toContainText('Inserted');
  const lines = [
    'Happy to help, Jane! To place your order, could you send me:',
    '1. The item and size or colour',
    '2. Your full name and shipping address',
    '3. A phone number for the courier',
  ];
  expect((await dm.editorText())!.split(/\n+/)).toEqual(lines);
  await expect(dm.page.locator(send)).toBeEnabled();
  await dm.page.locator(box).press('Enter');
  await expect.poll(async () => (await fixtureCall(dm.page, 'sent')).map((t) => t.split(/\n+/))).toEqual([lines]);
});

// Overlay chat bubbles on every other LinkedIn page, inside #interop-outlet's open shadow root.
const FEED = 'https://www.linkedin.com/feed/';
const BEN = '2-YmVu==';
const bubbleBox = (name: string) => `.msg-overlay-conversation-bubble[aria-label="${name}"] ${box}`;
const bubbleSend = (name: string) => `.msg-overlay-conversation-bubble[aria-label="${name}"] ${send}`;
const overlays = (messages: { dir: 'in' | 'out'; text: string }[] = [{ dir: 'in', text: 'hello' }]) => ({
  threads: {
    [ID]: { name: 'Jane Doe', handle: 'jane-doe-shop', messages },
    [BEN]: { name: 'Ben Okafor', handle: 'ben-okafor', messages: [{ dir: 'in' as const, text: 'Still for sale?' }] },
  },
  floating: [{ id: BEN }, { id: ID }],
});

test('overlay bubbles: the sidebar works on the bubble typed in last, the greeting goes in and LinkedIn enables Send, Enter sends exactly it', async ({
  openDm,
}) => {
  const dm = await openDm(FEED, overlays());
  await dm.page.locator(bubbleBox('Ben Okafor')).click();
  await expect(dm.sidebar.getByTestId('contact-name')).toHaveText('Ben Okafor');
  await dm.page.locator(bubbleBox('Jane Doe')).click();
  // The feed's own box does not take the sidebar off Jane's bubble.
  await dm.page.getByRole('textbox', { name: 'Start a post' }).click();
  await expect(dm.sidebar.getByTestId('contact-name')).toHaveText('Jane Doe');
  await expect(dm.sidebar).toHaveAttribute('data-thread', ID);
  await expect(dm.sidebar).toHaveAttribute('data-collapsed', 'false');
  await dm.template('Greeting').click();
  await expect.poll(() => dm.editorText()).toContain('Hi Jane!');
  await expect(dm.page.locator(bubbleSend('Jane Doe'))).toBeEnabled();
  await expect(dm.page.locator(bubbleSend('Ben Okafor'))).toBeDisabled();
  const inserted = (await dm.editorText())!;
  await dm.page.locator(bubbleBox('Jane Doe')).press('Enter');
  await expect.poll(() => fixtureCall(dm.page, 'sent')).toEqual([inserted]);
});

test('overlay bubbles: /ship then Tab, a new question re-ranks, and a live message is timed under the bubble’s thread', async ({
  openDm,
  worker,
}) => {
  const dm = await openDm(FEED, overlays([]));
  const editor = dm.page.locator(bubbleBox('Jane Doe'));
  await editor.click();
  await editor.pressSequentially('Sure! /ship');
  await editor.press('Tab');
  await expect.poll(() => dm.editorText()).toMatch(/^Sure! .*Orders ship within/s);
  await dm.page.locator(bubbleBox('Jane Doe')).press('Enter');

  // Rows that appear just after a chat becomes the active one are its history loading: the customer writes later.
  await dm.page.waitForTimeout(1600);
  await fixtureCall(dm.page, 'receiveIn', ID, 'How much is the blue mug?');
  await expect(dm.sidebar.getByTestId('suggestion').first()).toHaveAttribute('data-title', 'Price question');
  await expect(dm.sidebar.getByTestId('waiting')).toBeVisible();
  await dm.template('Price question').click();
  await expect(dm.page.locator(bubbleSend('Jane Doe'))).toBeEnabled();
  await dm.page.locator(bubbleBox('Jane Doe')).press('Enter');
  await expect(dm.sidebar.getByTestId('waiting')).toHaveCount(0);
  const janes = async () =>
    (await dbRows<Event & { contactKey: string }>(worker, 'events')).filter((e) => e.contactKey === `linkedin:${ID}`);
  // The first reply went out while the chat had just become the active one: history, timed by LinkedIn's own clock.
  await expect
    .poll(async () => (await janes()).sort((a, b) => a.at - b.at).map((e) => [e.direction, e.source === 'observed']))
    .toEqual([
      ['out', false],
      ['in', true],
      ['out', true],
    ]);
});
