// Drives the Firefox build (.output/firefox-mv2) in Debian's Firefox ESR over WebDriver BiDi (puppeteer-core): the
// extension is installed as a temporary add-on, the fixture DM sites answer at their real URLs through request
// interception, and every other web request is aborted and recorded, so a test fails if anything tried to leave the
// machine.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { FIXTURE_SITES, REGISTERED_SITES, fixtureHtml } from '../fixtures/routes.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const EXTENSION_DIR = `${root}.output/firefox-mv2`;
const FIXTURES = `${root}tests/fixtures/`;

/** The add-on's id (wxt.config.ts, gecko.id) and the internal UUID its moz-extension: pages get in this profile. */
const ADDON_ID = 'dm-sidekick@dm-sidekick.app';
const ADDON_UUID = '0d3c6a1e-5b7f-4c2a-9e8d-1f2a3b4c5d6e';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

/** @type {import('../fixtures/src/site').FixtureThread} */
export const JANE = {
  name: 'Jane Doe',
  handle: 'jane.doe_shop',
  messages: [{ dir: 'in', text: 'Hi! Is this still available?' }],
};

/** Debian's Firefox ESR (apt package firefox-esr), or FIREFOX_PATH. */
export function firefoxPath() {
  const found = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));
  if (!found) throw new Error("No Firefox found: install Debian's firefox-esr (apt-get install firefox-esr) or set FIREFOX_PATH");
  return found;
}

/** Launches Firefox with the built extension installed as a temporary add-on. */
export async function launchFirefox() {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`))
    throw new Error(`no Firefox build in ${EXTENSION_DIR}: npm run build:firefox`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    protocol: 'webDriverBiDi',
    // WebDriver BiDi refuses to navigate a tab to a moz-extension: URL unless the remote agent may reach privileged
    // pages; the tests read the extension's database from its own page (dbRows), as the Chromium e2e does from its
    // service worker.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // A fixed internal UUID, so the tests can open the extension's own pages (and its database) by URL.
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
    },
  });
  const id = await browser.installExtension(EXTENSION_DIR);
  if (id !== ADDON_ID) throw new Error(`installed add-on ${id}, expected ${ADDON_ID}`);
  return browser;
}

/** @param {string} name */
function asset(name) {
  return readFileSync(name === 'site.css' ? `${FIXTURES}site.css` : `${FIXTURES}dist/${name}`);
}

/** URLs a page makes in memory or from the extension itself: never a request that leaves the machine. */
const IN_BROWSER = /^(moz-extension:|data:|blob:|about:)/;

/**
 * Answers every request of `page`: fixture pages and assets at the DM hosts, the extension's own URLs go through,
 * everything else is aborted and pushed to `blocked`.
 * @param {import('puppeteer-core').Page} page
 * @param {{ config: () => import('../fixtures/src/site').FixtureConfig, blocked: string[] }} options
 */
export async function routeFixtures(page, { config, blocked }) {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const raw = request.url();
    if (IN_BROWSER.test(raw)) return void request.continue();
    const url = new URL(raw);
    const site = url.protocol === 'https:' ? FIXTURE_SITES[url.hostname] : undefined;
    if (!site) {
      blocked.push(raw);
      return void request.abort('blockedbyclient');
    }
    if (url.pathname.startsWith('/__fixture__/')) {
      const name = url.pathname.slice('/__fixture__/'.length);
      const known = name === 'site.css' || name === 'probe.js' || REGISTERED_SITES.some((s) => `${s.id}.js` === name);
      if (!known) return void request.respond({ status: 404, body: '' });
      const contentType = name.endsWith('.css') ? 'text/css' : 'text/javascript';
      return void request.respond({ status: 200, contentType, body: asset(name) });
    }
    // BiDi gives no resource type: only a navigation gets a page; anything else a page asks for (a favicon) is
    // answered empty, never fetched.
    if (!request.isNavigationRequest()) return void request.respond({ status: 404, body: '' });
    return void request.respond({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: fixtureHtml(site, config()),
    });
  });
}

/**
 * Polls `fn` until it returns something `ok` accepts, or throws with the last value after `timeoutMs`.
 * @template T
 * @param {() => Promise<T>} fn
 * @param {(value: T) => boolean} ok
 * @param {string} what
 */
export async function until(fn, ok, what, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    last = await fn();
    if (ok(last)) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Opens a fixture DM page at a real URL in a new tab and waits for the sidebar.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @param {{ blocked: string[], errors: string[], config?: import('../fixtures/src/site').FixtureConfig }} options
 */
export async function openDm(browser, url, { blocked, errors, config = { threads: { 1001: JANE } } }) {
  const page = await browser.newPage();
  page.on('pageerror', (e) => errors.push(`page error on ${url}: ${e instanceof Error ? e.message : String(e)}`));
  page.on('console', (m) => {
    // The extension's own warnings and errors (its logger prefixes "DM Sidekick") fail the test.
    if ((m.type() === 'warn' || m.type() === 'error') && m.text().includes('DM Sidekick')) errors.push(m.text());
  });
  await routeFixtures(page, { config: () => config, blocked });
  await page.goto(url);
  await until(
    () =>
      page.evaluate(() => Boolean(document.querySelector('dm-sidekick')?.shadowRoot?.querySelector('[data-testid="sidekick"]'))),
    Boolean,
    `the sidebar on ${url}`,
    10_000,
  );
  return page;
}

/**
 * Text and attributes inside the sidebar's shadow root.
 * @param {import('puppeteer-core').Page} page
 * @param {string} selector
 */
export function inSidebar(page, selector) {
  return page.evaluate((sel) => {
    const root = document.querySelector('dm-sidekick')?.shadowRoot;
    const el = root?.querySelector(sel);
    if (!el) return null;
    return { text: el.textContent ?? '', attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])) };
  }, selector);
}

/**
 * Clicks an element inside the sidebar's shadow root with a real (trusted) mouse click at its centre.
 * @param {import('puppeteer-core').Page} page
 * @param {string} selector
 */
export async function clickInSidebar(page, selector) {
  const handle = await page.evaluateHandle(
    (sel) => document.querySelector('dm-sidekick')?.shadowRoot?.querySelector(sel) ?? null,
    selector,
  );
  const element = handle.asElement();
  if (!element) throw new Error(`nothing matches ${selector} in the sidebar`);
  await /** @type {import('puppeteer-core').ElementHandle<Element>} */ (element).click();
}

/**
 * The fixture site's window API (tests/fixtures/src/site.ts).
 * @param {import('puppeteer-core').Page} page
 */
export const fixture = (page) => ({
  editorText: () => page.evaluate(() => window.__fixture.editorText()),
  sendEnabled: () => page.evaluate(() => window.__fixture.sendEnabled()),
  sent: () => page.evaluate(() => window.__fixture.sent()),
  /** @param {string} text */
  receive: (text) => page.evaluate((t) => window.__fixture.receive(t), text),
});

/**
 * Rows of one table of the extension's database, read from an extension page (same origin as the background page).
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} table
 * @returns {Promise<Record<string, unknown>[]>}
 */
export async function dbRows(browser, table) {
  const page = await browser.newPage();
  try {
    const url = `${EXTENSION_ORIGIN}/popup.html`;
    // Firefox loads the page, but BiDi never reports its load to Puppeteer (the navigation times out): start it, then
    // wait for the document itself. The navigation's own rejection comes after the page closed and is expected.
    void page.goto(url, { timeout: 10_000 }).catch(() => {});
    await until(
      () => page.evaluate(() => [location.href, document.readyState]).catch(() => []),
      ([href, state]) => href === url && state === 'complete',
      'the extension page to load',
    );
    return await page.evaluate(
      (name) =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('dm-sidekick');
          open.onerror = () => reject(new Error(String(open.error)));
          open.onsuccess = () => {
            const db = open.result;
            const rows = db.transaction(name).objectStore(name).getAll();
            rows.onsuccess = () => {
              resolve(rows.result);
              db.close();
            };
            rows.onerror = () => reject(new Error(String(rows.error)));
          };
        }),
      table,
    );
  } finally {
    await page.close();
  }
}
