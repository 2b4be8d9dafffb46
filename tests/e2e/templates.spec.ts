import { dbRows, expect, fixtureCall, importTemplates, test } from './harness';
import { questionComesFirst } from './site-flows';

const IG = 'https://www.instagram.com/direct/t/1001/';
const editor = '[contenteditable="true"][role="textbox"]';

test('a shipping question puts the shipping reply among the suggestions, with its reason', async ({ openDm }) => {
  const dm = await openDm(IG, {
    threads: {
      '1001': { name: 'Jane Doe', handle: 'jane', messages: [{ dir: 'in', text: 'Hi! How long does shipping take to Lisbon?' }] },
    },
  });
  const suggestion = dm.sidebar.locator('[data-testid="suggestion"][data-title="Shipping time"]');
  await expect(suggestion).toBeVisible();
  await expect(suggestion.getByTestId('reason')).toHaveText('asks about shipping');
  // A new customer message re-ranks at once.
  await questionComesFirst(dm, '¿Cuánto cuesta?', { title: 'Price question', reason: 'asks about the price' });
  await dm.sidebar.getByTestId('suggestion').first().click();
  await expect.poll(() => dm.editorText()).toContain('Hi Jane! Thanks for asking.');
});

test('a new customer gets the greeting suggested; a thanks gets the review request or survey', async ({ openDm }) => {
  const dm = await openDm(IG, {
    threads: { '1001': { name: 'Ana Lima', handle: 'ana', messages: [{ dir: 'in', text: 'hello' }] } },
  });
  await expect(dm.sidebar.getByTestId('suggestion').first()).toHaveAttribute('data-title', 'Greeting');
  await expect(dm.sidebar.getByTestId('suggestion').first().getByTestId('reason')).toHaveText('new customer');
  await dm.template('Greeting').click();
  await expect.poll(() => dm.editorText()).toContain('Hi Ana!');
  await dm.page.locator(editor).press('Enter');
  await fixtureCall(dm.page, 'receive', 'Got it, thank you so much!');
  await expect(dm.sidebar.getByTestId('suggestion').first().getByTestId('reason')).toHaveText('customer said thanks');
  const titles = await dm.sidebar.getByTestId('suggestion').evaluateAll((els) => els.map((e) => e.getAttribute('data-title')));
  expect(titles.slice(0, 2).sort()).toEqual(['Review request', 'Satisfaction survey']);
});

test('a missing {{order_id}} is asked for, Enter inserts, and it is remembered for the contact', async ({
  openDm,
  context,
  extensionId,
  worker,
}) => {
  await importTemplates(context, extensionId, [
    { title: 'Order status', body: 'Hi {{first_name}}, order {{order_id}} is on its way.', shortcut: 'status' },
  ]);
  const dm = await openDm(IG);
  await dm.template('Order status').click();
  const form = dm.sidebar.getByTestId('fill-in');
  await expect(form).toBeVisible();
  await expect(form.locator('input[name]')).toHaveCount(1);
  const input = form.locator('input[name="order_id"]');
  await expect(input).toBeFocused();
  await input.fill('A-1001');
  await input.press('Enter');
  await expect.poll(() => dm.editorText()).toBe('Hi Jane, order A-1001 is on its way.');
  await expect(form).toHaveCount(0);
  await expect
    .poll(async () => (await dbRows<{ key: string; fields: Record<string, string> }>(worker, 'contacts'))[0]?.fields)
    .toEqual({ order_id: 'A-1001' });
  // Next time it is known: no form.
  await dm.page.reload();
  await dm.template('Order status').click();
  await expect.poll(() => dm.editorText()).toBe('Hi Jane, order A-1001 is on its way.');
  await expect(dm.sidebar.getByTestId('fill-in')).toHaveCount(0);
});

test('slash shortcuts: /ship then Tab becomes the reply; an unknown one is left alone', async ({ openDm }) => {
  const dm = await openDm(IG);
  const box = dm.page.locator(editor);
  await box.click();
  await dm.page.keyboard.type('/ship');
  await dm.page.keyboard.press('Tab');
  await expect
    .poll(() => dm.editorText())
    .toBe(
      'Hi Jane! Orders ship within 1–2 business days, and delivery usually takes 3–5 business days after that. I will send you the tracking number as soon as it ships.',
    );
  expect(await dm.sendEnabled()).toBe(true);
  await dm.page.keyboard.press('Enter');
  await expect.poll(() => fixtureCall(dm.page, 'sent')).toHaveLength(1);

  await box.click();
  await dm.page.keyboard.type('Thanks /nope');
  await dm.page.keyboard.press('Tab');
  await dm.page.waitForTimeout(300);
  expect(await dm.editorText()).toBe('Thanks /nope');
});

test('slash shortcuts: a multi-line reply replaces the shortcut mid-sentence, keeping the text around it', async ({ openDm }) => {
  const dm = await openDm('https://www.facebook.com/messages/t/1001/');
  await dm.page.locator(editor).click();
  await dm.page.keyboard.type('Sure! /order');
  await dm.page.keyboard.press('Tab');
  await expect
    .poll(async () => (await dm.editorText())?.split(/\n+/))
    .toEqual([
      'Sure! Happy to help, Jane! To place your order, could you send me:',
      '1. The item and size or colour',
      '2. Your full name and shipping address',
      '3. A phone number for the courier',
    ]);
});

test('slash shortcuts with Space, when the seller chooses it', async ({ openDm, context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('setting-trigger').selectOption('space');
  await expect(options.getByTestId('setting-trigger')).toHaveValue('space');
  await options.close();
  const dm = await openDm(IG);
  await dm.page.locator(editor).click();
  await dm.page.keyboard.type('/hi ');
  await expect.poll(() => dm.editorText()).toBe('Hi Jane! Thanks for getting in touch. How can I help you today?');
});

test('search finds by typo and by tag, highlighting what matched', async ({ openDm }) => {
  const dm = await openDm(IG);
  const search = dm.sidebar.getByTestId('search');
  await search.fill('shiping');
  const first = dm.sidebar.getByTestId('template').first();
  await expect(first).toHaveAttribute('data-title', 'Shipping time');
  await expect(first.locator('mark').first()).toHaveText('Shipping');
  await search.fill('tag:complaint');
  await expect(dm.sidebar.getByTestId('template')).toHaveCount(1);
  await expect(dm.sidebar.getByTestId('template')).toHaveAttribute('data-title', 'Resolving a complaint');
  await search.fill('tag:survey rate');
  await expect(dm.sidebar.getByTestId('template')).toHaveAttribute('data-title', 'Satisfaction survey');
  // ↓ then Enter inserts; Esc in the list returns to the search box.
  await search.press('ArrowDown');
  await expect(dm.sidebar.getByTestId('template').first()).toBeFocused();
  await dm.page.keyboard.press('Escape');
  await expect(search).toBeFocused();
  await search.press('Enter');
  await expect.poll(() => dm.editorText()).toContain('how would you rate your order');
});

test('the contact’s first-name override is used and kept', async ({ openDm, worker }) => {
  const dm = await openDm(IG, { threads: { '1001': { name: 'Dr. Jonathan Smith-Jones', handle: 'jsj' } } });
  const override = dm.sidebar.getByTestId('contact-first-name');
  await expect(override).toHaveAttribute('placeholder', 'Jonathan');
  await override.fill('Jon');
  await override.press('Enter');
  await override.blur();
  await expect
    .poll(async () => (await dbRows<{ firstNameOverride: string }>(worker, 'contacts'))[0]?.firstNameOverride)
    .toBe('Jon');
  await dm.page.reload();
  await expect(dm.sidebar.getByTestId('contact-first-name')).toHaveValue('Jon');
  await dm.template('Greeting').click();
  await expect.poll(() => dm.editorText()).toContain('Hi Jon!');
});

test('what the seller is typing in the profile survives a customer message arriving meanwhile', async ({ openDm, worker }) => {
  const dm = await openDm(IG, { threads: { '1001': { name: 'Jane Doe', handle: 'jane' } } });
  await dm.page.waitForTimeout(1600);
  const override = dm.sidebar.getByTestId('contact-first-name');
  await override.click();
  await override.pressSequentially('Jan');
  // A message arrives: it is stored and the thread's details are pushed to the sidebar again.
  await fixtureCall(dm.page, 'receive', 'Hello?');
  await expect(dm.sidebar.getByTestId('waiting')).toBeVisible();
  await expect(override).toHaveValue('Jan');
  await override.pressSequentially('ie');
  await override.press('Enter');
  await expect
    .poll(async () => (await dbRows<{ firstNameOverride: string }>(worker, 'contacts'))[0]?.firstNameOverride)
    .toBe('Janie');
});

test('a second promo within the cooldown warns first', async ({ openDm }) => {
  const dm = await openDm(IG);
  await dm.template('Promotion').click();
  await expect.poll(() => dm.editorText()).toContain('This week only');
  await dm.page.locator(editor).press('Enter');
  await dm.template('Promotion').click();
  const warning = dm.sidebar.getByTestId('spam-warning');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('You inserted a promo for Jane');
  expect(await dm.editorText()).toBe('');
  await warning.getByTestId('spam-cancel').click();
  await expect(warning).toHaveCount(0);
  expect(await dm.editorText()).toBe('');
  await dm.template('Promotion').click();
  await dm.sidebar.getByTestId('spam-confirm').click();
  await expect.poll(() => dm.editorText()).toContain('This week only');
  // The suggestion list shows it demoted with why.
  await expect(dm.sidebar.locator('[data-testid="suggestion"][data-title="Promotion"]')).toHaveCount(0);
});

test('a large library lists the 50 most used and is searched for the rest', async ({ openDm, context, extensionId }) => {
  await importTemplates(
    context,
    extensionId,
    Array.from({ length: 120 }, (_, i) => ({ title: `Bulk reply ${i}`, body: `Answer number ${i}`, tags: ['bulk'] })),
  );
  const dm = await openDm(IG, { threads: { '1001': { name: 'Jane Doe', handle: 'jane' } } });
  await expect(dm.sidebar.getByTestId('template')).toHaveCount(50);
  await expect(dm.sidebar.getByTestId('more-replies')).toHaveText('80 more saved replies: type to search them all.');
  await dm.sidebar.getByTestId('search').fill('Bulk reply 117');
  await expect(dm.sidebar.getByTestId('template').first()).toHaveAttribute('data-title', 'Bulk reply 117');
  await expect(dm.sidebar.getByTestId('more-replies')).toHaveCount(0);
});
