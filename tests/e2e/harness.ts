import { test as base, expect, type BrowserContext, type Locator, type Page, type Worker } from '@playwright/test';
import { launchWithExtension } from '../../scripts/chromium.mjs';
import { isFixtureUrl, routeFixtures } from '../fixtures/routes.mjs';
import type { FixtureApi, FixtureConfig, FixtureThread } from '../fixtures/src/site';

export { expect };

export const JANE: FixtureThread = {
  name: 'Jane Doe',
  handle: 'jane.doe_shop',
  messages: [{ dir: 'in', text: 'Hi! Is this still available?' }],
};
export const OMAR: FixtureThread = {
  name: 'Omar Haddad',
  handle: 'omar.h',
  messages: [{ dir: 'in', text: 'How long does shipping take?' }],
};

interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Threads and options the next fixture page renders. */
  fixture: { set(config: FixtureConfig): void };
  /** Requests that tried to leave the machine; the test fails if any did. */
  blocked: string[];
  /** Opens a fixture DM page at a real URL and waits for the sidebar. */
  openDm: (url: string, config?: FixtureConfig) => Promise<DmPage>;
}

export interface DmPage {
  page: Page;
  sidebar: Locator;
  editorText(): Promise<string | null>;
  sendEnabled(): Promise<boolean>;
  /** A reply row (suggested or listed) by its title; clicking inserts it. */
  template(title: string): Locator;
}

/** The extension's own pages and the URLs a page makes in memory: never a request that leaves the machine. */
const IN_BROWSER = /^(chrome-extension:|data:|blob:)/;

/**
 * Records in `blocked` every request of `context` that would leave the machine (anything but the fixture sites and
 * the extension's own URLs), and aborts every web request no fixture route answers.
 */
export async function guardNetwork(context: BrowserContext, blocked: string[]): Promise<void> {
  context.on('request', (r) => {
    const url = r.url();
    if (!isFixtureUrl(url) && !IN_BROWSER.test(url)) blocked.push(url);
  });
  // Routes registered later (the fixture sites') take precedence: this one only answers what they do not.
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => route.abort('blockedbyclient'),
  );
}

export const test = base.extend<Harness>({
  context: async ({ blocked }, use) => {
    const launched = await launchWithExtension();
    await guardNetwork(launched.context, blocked);
    await use(launched.context);
    await launched.context.close();
  },
  worker: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  // Every test, whether or not it opens a DM page: the context records into it, and it is checked after the context
  // closed (a fixture is torn down after the ones that depend on it).
  blocked: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const blocked: string[] = [];
      await use(blocked);
      expect(blocked, 'requests that tried to leave the machine').toEqual([]);
    },
    { auto: true },
  ],
  fixture: async ({ context, blocked }, use) => {
    let config: FixtureConfig = { threads: { '1001': JANE, '1002': OMAR } };
    await routeFixtures(context, { configFor: () => config, onBlocked: (url: string) => blocked.push(url) });
    await use({ set: (c) => (config = c) });
  },
  openDm: async ({ context, fixture }, use) => {
    await use(async (url, config) => {
      if (config) fixture.set(config);
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`page error on ${url}: ${e.message}`));
      await page.goto(url);
      const sidebar = page.getByTestId('sidekick');
      await expect(sidebar).toBeVisible();
      return {
        page,
        sidebar,
        editorText: () =>
          page.evaluate(() => (window as unknown as { __fixture: { editorText(): string | null } }).__fixture.editorText()),
        sendEnabled: () =>
          page.evaluate(() => (window as unknown as { __fixture: { sendEnabled(): boolean } }).__fixture.sendEnabled()),
        template: (title: string) => sidebar.locator(`[data-row][data-title="${title}"]`),
      };
    });
  },
});

/** Rows of one table of the extension's database, read in the service worker or an extension page. */
export async function dbRows<T = Record<string, unknown>>(where: Worker | Page, table: string): Promise<T[]> {
  const read = async (name: string) => {
    // Never create the database from here (an empty one would hold up the extension's own first open), and always
    // close it again, or the extension's next schema upgrade would wait for this connection for ever.
    if (!(await indexedDB.databases()).some((d) => d.name === 'dm-sidekick')) return [] as T[];
    return new Promise<T[]>((resolve, reject) => {
      const open = indexedDB.open('dm-sidekick');
      open.onerror = () => reject(new Error(String(open.error)));
      open.onsuccess = () => {
        const db = open.result;
        try {
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve([]);
            return;
          }
          const rows = db.transaction(name).objectStore(name).getAll();
          rows.onsuccess = () => {
            resolve(rows.result as T[]);
            db.close();
          };
          rows.onerror = () => {
            db.close();
            reject(new Error(String(rows.error)));
          };
        } catch (e) {
          db.close();
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      };
    });
  };
  // The service worker, or any extension page (same origin, same database) when the worker may be dead.
  return 'bringToFront' in where ? where.evaluate(read, table) : where.evaluate(read, table);
}

/** Fires the extension's own keyboard-command listener, as Chromium does when the shortcut is pressed. */
export async function pressToggleCommand(worker: Worker, page: Page): Promise<void> {
  await page.bringToFront();
  await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    (chrome.commands.onCommand as unknown as { dispatch(c: string, t?: chrome.tabs.Tab): void }).dispatch('toggle-sidebar', tab);
  });
}

/** Opens the toolbar popup's page in a tab (as the toolbar button shows it), without taking focus from the DM. */
export async function openPopup(context: BrowserContext, worker: Worker): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
  return popup;
}

/** Calls the fixture's window API (tests/fixtures/src/site.ts) in the page. */
export function fixtureCall<K extends keyof FixtureApi>(
  page: Page,
  fn: K,
  ...args: Parameters<FixtureApi[K]>
): Promise<ReturnType<FixtureApi[K]>> {
  return page.evaluate(({ fn, args }) => (window.__fixture[fn] as (...a: unknown[]) => ReturnType<FixtureApi[K]>)(...args), {
    fn,
    args: args,
  });
}

/** Opens the dashboard in a new tab and waits until `readyTestId` (a figure) is on screen. */
export async function openDashboard(
  context: BrowserContext,
  worker: Worker,
  readyTestId = 'metric-conversations',
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/dashboard.html`);
  await expect(page.getByTestId(readyTestId)).toBeVisible();
  return page;
}

/** A dashboard figure's value (its data-value), as a number. */
export const metricValue = (page: Page, name: string) =>
  page.getByTestId(`metric-${name}`).getAttribute('data-value').then(Number);

/** Imports templates through the options page's import, as a user does. */
export async function importTemplates(context: BrowserContext, extensionId: string, templates: object[]): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 't.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ templates })) });
  await expect(page.getByTestId('import-status')).toContainText('Imported');
  await page.close();
}
