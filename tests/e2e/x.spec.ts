// X DMs end to end, as a seller meets them: the built extension on fixture pages at x.com, the current chat inside
// its shadow root with a React-controlled textarea (real react-dom), legacy DMs with a real Draft.js editor.
import { dbRows, expect, fixtureCall, test } from './harness';
import { shipShortcutThenPriceQuestion, surveyAnswerProposesFive, timedFirstResponse } from './site-flows';

const CHAT = 'https://x.com/i/chat/1001-2002';
const LEGACY = 'https://x.com/messages/1001-2002';
const textarea = '[data-testid="dm-composer-textarea"]';
const threads = (messages: { dir: 'in' | 'out'; text: string; status?: 'failed' }[] = []) => ({
  threads: { '1001-2002': { name: 'Jane Doe', handle: 'jane_shop', messages } },
});
type Event = { direction: string; source: string; history: boolean; at: number; templateId?: number };

test('current chat: the greeting goes into React’s state with the first name, Send is mounted, Enter sends exactly it', async ({
  openDm,
}) => {
  const dm = await openDm(CHAT, threads([{ dir: 'in', text: 'hello' }]));
  await expect(dm.sidebar).toHaveAttribute('data-composer', 'found');
  // The fixture behaves as React does: a plain `.value =` changes nothing React knows.
  await dm.page.locator(textarea).evaluate((el: HTMLTextAreaElement) => (el.value = 'typed behind React'));
  expect(await dm.editorText()).toBe('');
  await dm.page.locator(textarea).evaluate((el: HTMLTextAreaElement) => (el.value = ''));
  await expect(dm.page.locator('[data-testid="dm-composer-send-button"]')).toHaveCount(0);

  await expect(dm.sidebar.getByTestId('suggestion').first()).toHaveAttribute('data-title', 'Greeting');
  await dm.template('Greeting').click();
  await expect.poll(() => dm.editorText()).toContain('Hi Jane!');
  await expect(dm.page.locator('[data-testid="dm-composer-send-button"]')).toBeVisible();
  const inserted = (await dm.editorText())!;
  await dm.page.locator(textarea).press('Enter');
  await expect.poll(() => fixtureCall(dm.page, 'sent')).toEqual([inserted]);
  expect(await dm.editorText()).toBe('');
});

test('current chat: /ship then Tab becomes the reply; a new customer question changes the suggestion', async ({ openDm }) => {
  const dm = await openDm(CHAT, threads([{ dir: 'in', text: 'hello' }]));
  await shipShortcutThenPriceQuestion(dm, { composer: dm.page.locator(textarea) }, 'asks about the price');
});

test('current chat: a live message starts the waiting timer, a reply stops it, the dashboard shows that first response', async ({
  openDm,
  context,
  worker,
}) => {
  const dm = await openDm(CHAT, threads());
  await timedFirstResponse(dm, { composer: dm.page.locator(textarea) }, { context, worker });
});

test('current chat: a survey answer "5 ⭐" proposes ★5', async ({ openDm }) => {
  const dm = await openDm(CHAT, threads([{ dir: 'in', text: 'Got it, thanks' }]));
  await surveyAnswerProposesFive(dm, { composer: dm.page.locator(textarea) }, { answer: '5 ⭐', firstName: 'Jane' });
});

test('current chat: a failed send is not a reply until X says it went through', async ({ openDm, worker }) => {
  const dm = await openDm(
    CHAT,
    threads([
      { dir: 'in', text: 'Are you open today?' },
      { dir: 'out', text: 'Yes!', status: 'failed' },
    ]),
  );
  await expect.poll(async () => (await dbRows<Event>(worker, 'events')).map((e) => e.direction)).toEqual(['in']);
  await dm.page.waitForTimeout(500);
  expect((await dbRows<Event>(worker, 'events')).map((e) => e.direction)).toEqual(['in']);
  // The retry goes through: the same row's status changes, and it is read again.
  await dm.page.locator('[data-send-status="failed"]').evaluate((row) => row.setAttribute('data-send-status', 'sent'));
  await expect.poll(async () => (await dbRows<Event>(worker, 'events')).map((e) => e.direction).sort()).toEqual(['in', 'out']);
});

test('the passcode wall is said in words, and nothing tries to get past it', async ({ openDm }) => {
  const dm = await openDm('https://x.com/i/chat/pin/recover', threads());
  await expect(dm.sidebar.getByTestId('status')).toContainText('X is asking for your chat passcode');
});

test('legacy DMs: the greeting goes into Draft.js’s own state and Enter sends exactly it', async ({ openDm }) => {
  const dm = await openDm(LEGACY, threads([{ dir: 'in', text: 'hello' }]));
  await expect(dm.sidebar).toHaveAttribute('data-composer', 'found');
  await dm.template('Greeting').click();
  await expect.poll(() => dm.editorText()).toContain('Hi Jane!');
  expect(await dm.sendEnabled()).toBe(true);
  const inserted = (await dm.editorText())!;
  await dm.page.locator('[data-testid="dmComposerTextInput"] [contenteditable="true"]').press('Enter');
  await expect.poll(() => fixtureCall(dm.page, 'sent')).toEqual([inserted]);
});
