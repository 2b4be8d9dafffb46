// Alibaba.com IM end to end, as a supplier meets it: the built extension on fixture pages at onetalk.alibaba.com (a
// Chinese interface), one URL for every chat, a React-controlled textarea (real react-dom), auto-reception rows.
import { dbRows, expect, fixtureCall, test } from './harness';
import { shipShortcutThenPriceQuestion, timedFirstResponse } from './site-flows';

const ONETALK = 'https://onetalk.alibaba.com/message/weblitePWA.htm#/';
const textarea = 'textarea.send-textarea';
const threads = (messages: { dir: 'in' | 'out'; text: string }[] = []) => ({
  threads: { '1': { name: 'Jane Doe', messages }, '2': { name: 'Li Wei', messages: [{ dir: 'in' as const, text: 'MOQ?' }] } },
});
type Event = { direction: string; source: string; at: number };

test('the greeting goes into React’s state with the first name, Send is ready, Enter sends exactly it', async ({ openDm }) => {
  const dm = await openDm(ONETALK, threads([{ dir: 'in', text: 'hello' }]));
  await expect(dm.sidebar).toHaveAttribute('data-composer', 'found');
  await expect(dm.page.locator('button.send-tool-button')).toHaveText('发送');
  // A plain `.value =` changes nothing React knows.
  await dm.page.locator(textarea).evaluate((el: HTMLTextAreaElement) => (el.value = 'typed behind React'));
  expect(await dm.editorText()).toBe('');
  await dm.page.locator(textarea).evaluate((el: HTMLTextAreaElement) => (el.value = ''));

  await expect(dm.sidebar.getByTestId('suggestion').first()).toHaveAttribute('data-title', 'Greeting');
  await dm.template('Greeting').click();
  await expect.poll(() => dm.editorText()).toContain('Hi Jane!');
  expect(await dm.sendEnabled()).toBe(true);
  const inserted = (await dm.editorText())!;
  await dm.page.locator(textarea).press('Enter');
  await expect.poll(() => fixtureCall(dm.page, 'sent')).toEqual([inserted]);
  expect(await dm.editorText()).toBe('');
});

test('/ship then Tab becomes the reply; a new customer question changes the suggestion', async ({ openDm }) => {
  const dm = await openDm(ONETALK, threads([{ dir: 'in', text: 'hello' }]));
  await shipShortcutThenPriceQuestion(dm, { composer: dm.page.locator(textarea) });
});

test('a live message starts the waiting timer; an auto-reply does not stop it, a reply does; the dashboard shows that first response', async ({
  openDm,
  context,
  worker,
}) => {
  const dm = await openDm(ONETALK, threads());
  const autoReplyMeanwhile = async () => {
    await dm.page.waitForTimeout(1000);
    // The site's auto-reception answers by itself: not the seller's reply.
    await dm.page.evaluate(() =>
      (window as unknown as { __alibabaAutoReply(t: string): void }).__alibabaAutoReply(
        'Thanks for your message, we will reply soon.',
      ),
    );
    await dm.page.waitForTimeout(1500);
    await expect(dm.sidebar.getByTestId('waiting')).toBeVisible();
    expect((await dbRows<Event>(worker, 'events')).map((e) => e.direction)).toEqual(['in']);
  };
  await timedFirstResponse(dm, { composer: dm.page.locator(textarea) }, { context, worker, meanwhile: autoReplyMeanwhile });
});

test('choosing another contact in the list switches the chat at the same URL', async ({ openDm }) => {
  const dm = await openDm(ONETALK, threads([{ dir: 'in', text: 'hello' }]));
  await expect(dm.sidebar.getByTestId('suggestion').first()).toHaveAttribute('data-title', 'Greeting');
  await dm.page.locator('.contact-item-container[data-name="Li Wei"]').click();
  await dm.template('Greeting').click();
  await expect.poll(() => dm.editorText()).toContain('Hi Li!');
});
