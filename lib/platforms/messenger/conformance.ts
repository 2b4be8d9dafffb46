import type { SiteConformance, SiteTrap } from '../../../tests/conformance/kit';
import { GROUP, ONE_TO_ONE } from '../../../tests/conformance/kit';
import type { FixtureThread } from '../../../tests/fixtures/src/site';

// Chat pop-ups over the feed: two people (one linking a numeric profile — that person's thread id — one a vanity
// name) and a group. The feed's post box and comment box are Lexical textboxes too.
const ANA: FixtureThread = { ...ONE_TO_ONE, name: 'Ana Souza', handle: 'profile.php?id=100042' };
const BEN: FixtureThread = {
  name: 'Ben Okafor',
  handle: 'ben.okafor',
  messages: [
    { dir: 'in', text: 'Do you have it in red?' },
    { dir: 'out', text: 'We do!' },
  ],
};
const threads = { a: ANA, b: BEN, g: GROUP };
const FEED = 'https://www.facebook.com/';
const OK = { contact: 'ok', messages: 'ok', composer: 'ok' } as const;
const NONE = { contact: 'missing', messages: 'missing', composer: 'missing' } as const;
const box = (name: string) => `.popup:has([aria-label$="${name}"]) [data-fixture-composer]`;

const traps: SiteTrap[] = [
  {
    // (That the post box never takes over afterwards is the e2e flow's: it needs the focus history of a running page.)
    name: 'two chat pop-ups over the feed with its post and comment boxes: the chat typed in last is the one',
    url: FEED,
    // Ben's pop-up comes first on the page: only focus makes Ana's the chat.
    config: { threads, floating: [{ id: 'b' }, { id: 'a' }] },
    async act(page) {
      await page.locator(box(BEN.name)).click();
      await page.locator(box(ANA.name)).click();
    },
    expect: {
      threadId: '100042',
      contact: ANA.name,
      check: OK,
      rows: ANA.messages!.map((m) => [m.dir, m.text]),
      composer: 'composer',
    },
  },
  {
    name: 'a pop-up known by a vanity name',
    url: FEED,
    config: { threads, floating: [{ id: 'a' }, { id: 'b' }] },
    act: (page) => page.locator(box(BEN.name)).click(),
    expect: {
      threadId: '@ben.okafor',
      contact: BEN.name,
      check: OK,
      rows: [
        ['in', 'Do you have it in red?'],
        ['out', 'We do!'],
      ],
      composer: 'composer',
    },
  },
  {
    name: 'a group pop-up',
    url: FEED,
    config: { threads: { g: { ...GROUP, handle: 'profile.php?id=900001' } }, floating: [{ id: 'g' }] },
    expect: { threadId: '900001', contact: GROUP.name, check: OK, composer: 'composer' },
  },
  {
    name: 'a folded pop-up is not a chat: the feed stays an ordinary page',
    url: FEED,
    config: { threads, floating: [{ id: 'a', minimised: true }] },
    expect: { inDmArea: false, threadId: null, contact: null, check: NONE, composer: null },
  },
];

export const conformance: SiteConformance = {
  threadUrls: (id) => [
    `https://www.facebook.com/messages/t/${id}/`,
    `https://www.facebook.com/messages/e2ee/t/${id}/`,
    `https://www.messenger.com/t/${id}/`,
  ],
  // Rows carry abbr[title] labels in the interface language.
  pageTimes: true,
  handles: true,
  traps,
};
