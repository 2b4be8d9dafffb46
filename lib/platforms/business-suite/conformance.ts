import type { SiteConformance, SiteTrap } from '../../../tests/conformance/kit';
import { ONE_TO_ONE } from '../../../tests/conformance/kit';
import type { SuiteThread } from './fixture';

const INBOX = 'https://business.facebook.com/latest/inbox';
const OK = { contact: 'ok', messages: 'ok', composer: 'ok' } as const;
/** An Instagram chat whose panel links the conversation on instagram.com: recorded under Instagram's own id. */
const ANA: SuiteThread = {
  name: 'Ana Souza',
  handle: 'ana.souza',
  channel: 'instagram',
  ownThreadId: '340282366841710300949128144444444',
  messages: [
    { dir: 'in', text: 'Oi! Do you ship to Lisbon?' },
    { dir: 'out', text: 'We do, in 3 days.' },
  ],
};
/** An Instagram chat with no link to instagram.com: recorded under Instagram with Business Suite's own id. */
const BEN: SuiteThread = {
  name: 'Ben Okafor',
  handle: 'ben.ok',
  channel: 'instagram',
  messages: [{ dir: 'in', text: 'Is the blue one back in stock?' }],
};
const MIXED = { threads: { '7001': ONE_TO_ONE, ig8002: ANA, ig8003: BEN } };
const OLU_ROWS: [dir: 'in' | 'out', text: string][] = (ONE_TO_ONE.messages ?? []).map((m) => [m.dir, m.text]);

const traps: SiteTrap[] = [
  {
    name: 'thread switch by pushState: the reader says the new thread, contact and platform',
    url: `${INBOX}/all?asset_id=1&selected_item_id=7001&thread_type=FB_MESSAGE`,
    config: MIXED,
    async act(page) {
      await page.locator('a[role="link"][data-thread="ig8002"]').click();
      await page.waitForURL(/selected_item_id=ig8002/);
      await page.locator('.bs-thread[data-thread="ig8002"]').waitFor();
    },
    expect: {
      threadId: ANA.ownThreadId!,
      platform: 'instagram',
      contact: 'Ana Souza',
      check: OK,
      rows: [
        ['in', 'Oi! Do you ship to Lisbon?'],
        ['out', 'We do, in 3 days.'],
      ],
      composer: 'composer',
    },
  },
  {
    name: 'an Instagram chat without a link to instagram.com is recorded under instagram with Business Suite’s id',
    url: `${INBOX}/instagram?asset_id=1&selected_item_id=ig8003`,
    config: MIXED,
    expect: {
      threadId: 'business-suite:ig8003',
      platform: 'instagram',
      contact: 'Ben Okafor',
      check: OK,
      rows: [['in', 'Is the blue one back in stock?']],
      composer: 'composer',
    },
  },
  {
    name: 'no channel in the address: the chat list’s link to the chat names it',
    url: `${INBOX}/all?asset_id=1&selected_item_id=7001`,
    config: MIXED,
    expect: {
      threadId: 'business-suite:7001',
      platform: 'messenger',
      contact: ONE_TO_ONE.name,
      check: OK,
      rows: OLU_ROWS,
      composer: 'composer',
    },
  },
  {
    name: 'a kind of conversation the sidekick does not know is kept under Business Suite, not a channel',
    url: `${INBOX}/all?asset_id=1&selected_item_id=7001&thread_type=FB_COMMENT`,
    config: MIXED,
    expect: {
      threadId: '7001',
      platform: 'business-suite',
      contact: ONE_TO_ONE.name,
      check: OK,
      rows: OLU_ROWS,
      composer: 'composer',
    },
  },
];

export const conformance: SiteConformance = {
  threadUrls: (id) => [
    `${INBOX}/all?asset_id=1&selected_item_id=${id}&thread_type=FB_MESSAGE`,
    `${INBOX}/messenger?asset_id=1&selected_item_id=${id}`,
    `${INBOX}/all/?selected_item_id=${id}&asset_id=1&thread_type=FB_MESSAGE&mailbox_id=1`,
  ],
  // Rows show no time of their own (public evidence names none).
  pageTimes: false,
  // The customer panel links their profile.
  handles: true,
  // A Messenger chat with no link to facebook.com: Business Suite's own id, marked as such.
  threadId: (id) => `business-suite:${id}`,
  // Send stays disabled while the box is empty.
  sendNeedsText: true,
  traps,
};
