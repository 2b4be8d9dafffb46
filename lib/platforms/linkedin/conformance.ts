import type { SiteConformance, SiteTrap } from '../../../tests/conformance/kit';
import { ONE_TO_ONE } from '../../../tests/conformance/kit';
import type { FixtureThread } from '../../../tests/fixtures/src/site';

// Overlay chat bubbles over the feed, inside #interop-outlet's open shadow root; the feed has its own editable box.
const ANA: FixtureThread = { ...ONE_TO_ONE, name: 'Ana Souza', handle: 'ana-souza' };
const BEN: FixtureThread = { name: 'Ben Okafor', handle: 'ben-okafor', messages: [{ dir: 'in', text: 'Still for sale?' }] };
const threads = { '2-YW5h==': ANA, '2-YmVu==': BEN };
const FEED = 'https://www.linkedin.com/feed/';
const OK = { contact: 'ok', messages: 'ok', composer: 'ok' } as const;
const box = (name: string) => `.msg-overlay-conversation-bubble[aria-label="${name}"] [data-fixture-composer]`;

const traps: SiteTrap[] = [
  {
    name: 'two overlay bubbles in a shadow root over the feed: the bubble typed in last is the chat',
    url: FEED,
    // Ben's bubble comes first: only focus makes Ana's the chat.
    config: { threads, floating: [{ id: '2-YmVu==' }, { id: '2-YW5h==' }] },
    async act(page) {
      await page.locator(box(BEN.name)).click();
      await page.locator(box(ANA.name)).click();
    },
    expect: {
      threadId: '2-YW5h==',
      contact: ANA.name,
      check: OK,
      rows: ANA.messages!.map((m) => [m.dir, m.text]),
      composer: 'composer',
    },
  },
  {
    name: 'a minimised bubble is not a chat: the feed stays an ordinary page',
    url: FEED,
    config: { threads, floating: [{ id: '2-YW5h==', minimised: true }] },
    expect: {
      inDmArea: false,
      threadId: null,
      contact: null,
      check: { contact: 'missing', messages: 'missing', composer: 'missing' },
      composer: null,
    },
  },
];

// The full messaging page. Rows show a day heading and a group clock, carried forward to every row: page times.
export const conformance: SiteConformance = {
  threadUrls: (id) => [`https://www.linkedin.com/messaging/thread/${id}/`],
  pageTimes: true,
  handles: true,
  // Send is disabled until LinkedIn's own input handling has seen text.
  sendNeedsText: true,
  traps,
};
