// What a stored message key can and cannot give away, and what happens to keys when the browser restarts
// (README "What a key can reveal"; lib/events/key-salts.ts).
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { launchWithExtension } from '../../scripts/chromium.mjs';
import { routeFixtures } from '../fixtures/routes.mjs';
import type { FixtureConfig } from '../fixtures/src/site';
import { dbRows, expect, fixtureCall, guardNetwork, test } from './harness';

type Event = { key: string; direction: string; at: number; source: string; history: boolean; epoch?: string };

/** The short replies a stranger would try first (the attack the issue reproduced with 20 words). */
const GUESSES = ['ok', 'okay', 'thanks', 'thank you', 'yes', 'no', 'hi', 'hello', 'how much?', 'price?', 'available?'];
GUESSES.push('is it available?', 'where are you?', 'great', 'cool', 'sure', 'done', 'sent', 'paid', 'bye');

/** The key a guess would have (lib/events/fingerprint.ts `messageKey`), computed outside the extension. */
const keyOf = (salt: string, thread: string, direction: string, text: string, nth: number) =>
  createHash('sha256')
    .update(`${salt}\u0000instagram\u0000${thread}\u0000${direction}|${text}|${nth}`)
    .digest('hex')
    .slice(0, 32);

/** How many stored keys a dictionary attack recovers, trying `salt`. */
function recovered(salt: string, thread: string, keys: Set<string>): string[] {
  const found: string[] = [];
  for (const text of GUESSES)
    for (const direction of ['in', 'out'])
      for (let nth = 0; nth < 3; nth++) if (keys.has(keyOf(salt, thread, direction, text, nth))) found.push(text);
  return found;
}

/** Every string the extension keeps on disk: each database table, local and sync storage. */
async function everythingStored(worker: Worker): Promise<string[]> {
  const tables = await worker.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('dm-sidekick');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const names = Array.from(db.objectStoreNames);
          const out: Record<string, unknown[]> = {};
          const tx = db.transaction(names);
          for (const name of names) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => (out[name] = all.result as unknown[]);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      }),
  );
  const storage = await worker.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    sync: await chrome.storage.sync.get(null),
  }));
  const strings: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') strings.push(v);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  walk(tables);
  walk(storage);
  return strings;
}

test('no stored data lets anyone confirm a guessed message against a key', async ({ openDm, worker }) => {
  const dm = await openDm('https://www.instagram.com/direct/t/1001/', {
    threads: {
      '1001': {
        name: 'Jane Doe',
        messages: [
          { dir: 'in', text: 'hi' },
          { dir: 'out', text: 'hello' },
          { dir: 'in', text: 'how much?' },
          { dir: 'out', text: 'thanks' },
          { dir: 'in', text: 'ok' },
        ],
      },
    },
  });
  await fixtureCall(dm.page, 'receive', 'ok');
  await fixtureCall(dm.page, 'receive', 'is it available?');
  await expect.poll(async () => (await dbRows<Event>(worker, 'events')).length).toBe(7);
  const keys = new Set((await dbRows<Event>(worker, 'events')).map((e) => e.key));

  // The attack works: with the session's salt (held in memory only) it recovers every message...
  const session = await worker.evaluate(async () => {
    const { keySalt } = await chrome.storage.session.get('keySalt');
    return (keySalt as { text: string }).text;
  });
  expect(recovered(session, '1001', keys)).toHaveLength(7);
  // ...but nothing written to disk holds that salt, so no string the profile keeps recovers a single one.
  const stored = await everythingStored(worker);
  expect(stored.length).toBeGreaterThan(20);
  expect(stored).not.toContain(session);
  for (const candidate of new Set(stored)) expect(recovered(candidate, '1001', keys), candidate).toEqual([]);
});

test('after a browser restart, rows seen again are matched by their page time: nothing counted twice', async ({ blocked }) => {
  test.setTimeout(90_000);
  const profile = mkdtempSync(join(tmpdir(), 'sidekick-restart-'));
  const minute = 60_000;
  const base = Math.floor((Date.now() - 3 * 3_600_000) / minute) * minute;
  const iso = (t: number) => new Date(t).toISOString();
  const thread = (extra: FixtureConfig['threads'][string]['messages'] = []): FixtureConfig => ({
    threads: {
      '2002': {
        name: 'Omar Haddad',
        messages: [
          { dir: 'in', text: 'Is the blue one available?', at: iso(base) },
          { dir: 'out', text: 'Yes!', at: iso(base + 4 * minute) },
          ...extra,
        ],
      },
    },
  });
  const open = async (config: FixtureConfig) => {
    const launched = await launchWithExtension({ userDataDir: profile });
    await guardNetwork(launched.context, blocked);
    await routeFixtures(launched.context, { configFor: () => config, onBlocked: (url: string) => blocked.push(url) });
    const page = await launched.context.newPage();
    await page.goto('https://www.facebook.com/messages/t/2002/');
    await expect(page.getByTestId('sidekick')).toBeVisible();
    return { ...launched, page };
  };
  const epochOf = async (w: Worker) =>
    w.evaluate(async () => {
      const { keySalt } = await chrome.storage.session.get('keySalt');
      return (keySalt as { epoch: string } | undefined)?.epoch;
    });
  const counted = (events: Event[]) => events.filter((e) => e.source !== 'estimated');
  let context: BrowserContext | undefined;
  try {
    // Session 1: the thread's two labelled rows are history; the customer then writes live.
    const first = await open(thread());
    context = first.context;
    await fixtureCall(first.page, 'receive', 'Great, can you ship it today?');
    await expect.poll(async () => (await dbRows<Event>(first.worker, 'events')).length).toBe(3);
    const before = await dbRows<Event>(first.worker, 'events');
    const live = before.find((e) => e.source === 'observed')!;
    const epoch1 = await epochOf(first.worker);
    expect(before.every((e) => e.epoch === epoch1)).toBe(true);
    await first.context.close();

    // Session 2 (a restart: the session salt is gone, so every text-based key is new). The site now prints the
    // live message's time too, as a real thread does once it is old.
    const second = await open(thread([{ dir: 'in', text: 'Great, can you ship it today?', at: iso(live.at) }]));
    context = second.context;
    const epoch2 = await epochOf(second.worker);
    expect(epoch2).toBeTruthy();
    expect(epoch2).not.toBe(epoch1);
    await expect
      .poll(async () => (await dbRows<Event>(second.worker, 'events')).filter((e) => e.epoch === epoch2).length)
      .toBe(3);
    const after = await dbRows<Event>(second.worker, 'events');
    // The same three messages, each once, now under this session's keys; the live one keeps its observed time.
    expect(counted(after)).toHaveLength(3);
    expect(after.find((e) => e.source === 'observed')?.at).toBe(live.at);
    expect(after.some((e) => before.some((b) => b.key === e.key))).toBe(false);
    const conversations = await dbRows<{ startAt: number }>(second.worker, 'conversations');
    expect(conversations).toHaveLength(1);
  } finally {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
