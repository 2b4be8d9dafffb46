// Meta Business Suite's inbox end to end, as a business answering Messenger and Instagram in one place meets it: the
// built extension on fixture pages at business.facebook.com/latest/inbox/…, chats switched by pushState
// (selected_item_id), a Lexical box whose Send is enabled only with text, and each chat's records under the site it
// came from (messenger:… / instagram:…), read back from the extension's database.
import type { Worker } from '@playwright/test';
import type { SuiteThread } from '../../lib/platforms/business-suite/fixture';
import type { FixtureThread } from '../fixtures/src/site';
import { dbRows, expect, fixtureCall, test } from './harness';
import { shipShortcutThenPriceQuestion, timedFirstResponse } from './site-flows';

const INBOX = 'https://business.facebook.com/latest/inbox/all';
const JANE_ID = '5001';
const OMAR_ID = '5002';
/** Omar's conversation on instagram.com (the customer panel links it there). */
const OMAR_IG = '340282366841710300949128155555555';
const THREAD = `${INBOX}?asset_id=1001&selected_item_id=${JANE_ID}&thread_type=FB_MESSAGE`;
const box = '.bs-conversation [contenteditable="true"][role="textbox"]';
const send = '.bs-conversation [role="button"][aria-label="Send"]';
type Event = { direction: string; source: string; history: boolean; at: number; platform: string; contactKey: string };
const events = async (worker: Worker) => (await dbRows<Event>(worker, 'events')).sort((a, b) => a.at - b.at);

const jane = (messages: FixtureThread['messages'] = []): SuiteThread => ({
  name: 'Jane Doe',
  handle: 'jane.doe.shop',
  channel: 'messenger',
  messages,
});
const omar: SuiteThread = {
  name: 'Omar Haddad',
  handle: 'omar.h',
  channel: 'instagram',
  ownThreadId: OMAR_IG,
  messages: [
    { dir: 'in', text: 'Do you have it in green?' },
    { dir: 'out', text: 'Yes, in every size.' },
  ],
};
const only = (messages: FixtureThread['messages'] = []) => ({ threads: { [JANE_ID]: jane(messages) } });

test('the greeting goes into Lexical’s state with the first name, Send comes on, Enter sends exactly it', async ({ openDm }) => {
  const dm = await openDm(THREAD, only([{ dir: 'in', text: 'hello' }]));
  await expect(dm.sidebar).toHaveAttribute('data-composer', 'found');
  await expect(dm.page.locator(send)).toHaveAttribute('aria-disabled', 'true');
  await expect(dm.sidebar.getByTestId('suggestion').first()).toHaveAttribute('data-title', 'Greeting');
  await dm.template('Greeting').click();
  await expect.poll(() => dm.editorText()).toContain('Hi Jane!');
  await expect(dm.page.locator(send)).toHaveAttribute('aria-disabled', 'false');
  expect(await dm.sendEnabled()).toBe(true);
  const inserted = (await dm.editorText())!;
  await dm.page.locator(box).press('Enter');
  await expect.poll(() => fixtureCall(dm.page, 'sent')).toEqual([inserted]);
  expect(await dm.editorText()).toBe('');
  await expect(dm.page.locator(send)).toHaveAttribute('aria-disabled', 'true');
});

test('/ship then Tab becomes the reply; a new customer question changes the suggestion', async ({ openDm }) => {
  const dm = await openDm(THREAD, only([{ dir: 'in', text: 'hello' }]));
  await shipShortcutThenPriceQuestion(dm, { composer: dm.page.locator(box) }, 'asks about the price');
});

test('a live message starts the waiting timer, a reply stops it; recorded under messenger:, the dashboard shows that first response', async ({
  openDm,
  context,
  worker,
}) => {
  const dm = await openDm(THREAD, only());
  const composer = dm.page.locator(box);
  const sendWhenOn = async () => {
    await expect(dm.page.locator(send)).toHaveAttribute('aria-disabled', 'false');
    await composer.press('Enter');
  };
  const { incoming, reply } = await timedFirstResponse(dm, { composer, send: sendWhenOn }, { context, worker });
  // No link to facebook.com in this chat: Messenger's records, by Business Suite's own id.
  for (const e of [incoming, reply])
    expect([e.platform, e.contactKey]).toEqual(['messenger', `messenger:business-suite:${JANE_ID}`]);
});

test('a chat switch by pushState moves contact and timer; each chat’s records go under its own channel', async ({
  openDm,
  worker,
}) => {
  const dm = await openDm(THREAD, { threads: { [JANE_ID]: jane([{ dir: 'in', text: 'hello' }]), [OMAR_ID]: omar } });
  const choose = (id: string) => dm.page.locator(`a[role="link"][data-thread="${id}"]`).click();
  await expect(dm.sidebar.getByTestId('contact-name')).toHaveText('Jane Doe');
  await expect.poll(async () => (await events(worker)).length).toBe(1);
  await dm.page.waitForTimeout(1600);
  await fixtureCall(dm.page, 'receive', 'Are you open on Sunday?');
  await expect(dm.sidebar.getByTestId('waiting')).toBeVisible();
  // The page is never reloaded: a mark left on it survives every switch.
  await dm.page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  await choose(OMAR_ID);
  await expect(dm.page).toHaveURL(new RegExp(`selected_item_id=${OMAR_ID}&thread_type=IG_MESSAGE`));
  await expect(dm.sidebar.getByTestId('contact-name')).toHaveText('Omar Haddad');
  await expect(dm.sidebar.getByTestId('waiting')).toHaveCount(0);
  await dm.template('Greeting').click();
  await expect.poll(() => dm.editorText()).toContain('Hi Omar!');
  await dm.page.waitForTimeout(1600);
  await fixtureCall(dm.page, 'receive', 'And in blue?');
  await expect(dm.sidebar.getByTestId('waiting')).toBeVisible();

  await choose(JANE_ID);
  await expect(dm.page).toHaveURL(new RegExp(`selected_item_id=${JANE_ID}&thread_type=FB_MESSAGE`));
  await expect(dm.sidebar.getByTestId('contact-name')).toHaveText('Jane Doe');
  await expect(dm.sidebar.getByTestId('waiting')).toBeVisible();
  expect(await dm.page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

  // Jane's chat: Messenger, by Business Suite's id; Omar's: Instagram, by instagram.com's own thread id (one contact
  // with the same chat opened on instagram.com).
  const jane_ = `messenger:business-suite:${JANE_ID}`;
  const omar_ = `instagram:${OMAR_IG}`;
  await expect.poll(async () => (await events(worker)).length).toBe(5);
  const stored = (await events(worker)).map((e) => `${e.contactKey} ${e.platform} ${e.direction}`).sort();
  expect(stored).toEqual(
    [
      `${jane_} messenger in`,
      `${jane_} messenger in`,
      `${omar_} instagram in`,
      `${omar_} instagram out`,
      `${omar_} instagram in`,
    ].sort(),
  );
  await expect
    .poll(async () => (await dbRows<{ key: string }>(worker, 'contacts')).map((c) => c.key).sort())
    .toEqual([jane_, omar_].sort());
});

test('a kind of conversation the sidekick does not know is said in words and kept under Business Suite itself', async ({
  openDm,
  worker,
}) => {
  const dm = await openDm(`${INBOX}?asset_id=1001&selected_item_id=${JANE_ID}&thread_type=FB_COMMENT`, only());
  await expect(dm.sidebar.getByTestId('status')).toContainText('of a kind the sidekick does not know (FB_COMMENT)');
  await dm.page.waitForTimeout(1600);
  await fixtureCall(dm.page, 'receive', 'Nice candles!');
  await expect
    .poll(async () => (await events(worker)).map((e) => [e.contactKey, e.platform]))
    .toEqual([[`business-suite:${JANE_ID}`, 'business-suite']]);
});

test('one conversation seen in Business Suite and on instagram.com is one contact, and its messages count once', async ({
  openDm,
  worker,
}) => {
  // The same Instagram conversation: in Business Suite (the customer panel links it on instagram.com) and on its own page.
  const same = { name: omar.name, handle: omar.handle, messages: omar.messages };
  const config = { threads: { [OMAR_ID]: omar, [OMAR_IG]: same } };
  await openDm(`${INBOX}?asset_id=1001&selected_item_id=${OMAR_ID}&thread_type=IG_MESSAGE`, config);
  const key = `instagram:${OMAR_IG}`;
  const mine = async () => (await events(worker)).filter((e) => e.contactKey === key);
  await expect.poll(async () => (await mine()).length).toBe(2);
  const first = (await mine()).map((e) => e.direction);

  const page = await openDm(`https://www.instagram.com/direct/t/${OMAR_IG}/`, config);
  await expect(page.sidebar).toHaveAttribute('data-thread', OMAR_IG);
  await page.page.waitForTimeout(2000);
  expect((await mine()).map((e) => e.direction)).toEqual(first);
  expect((await events(worker)).filter((e) => e.contactKey !== key)).toEqual([]);
  const contacts = await dbRows<{ key: string }>(worker, 'contacts');
  expect(contacts.map((c) => c.key)).toEqual([key]);
});
