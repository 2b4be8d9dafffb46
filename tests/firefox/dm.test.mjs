// The extension's main flows in real Firefox (Debian's firefox-esr), on Instagram's and Messenger's fixture pages at
// their real URLs: the sidebar and its contact, a template into Lexical's own state (one line and several), the
// /shortcut + Tab expansion, and a customer message then a reply recorded with its timing. Run: npm run test:firefox.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { clickInSidebar, dbRows, fixture, inSidebar, launchFirefox, openDm, until } from './harness.mjs';

/** @type {import('puppeteer-core').Browser} */
let browser;
/** Requests that tried to leave the machine, and the extension's warnings and page errors, during one test. */
/** @type {string[]} */
let blocked = [];
/** @type {string[]} */
let errors = [];

before(async () => {
  browser = await launchFirefox();
});
after(async () => {
  await browser?.close();
});
beforeEach(() => {
  blocked = [];
  errors = [];
});
afterEach(async () => {
  for (const page of await browser.pages()) if (page.url() !== 'about:blank') await page.close();
  assert.deepEqual(blocked, [], 'requests that tried to leave the machine');
  assert.deepEqual(errors, [], 'page errors and the extension’s warnings');
});

const GREETING = 'Hi Jane! Thanks for getting in touch. How can I help you today?';
const ORDER_LINES = [
  'Happy to help, Jane! To place your order, could you send me:',
  '1. The item and size or colour',
  '2. Your full name and shipping address',
  '3. A phone number for the courier',
];
const EDITOR = '[data-fixture-composer]';

const SITES = [
  { url: 'https://www.instagram.com/direct/t/', platform: 'instagram' },
  { url: 'https://www.facebook.com/messages/t/', platform: 'messenger' },
];

for (const { url: base, platform } of SITES) {
  const host = new URL(base).hostname;
  const url = `${base}1001/`;

  describe(`Firefox ${host}`, () => {
    test('the sidebar shows the conversation’s contact', async () => {
      const page = await openDm(browser, url, { blocked, errors });
      const contact = await until(
        () => inSidebar(page, '[data-testid="contact-name"]'),
        (c) => Boolean(c?.text.includes('Jane Doe')),
        'the contact name in the sidebar',
      );
      assert.match(contact?.text ?? '', /Jane Doe/);
    });

    test('a template goes into Lexical’s own state, personalised; Send comes on; nothing is sent', async () => {
      const page = await openDm(browser, url, { blocked, errors });
      const site = fixture(page);
      assert.equal(await site.sendEnabled(), false);
      await clickInSidebar(page, '[data-row][data-title="Greeting"]');
      await until(
        () => site.editorText(),
        (t) => t === GREETING,
        'the greeting in the editor state',
      );
      const status = await until(
        () => inSidebar(page, '[data-testid="status"]'),
        (s) => Boolean(s?.text.includes('Inserted “Greeting”')),
        'the sidebar status',
      );
      assert.match(status?.text ?? '', /Check it, then press Send/);
      assert.equal(await site.sendEnabled(), true);
      assert.deepEqual(await site.sent(), []);
    });

    test('a multi-line template keeps every line in Lexical’s state (no stray <br>)', async () => {
      const page = await openDm(browser, url, { blocked, errors });
      const site = fixture(page);
      await clickInSidebar(page, '[data-row][data-title="Order details"]');
      const text = await until(
        () => site.editorText(),
        (t) => Boolean(t?.includes('courier')),
        'the order details in the editor state',
      );
      assert.deepEqual(text?.split(/\n+/), ORDER_LINES);
      // Lexical's DOM is its state rendered: one paragraph per line, no <br> inside a line.
      const paragraphs = await page.evaluate(
        (sel) => [...(document.querySelector(sel)?.querySelectorAll('p') ?? [])].map((p) => p.textContent),
        EDITOR,
      );
      assert.deepEqual(
        paragraphs.filter((p) => p),
        ORDER_LINES,
      );
    });

    test('typing /ship then Tab in the composer expands to the shipping reply', async () => {
      const page = await openDm(browser, url, { blocked, errors });
      const site = fixture(page);
      await page.click(EDITOR);
      await page.keyboard.type('Sure! /ship');
      await until(
        () => site.editorText(),
        (t) => t === 'Sure! /ship',
        'the typed text',
      );
      await page.keyboard.press('Tab');
      const text = await until(
        () => site.editorText(),
        (t) => Boolean(t && /^Sure! Hi Jane! Orders ship within/.test(t)),
        'the shortcut expanded in the editor state',
      );
      assert.doesNotMatch(text ?? '', /\/ship/);
      assert.equal(
        await page.evaluate((sel) => document.activeElement === document.querySelector(sel), EDITOR),
        true,
        'the composer keeps the focus',
      );
    });

    test('a customer message starts the waiting timer, a reply stops it; both recorded with their timing', async () => {
      const thread = '2001';
      const page = await openDm(browser, `${base}${thread}/`, {
        blocked,
        errors,
        config: { threads: { [thread]: { name: 'Jane Doe', handle: 'jane.doe_shop' } } },
      });
      const site = fixture(page);
      // An empty thread may still be loading its history: rows in its first 1.5 s are not counted as new.
      await new Promise((r) => setTimeout(r, 1600));
      await site.receive('Where is my order?');
      await until(() => inSidebar(page, '[data-testid="waiting"]'), Boolean, 'the waiting timer');
      await new Promise((r) => setTimeout(r, 1500));
      await clickInSidebar(page, '[data-row][data-title="Shipping time"]');
      await until(
        () => site.editorText(),
        (t) => Boolean(t?.includes('Orders ship within')),
        'the reply in the editor',
      );
      await page.focus(EDITOR);
      await page.keyboard.press('Enter');
      await until(
        () => site.sent(),
        (s) => s.length === 1,
        'the reply sent by the site',
      );
      await until(
        () => inSidebar(page, '[data-testid="waiting"]'),
        (w) => w === null,
        'the waiting timer to stop',
      );

      /** @type {{ direction: string, at: number, source: string, history: boolean, threadId: string, platform: string, templateId?: number }[]} */
      const events = /** @type {any} */ (
        await until(
          async () => (await dbRows(browser, 'events')).filter((e) => e.platform === platform && e.threadId === thread),
          (rows) => rows.length === 2,
          'two events of the thread in the extension’s database',
        )
      );
      events.sort((x, y) => x.at - y.at);
      assert.deepEqual(
        events.map((e) => [e.direction, e.source, e.history]),
        [
          ['in', 'observed', false],
          ['out', 'observed', false],
        ],
      );
      const [incoming, reply] = events;
      assert.ok(incoming && reply);
      const seconds = (reply.at - incoming.at) / 1000;
      assert.ok(seconds > 1.5 && seconds < 10, `reply time ${seconds} s`);
      assert.ok((reply.templateId ?? 0) > 0, 'the reply is attributed to the template');
      assert.doesNotMatch(JSON.stringify(events), /Where is my order|Orders ship/, 'no message text stored');
    });
  });
}
