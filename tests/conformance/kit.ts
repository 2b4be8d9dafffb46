// The conformance kit: one dataset and one list of page variants that every registered site's fixture renders and
// its adapter must read the same way (tests/e2e/conformance.spec.ts runs it). Each site's folder says how to open
// its threads and whether its page shows per-row times (lib/platforms/<id>/conformance.ts).
import type { Page } from '@playwright/test';
import { MINUTE_MS as MIN } from '../../lib/vocab/time';
import type { FixtureConfig, FixtureThread, FixtureVariant } from '../fixtures/src/site';

/** What a site contributes to the kit. */
export interface SiteConformance {
  /** Every URL shape of one thread on the site (e.g. Messenger's three), for a thread id. */
  threadUrls(threadId: string): string[];
  /** The page shows a time on each row (the kit then checks each parses to the message's time, to the minute). */
  pageTimes: boolean;
  /** The page shows the contact's @handle (a profile link): the kit then checks it is read. */
  handles: boolean;
  /**
   * The thread id the site reads for a fixture thread, where its page names threads its own way (e.g. a chat id
   * inside the rows rather than the URL). Default: the fixture's id itself.
   */
  threadId?(fixtureId: string, thread: FixtureThread): string;
  /**
   * The page mounts Send only once the box holds text (a voice button in its place before): the kit checks that there
   * is no Send while the box is empty, types into the box, and then checks Send.
   */
  sendNeedsText?: boolean;
  /** The site's own traps (a chat in a shadow root, several pop-ups, a thread switch without navigation). */
  traps?: SiteTrap[];
}

/**
 * One trap of a site's real page, as a variant of its own: the fixture page at `url` with `config`, what the user does
 * first (`act`: focus a pop-up's box, switch chats…), and what the page reader must then say.
 */
export interface SiteTrap {
  name: string;
  url: string;
  config: FixtureConfig;
  act?(page: Page): Promise<void>;
  expect: {
    threadId: string | null;
    /** The site the chat's records go to (an inbox of other sites answers for them); default: the site itself. */
    platform?: string;
    inDmArea?: boolean;
    contact: string | null;
    check: Variant['check'];
    /** The bodies of the rows read, oldest first (direction and text). */
    rows?: [dir: 'in' | 'out', text: string][];
    /** Which fixture element the reader takes as the message box: the active chat's composer, or none. */
    composer: 'composer' | null;
  };
}

const T0 = Date.UTC(2026, 10, 20, 14, 5);

/** The one-to-one thread every site renders. Names and texts are what strangers send: accents, emoji, a rating. */
export const ONE_TO_ONE: FixtureThread = {
  name: 'Olu Adébáyọ̀',
  handle: 'olu.candles',
  messages: [
    { dir: 'in', text: 'Hi! Is the blue candle still available?', at: T0 },
    { dir: 'out', text: 'Yes! Want me to reserve it for you?', at: T0 + 2 * MIN },
    { dir: 'in', text: '5 ⭐ thanks, it smells amazing!', at: T0 + 5 * MIN },
  ],
};

/** A group chat: incoming rows carry their sender's name, which is never part of the body. */
export const GROUP: FixtureThread = {
  name: 'Candle lovers',
  group: true,
  messages: [
    { dir: 'in', from: 'Ana Souza', text: 'Do you ship to Lisbon?', at: T0 },
    { dir: 'out', text: 'We do, in 3 days.', at: T0 + MIN },
    { dir: 'in', from: 'Ben Okafor', text: 'And to Porto?', at: T0 + 3 * MIN },
  ],
};

export interface Variant {
  name: string;
  config: FixtureConfig;
  /** What the page check must say. */
  check: { contact: 'ok' | 'missing'; messages: 'ok' | 'missing'; composer: 'ok' | 'missing' };
  /** A fixture call made after load (and its expected rows are then `after`). */
  step?: 'scrollBack';
}

const THREAD_ID = '7001';
const one = (variant: FixtureVariant = {}, extra: Partial<FixtureConfig> = {}): FixtureConfig => ({
  threads: { [THREAD_ID]: ONE_TO_ONE },
  variant,
  ...extra,
});
const OK = { contact: 'ok', messages: 'ok', composer: 'ok' } as const;

/** The page variants of the kit (issue: the page differs from the happy path). */
export const VARIANTS: Variant[] = [
  { name: 'default', config: one(), check: OK },
  { name: 'rows with no ARIA roles', config: one({ noAria: true }), check: OK },
  { name: 'labels in Spanish', config: one({ lang: 'es' }), check: OK },
  { name: 'labels in Portuguese', config: one({ lang: 'pt' }), check: OK },
  { name: 'dark theme', config: one({}, { dark: true }), check: OK },
  { name: 'group chat with sender headings', config: { threads: { [THREAD_ID]: GROUP } }, check: OK },
  { name: 'virtualised list recycling rows', config: one({ virtualised: 2 }), check: OK, step: 'scrollBack' },
  { name: 'no composer (read-only thread)', config: one({}, { composer: 'none' }), check: { ...OK, composer: 'missing' } },
  { name: 'a decoy editable outside the thread', config: one({ decoy: true }), check: OK },
  {
    name: 'a decoy editable and no composer',
    config: one({ decoy: true }, { composer: 'none' }),
    check: { ...OK, composer: 'missing' },
  },
  { name: 'an empty new thread', config: { threads: { [THREAD_ID]: { ...ONE_TO_ONE, messages: [] } } }, check: OK },
  {
    name: 'a message list with nothing to recognise it by',
    config: one({ unreadableList: true }),
    check: { ...OK, messages: 'missing' },
  },
];

export { THREAD_ID };

/** The rows a variant must read, oldest first: what the fixture renders of the thread. */
export function expectedMessages(v: Variant, afterStep: boolean) {
  const thread = v.config.threads[THREAD_ID]!;
  if (v.check.messages === 'missing') return [];
  const all = thread.messages ?? [];
  const size = v.config.variant?.virtualised;
  if (!size) return all;
  return afterStep ? all.slice(0, size) : all.slice(-size);
}
