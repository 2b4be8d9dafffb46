// WhatsApp Web with the built extension, on the fixture served at https://web.whatsapp.com/ (one URL for every chat):
// insertion into its Lexical composer confirmed by the Send button replacing the voice-message button, shortcuts,
// suggestions, reply timing, surveys, chat switching without a URL change, group chats, row times in a day-first
// locale, and the chat search box that is never a target. Assertions read Lexical's own state (window.__fixture) and
// the extension's database.
import type { Worker } from '@playwright/test';
import type { FixtureThread } from '../fixtures/src/site';
import { dbRows, expect, fixtureCall, metricValue, test, type DmPage } from './harness';
import { questionComesFirst, surveyAnswerProposesFive, timedFirstResponse, waitingTimerCounts } from './site-flows';

type Event = {
  key: string;
  direction: string;
  at: number;
  source: string;
  history: boolean;
  templateId?: number;
  contactKey: string;
};

const WA = 'https://web.whatsapp.com/';
const OLU = '447700900123';
const ANA = '351912345678';
const BEN = '447700900777';
const GROUP = '120363012345678901';
const composer = '#main footer [contenteditable="true"][data-tab="10"]';
const search = '#side [contenteditable="true"][data-tab="3"]';
const send = (dm: DmPage) => dm.page.locator('#main footer button[aria-label="Send"]');
const mic = (dm: DmPage) => dm.page.locator('#main footer [data-icon="mic-outlined"]');
const key = (jid: string) => `whatsapp:${jid}`;

const olu = (messages: FixtureThread['messages'] = [{ dir: 'in', text: 'hello' }]): FixtureThread => ({
  name: 'Olu Adébáyọ̀',
  messages,
});

const metric = metricValue;
const events = async (worker: Worker) => (await dbRows<Event>(worker, 'events')).sort((a, b) => a.at - b.at);

test('the greeting goes into Lexical with the first name, Send replaces the voice button, Enter sends exactly it', async ({
  openDm,
  worker,
}) => {
  const dm = await openDm(WA, { threads: { [OLU]: olu() } });
  await expect(dm.sidebar.getByTestId('contact-name')).toHaveText('Olu Adébáyọ̀');
  await expect(mic(dm)).toBeVisible();
  await expect(send(dm)).toHaveCount(0);
  const first = dm.sidebar.getByTestId('suggestion').first();
  await expect(first).toHaveAttribute('data-title', 'Greeting');
  await expect(first.getByTestId('reason')).toHaveText('new customer');
  await first.click();
  const greeting = 'Hi Olu! Thanks for getting in touch. How can I help you today?';
  await expect.poll(() => dm.editorText()).toBe(greeting);
  await expect(send(dm)).toBeVisible();
  await expect(mic(dm)).toHaveCount(0);
  expect(await dm.sendEnabled()).toBe(true);
  // Send came on, so the insertion is confirmed: no warning.
  await expect(dm.sidebar.getByTestId('status')).toHaveText('Inserted “Greeting”. Check it, then press Send.');
  await expect(dm.sidebar.getByTestId('status')).toHaveClass(/\bok\b/);

  await dm.page.locator(composer).press('Enter');
  await expect.poll(() => fixtureCall(dm.page, 'sent')).toEqual([greeting]);
  await expect.poll(() => dm.editorText()).toBe('');
  await expect(mic(dm)).toBeVisible();
  // The opening message (history) and the reply (seen arriving, from the template), on the chat's jid.
  await expect.poll(async () => (await events(worker)).length).toBe(2);
  expect((await events(worker)).map((e) => [e.contactKey, e.direction, e.history, e.templateId !== undefined])).toEqual([
    [key(`${OLU}@c.us`), 'in', true, false],
    [key(`${OLU}@c.us`), 'out', false, true],
  ]);
});

test('/ship then Tab becomes the personalised reply, with Send ready', async ({ openDm }) => {
  const dm = await openDm(WA, { threads: { [OLU]: olu() } });
  await dm.page.locator(composer).click();
  await dm.page.keyboard.type('/ship');
  await expect(send(dm)).toBeVisible();
  await dm.page.keyboard.press('Tab');
  await expect
    .poll(() => dm.editorText())
    .toBe(
      'Hi Olu! Orders ship within 1–2 business days, and delivery usually takes 3–5 business days after that. I will send you the tracking number as soon as it ships.',
    );
  await expect(send(dm)).toBeVisible();
  await send(dm).click();
  await expect.poll(() => fixtureCall(dm.page, 'sent')).toHaveLength(1);
});

test('a new customer question changes the suggestion', async ({ openDm }) => {
  const dm = await openDm(WA, { threads: { [OLU]: olu() } });
  await expect(dm.sidebar.getByTestId('suggestion').first()).toHaveAttribute('data-title', 'Greeting');
  await questionComesFirst(dm, '¿Cuánto cuesta?', { title: 'Price question', reason: 'asks about the price' });
});

test('a live message starts the waiting timer, a reply stops it; the dashboard shows that first response time', async ({
  openDm,
  context,
  worker,
}) => {
  // A chat with no message yet is known by its header; its first message gives it its jid and is seen arriving.
  const dm = await openDm(WA, { threads: { [OLU]: olu([]) } });
  const { incoming, reply, seconds, dashboard } = await timedFirstResponse(
    dm,
    { composer: dm.page.locator(composer) },
    { context, worker, meanwhile: () => waitingTimerCounts(dm) },
  );
  expect([incoming, reply].map((e) => [e.contactKey, e.direction, e.source, e.history])).toEqual([
    [key(`${OLU}@c.us`), 'in', 'observed', false],
    [key(`${OLU}@c.us`), 'out', 'observed', false],
  ]);
  expect(seconds).toBeGreaterThan(3);
  expect(seconds).toBeLessThan(8);
  expect(JSON.stringify(await events(worker))).not.toMatch(/Porto|Orders ship/);
  expect(await metric(dashboard, 'conversations')).toBe(1);
  expect(await metric(dashboard, 'messages-in')).toBe(1);
  expect(await metric(dashboard, 'messages-out')).toBe(1);
  expect(await metric(dashboard, 'waiting')).toBe(0);
});

test('a survey answer "5 ⭐" proposes ★5 and logs it', async ({ openDm, worker }) => {
  const dm = await openDm(WA, { threads: { [OLU]: olu([{ dir: 'in', text: 'Got it, thank you!' }]) } });
  const suggestion = await surveyAnswerProposesFive(
    dm,
    { composer: dm.page.locator(composer) },
    { answer: '5 ⭐ thanks!', firstName: 'Olu' },
  );
  await suggestion.getByTestId('feedback-accept').click();
  await expect
    .poll(async () =>
      (await dbRows<{ rating: number; contactKey: string }>(worker, 'feedback')).map((f) => [f.rating, f.contactKey]),
    )
    .toEqual([[5, key(`${OLU}@c.us`)]]);
});

test('switching chats re-renders #main without a URL change: contact, suggestions, timer and profile follow', async ({
  openDm,
  worker,
}) => {
  const dm = await openDm(WA, {
    threads: {
      [OLU]: olu([{ dir: 'in', text: 'Hi! Is the blue candle still available?' }]),
      [ANA]: { name: 'Ana Lima', messages: [{ dir: 'in', text: 'How long does shipping take to Lisbon?' }] },
      [BEN]: {
        name: 'Ben Okafor',
        messages: [
          { dir: 'in', text: 'Thanks!' },
          { dir: 'out', text: 'You are welcome.' },
        ],
      },
    },
  });
  const chat = (id: string) => dm.page.locator(`#side [data-thread="${id}"]`).click();
  const override = dm.sidebar.getByTestId('contact-first-name');
  await expect(override).toHaveAttribute('placeholder', 'Olu');
  // Once the opening message is stored and its thread update pushed, and before any new message: a thread update
  // arriving while the field is being edited resets its draft (components/ContactCard.tsx).
  await expect.poll(async () => (await events(worker)).length).toBe(1);
  await dm.page.waitForTimeout(500);
  await override.fill('Lu');
  await override.press('Enter');
  await override.blur();
  await expect
    .poll(async () =>
      (await dbRows<{ key: string; firstNameOverride?: string }>(worker, 'contacts')).map((c) => [c.key, c.firstNameOverride]),
    )
    .toEqual([[key(`${OLU}@c.us`), 'Lu']]);
  await dm.page.waitForTimeout(1600);
  await fixtureCall(dm.page, 'receive', 'Are you open on Sunday?');
  await expect(dm.sidebar.getByTestId('waiting')).toBeVisible();

  const main = await dm.page.locator('#main').elementHandle();
  await chat(ANA);
  await expect(dm.sidebar.getByTestId('contact-name')).toHaveText('Ana Lima');
  expect(await main.evaluate((el) => el.isConnected)).toBe(false);
  expect(dm.page.url()).toBe(WA);
  await expect(dm.sidebar.getByTestId('contact-first-name')).toHaveValue('');
  await expect(dm.sidebar.getByTestId('contact-first-name')).toHaveAttribute('placeholder', 'Ana');
  await expect(dm.sidebar.getByTestId('suggestion').first()).toHaveAttribute('data-title', 'Shipping time');
  await dm.sidebar.getByTestId('suggestion').first().click();
  await expect.poll(() => dm.editorText()).toContain('Hi Ana! Orders ship within');

  await chat(BEN);
  await expect(dm.sidebar.getByTestId('contact-name')).toHaveText('Ben Okafor');
  await expect(dm.sidebar.getByTestId('last-from')).toHaveAttribute('data-direction', 'out');
  await expect(dm.sidebar.getByTestId('waiting')).toHaveCount(0);

  await chat(OLU);
  await expect(dm.sidebar.getByTestId('contact-name')).toHaveText('Olu Adébáyọ̀');
  await expect(dm.sidebar.getByTestId('contact-first-name')).toHaveValue('Lu');
  await expect(dm.sidebar.getByTestId('waiting')).toBeVisible();
  expect(dm.page.url()).toBe(WA);
  // Each chat's messages are stored under its own jid, each once.
  await expect
    .poll(async () => new Set((await events(worker)).map((e) => e.contactKey)))
    .toEqual(new Set([key(`${OLU}@c.us`), key(`${ANA}@c.us`), key(`${BEN}@c.us`)]));
  expect((await events(worker)).filter((e) => e.contactKey === key(`${OLU}@c.us`))).toHaveLength(2);
});

test('a group chat: the sidebar says so and the greeting addresses the latest sender', async ({ openDm, worker }) => {
  const dm = await openDm(WA, {
    threads: {
      [GROUP]: {
        name: 'Candle lovers',
        group: true,
        messages: [
          { dir: 'in', from: 'Ana Souza', text: 'Do you ship to Lisbon?' },
          { dir: 'out', text: 'We do, in 3 days.' },
          { dir: 'in', from: 'Ben Okafor', text: 'And to Porto?' },
        ],
      },
    },
  });
  await expect(dm.sidebar.getByTestId('contact-name')).toHaveText('Candle lovers');
  await expect(dm.sidebar.getByTestId('group-note')).toHaveText('Group chat — replies greet Ben Okafor');
  await dm.page.waitForTimeout(1600);
  await fixtureCall(dm.page, 'receive', 'Me too: is the blue one still there?', 'Carla Mendes');
  await expect(dm.sidebar.getByTestId('group-note')).toHaveText('Group chat — replies greet Carla Mendes');
  await dm.template('Greeting').click();
  await expect.poll(() => dm.editorText()).toBe('Hi Carla! Thanks for getting in touch. How can I help you today?');
  await expect(send(dm)).toBeVisible();
  await expect.poll(async () => (await events(worker)).length).toBe(4);
  expect(new Set((await events(worker)).map((e) => e.contactKey))).toEqual(new Set([key(`${GROUP}@g.us`)]));
});

test('the chat search box is never typed into: shortcuts and insertions go to the message box only', async ({ openDm }) => {
  const dm = await openDm(WA, { threads: { [OLU]: olu() } });
  const box = dm.page.locator(search);
  await box.click();
  await dm.page.keyboard.type('/ship');
  await dm.page.keyboard.press('Tab');
  await dm.page.waitForTimeout(300);
  await expect(box).toHaveText('/ship');
  expect(await dm.editorText()).toBe('');
  // With the search box focused, a click on a reply still goes into the chat's message box.
  await box.click();
  await dm.template('Greeting').click();
  await expect.poll(() => dm.editorText()).toBe('Hi Olu! Thanks for getting in touch. How can I help you today?');
  await expect(box).toHaveText('/ship');
  await expect(send(dm)).toBeVisible();
});

test('row times in a day-first locale: an ambiguous 05/06 is read as another row proves; a voice note has none', async ({
  openDm,
  worker,
}) => {
  const june5 = new Date(2026, 5, 5, 9, 30).getTime();
  const nov20 = new Date(2026, 10, 20, 18, 45).getTime();
  await openDm(WA, {
    variant: { timeLocale: 'en-GB' },
    threads: {
      [OLU]: olu([
        { dir: 'in', text: 'Is the shop open in June?', at: june5 },
        { dir: 'out', text: 'Every day but Sunday.', at: june5 + 5 * 60_000 },
        { dir: 'in', text: '', media: 'voice', at: nov20 - 60_000 },
        { dir: 'in', text: 'Back again: any candles left?', at: nov20 },
      ]),
    },
  });
  await expect.poll(async () => (await events(worker)).length).toBe(4);
  const stored = await dbRows<Event>(worker, 'events');
  const timed = stored.filter((e) => e.source === 'page').sort((a, b) => a.at - b.at);
  expect(timed.map((e) => [e.direction, e.at])).toEqual([
    ['in', june5],
    ['out', june5 + 5 * 60_000],
    ['in', nov20],
  ]);
  // The voice note prints no date: it is not given one.
  expect(stored.filter((e) => e.source === 'estimated').map((e) => e.direction)).toEqual(['in']);
});

test('row times in a day-first locale with nothing to prove the order are not guessed', async ({ openDm, worker }) => {
  const june5 = new Date(2026, 5, 5, 9, 30).getTime();
  await openDm(WA, {
    variant: { timeLocale: 'en-GB' },
    threads: {
      [OLU]: olu([
        { dir: 'in', text: 'Is the shop open in June?', at: june5 },
        { dir: 'out', text: 'Every day but Sunday.', at: june5 + 5 * 60_000 },
      ]),
    },
  });
  await expect.poll(async () => (await events(worker)).length).toBe(2);
  expect((await events(worker)).map((e) => e.source)).toEqual(['estimated', 'estimated']);
});
