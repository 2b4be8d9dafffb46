import { dbRows, expect, fixtureCall, test } from './harness';

for (const url of ['https://www.instagram.com/direct/t/1001/', 'https://www.facebook.com/messages/t/1001/']) {
  const site = new URL(url).hostname;

  test(`${site}: a template goes into Lexical personalised, Send enabled, nothing sent`, async ({ openDm, worker }) => {
    const dm = await openDm(url);
    expect(await dm.sendEnabled()).toBe(false);
    await dm.template('Greeting').click();
    await expect(dm.sidebar.getByTestId('status')).toContainText('Inserted “Greeting”');
    expect(await dm.editorText()).toBe('Hi Jane! Thanks for getting in touch. How can I help you today?');
    expect(await dm.sendEnabled()).toBe(true);
    expect(await fixtureCall(dm.page, 'sent')).toEqual([]);
    await expect
      .poll(
        async () =>
          (await dbRows<{ title: string; useCount: number }>(worker, 'templates')).find((t) => t.title === 'Greeting')?.useCount,
      )
      .toBe(1);
  });

  test(`${site}: a multi-line template keeps every line`, async ({ openDm }) => {
    const dm = await openDm(url);
    await dm.template('Order details').click();
    await expect(dm.sidebar.getByTestId('status')).toContainText('Inserted');
    const lines = (await dm.editorText())!.split(/\n+/);
    expect(lines).toEqual([
      'Happy to help, Jane! To place your order, could you send me:',
      '1. The item and size or colour',
      '2. Your full name and shipping address',
      '3. A phone number for the courier',
    ]);
  });

  test(`${site}: Enter sends what was inserted and the outgoing row appears`, async ({ openDm }) => {
    const dm = await openDm(url);
    await dm.template('Shipping time').click();
    await expect.poll(() => dm.editorText()).toContain('Hi Jane! Orders ship');
    await dm.page.locator('[contenteditable="true"][role="textbox"]').press('Enter');
    await expect.poll(() => fixtureCall(dm.page, 'sent')).toHaveLength(1);
    const rows = await fixtureCall(dm.page, 'rows');
    expect(rows.at(-1)).toEqual({ dir: 'out', text: expect.stringContaining('Hi Jane! Orders ship') });
    expect(await dm.editorText()).toBe('');
    expect(await dm.sendEnabled()).toBe(false);
  });

  test(`${site}: inserts at the caret, keeping what the seller already typed`, async ({ openDm }) => {
    const dm = await openDm(url);
    const editor = dm.page.locator('[contenteditable="true"][role="textbox"]');
    await editor.click();
    await dm.page.keyboard.type('Thanks!  See you soon.');
    for (let i = 0; i < ' See you soon.'.length; i++) await dm.page.keyboard.press('ArrowLeft');
    await dm.template('Follow-up').click();
    await expect(dm.sidebar.getByTestId('status')).toContainText('Inserted');
    expect(await dm.editorText()).toBe(
      'Thanks! Hi Jane, just checking in on my last message. Do you have any other questions I can help with? See you soon.',
    );
  });
}

test('with no usable display name, the handle gives the first name; with neither, the fallback wording', async ({ openDm }) => {
  const threads = { '7': { name: '🌸✨', handle: 'flower.shop' }, '8': { name: '🌸✨', handle: 'x_99' } };
  let dm = await openDm('https://www.instagram.com/direct/t/7/', { threads });
  await dm.template('Greeting').click();
  await expect.poll(() => dm.editorText()).toBe('Hi Flower! Thanks for getting in touch. How can I help you today?');
  dm = await openDm('https://www.instagram.com/direct/t/8/', { threads });
  await dm.template('Greeting').click();
  await expect.poll(() => dm.editorText()).toBe('Hi there! Thanks for getting in touch. How can I help you today?');
});
