// The conformance kit, run for every registered site over every page variant (tests/conformance/kit.ts): the
// site's fixture page at its real URL in plain Chromium, its adapter run in the page as the content script runs it,
// and the results compared with the same dataset for every site. Then: each page's anonymised snapshot replays to the
// same results, and every saved snapshot in tests/fixtures/captured/ replays to its expectations file.
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parsePageTime } from '../../lib/events/page-time';
import { expectedMessages, THREAD_ID, VARIANTS, type SiteConformance, type Variant } from '../conformance/kit';
import type { FixtureConfig } from '../fixtures/src/site';
import type { Probe } from '../fixtures/src/probe';
import { REGISTERED_SITES, routeFixtures } from '../fixtures/routes.mjs';

const root = new URL('../../', import.meta.url);
const kits = new Map<string, SiteConformance>();
for (const site of REGISTERED_SITES) {
  const file = new URL(`lib/platforms/${site.id}/conformance.ts`, root);
  if (!existsSync(file)) throw new Error(`registered site "${site.id}" has no conformance run (${file.pathname})`);
  kits.set(site.id, ((await import(file.href)) as { conformance: SiteConformance }).conformance);
}

/** Serves the fixture sites (or a given page) and opens `url`; fails the test on any request off the machine. */
async function open(page: Page, url: string, config: FixtureConfig, html?: string): Promise<void> {
  const blocked: string[] = [];
  await routeFixtures(page.context(), { configFor: () => config, onBlocked: (u) => blocked.push(u), pageFor: () => html });
  await page.goto(url);
  await page.addScriptTag({ url: `${new URL(url).origin}/__fixture__/probe.js` });
  expect(blocked, 'requests that tried to leave the machine').toEqual([]);
}
const probe = (page: Page, site: string) => page.evaluate((id) => window.__probe(id), site);
/** The thread id the site reads for the kit's thread in a variant. */
const expectedThreadId = (kit: SiteConformance, v: Variant) =>
  kit.threadId?.(THREAD_ID, v.config.threads[THREAD_ID]!) ?? THREAD_ID;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The Send check: where Send appears only with text, none while the box is empty, then Send once something is typed. */
async function checkSend(page: Page, site: string, v: Variant, kit: SiteConformance, probed: Probe) {
  if (!kit.sendNeedsText) {
    expect(probed.send?.fixture).toBe('send');
    return;
  }
  expect(probed.send).toBeNull();
  if (v.config.composer === 'none') return;
  await page.locator('[data-fixture-composer]').click();
  await page.keyboard.type('x');
  await expect.poll(async () => (await probe(page, site)).send?.fixture).toBe('send');
}

function checkRows(probed: Probe, v: Variant, kit: SiteConformance, afterStep = false) {
  const expected = expectedMessages(v, afterStep);
  expect(probed.rows.map((r) => [r.direction, r.text])).toEqual(expected.map((m) => [m.dir, m.text]));
  probed.rows.forEach((row, i) => {
    const at = expected[i]!.at;
    if (kit.pageTimes && typeof at === 'number') expect(parsePageTime(row.time, Date.now())?.at, `time of row ${i}`).toBe(at);
    if (!kit.pageTimes) expect(row.time).toBeUndefined();
    if (v.config.threads[THREAD_ID]!.group && row.direction === 'in') expect(row.sender).toBe(expected[i]!.from);
  });
}

for (const site of REGISTERED_SITES) {
  const kit = kits.get(site.id)!;
  test.describe(`conformance: ${site.label}`, () => {
    for (const v of VARIANTS) {
      test(v.name, async ({ page }) => {
        const url = kit.threadUrls(THREAD_ID)[0]!;
        await open(page, url, v.config);
        const probed = await probe(page, site.id);
        const thread = v.config.threads[THREAD_ID]!;
        expect(probed.inDmArea).toBe(true);
        expect(probed.threadId).toBe(expectedThreadId(kit, v));
        expect(probed.check).toEqual(v.check);
        expect(probed.contact.displayName).toBe(thread.name);
        expect(Boolean(probed.contact.group)).toBe(Boolean(thread.group));
        if (kit.handles && !thread.group) expect(probed.contact.handle).toBe(thread.handle);
        checkRows(probed, v, kit);
        expect(probed.composer?.fixture ?? null).toBe(v.config.composer === 'none' ? null : 'composer');
        if (v.step) {
          await page.evaluate((step) => window.__fixture[step](), v.step);
          checkRows(await probe(page, site.id), v, kit, true);
        }
        await checkSend(page, site.id, v, kit, probed);
      });
    }

    test('every URL shape of a thread reads the same', async ({ page }) => {
      for (const url of kit.threadUrls(THREAD_ID)) {
        await open(page, url, VARIANTS[0]!.config);
        const probed = await probe(page, site.id);
        expect(probed.threadId, url).toMatch(new RegExp(`${escapeRegExp(expectedThreadId(kit, VARIANTS[0]!))}$`));
        checkRows(probed, VARIANTS[0]!, kit);
      }
    });

    for (const trap of kit.traps ?? []) {
      test(`trap: ${trap.name}`, async ({ page }) => {
        await open(page, trap.url, trap.config);
        await trap.act?.(page);
        const probed = await probe(page, site.id);
        const want = trap.expect;
        expect(probed.inDmArea).toBe(want.inDmArea ?? true);
        expect(probed.threadId).toBe(want.threadId);
        expect(probed.platform).toBe(want.platform ?? site.id);
        expect(probed.contact.displayName).toBe(want.contact);
        expect(probed.check).toEqual(want.check);
        if (want.rows) expect(probed.rows.map((r) => [r.direction, r.text])).toEqual(want.rows);
        expect(probed.composer?.fixture ?? null).toBe(want.composer);
      });
    }

    for (const v of VARIANTS) {
      test(`page snapshot (${v.name}) replays to the same results and holds no personal data`, async ({ page }) => {
        const url = kit.threadUrls(THREAD_ID)[0]!;
        await open(page, url, v.config);
        const original = await probe(page, site.id);
        const html = await page.evaluate((id) => window.__snapshot(id), site.id);
        const thread = v.config.threads[THREAD_ID]!;
        const personal = [thread.name, thread.handle, ...(thread.messages ?? []).flatMap((m) => [m.text, m.from])];
        for (const text of personal) if (text) expect(html).not.toContain(text);
        const anonymise = (t: string) => page.evaluate(([x, id]) => window.__anonymise(x, id), [t, site.id] as const);
        const expectedName = await anonymise(original.contact.displayName!);
        const expectedBodies = await Promise.all(original.rows.map((r) => anonymise(r.text)));

        const replay = await page.context().newPage();
        const replayUrl = /<meta name="dm-sidekick-url" content="([^"]+)"/.exec(html)![1]!.replace(/&#0*38;|&amp;/g, '&');
        await open(replay, replayUrl, v.config, html);
        const replayed = await probe(replay, site.id);
        expect(replayed.check).toEqual(original.check);
        expect(replayed.contact.displayName).toBe(expectedName);
        expect(replayed.rows.map((r) => [r.direction, r.text, r.time !== undefined])).toEqual(
          original.rows.map((r, i) => [r.direction, expectedBodies[i], r.time !== undefined]),
        );
        expect(replayed.composer?.tag).toBe(original.composer?.tag);
        expect(Boolean(replayed.send)).toBe(Boolean(original.send));
      });
    }
  });
}

// Snapshots users saved from real pages (or from fixtures), each with `<name>.expect.json` beside it.
const captured = new URL('tests/fixtures/captured/', root);
const files = existsSync(captured) ? readdirSync(captured).filter((f) => f.endsWith('.html')) : [];
for (const file of files) {
  test(`captured page ${file} reads as its expectations say`, async ({ page }) => {
    const html = readFileSync(new URL(file, captured), 'utf8');
    const expectFile = new URL(file.replace(/\.html$/, '.expect.json'), captured);
    expect(existsSync(expectFile), `${file} needs ${file.replace(/\.html$/, '.expect.json')}`).toBe(true);
    const expected = JSON.parse(readFileSync(expectFile, 'utf8')) as {
      site: string;
      url: string;
      check: Probe['check'];
      contact: string | null;
      rows: { direction: string; text: string }[];
      composer: boolean;
      send: boolean;
    };
    await open(page, expected.url, { threads: {} }, html);
    const probed = await probe(page, expected.site);
    expect(probed.check).toEqual(expected.check);
    expect(probed.contact.displayName).toBe(expected.contact);
    expect(probed.rows.map(({ direction, text }) => ({ direction, text }))).toEqual(expected.rows);
    expect(Boolean(probed.composer)).toBe(expected.composer);
    expect(Boolean(probed.send)).toBe(expected.send);
  });
}
