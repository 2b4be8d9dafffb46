import { HOUR_MS, MINUTE_MS } from '../../lib/vocab/time';
import { dbRows, expect, fixtureCall, metricValue, openDashboard, openPopup, test } from './harness';
import { timedFirstResponse, waitingTimerCounts } from './site-flows';

type Event = {
  key: string;
  direction: string;
  at: number;
  source: string;
  history: boolean;
  templateId?: number;
  contactKey: string;
  precisionMs: number;
};

const IG = 'https://www.instagram.com/direct/t/1001/';
const editor = '[contenteditable="true"][role="textbox"]';

const metric = metricValue;

test('customer writes, the seller replies after a known delay: the dashboard shows that first response time', async ({
  openDm,
  context,
  worker,
}) => {
  const dm = await openDm(IG, { threads: { '1001': { name: 'Jane Doe', handle: 'jane' } } });
  const meanwhile = async () => {
    await waitingTimerCounts(dm);
    await expect(dm.sidebar.getByTestId('reply-window')).toHaveAttribute('data-window', 'standard');
  };
  const { incoming, reply, seconds, dashboard } = await timedFirstResponse(
    dm,
    { composer: dm.page.locator(editor) },
    { context, worker, meanwhile },
  );
  expect([incoming, reply].map((e) => [e.direction, e.source, e.history])).toEqual([
    ['in', 'observed', false],
    ['out', 'observed', false],
  ]);
  expect(seconds).toBeGreaterThan(3);
  expect(seconds).toBeLessThan(8);
  expect(reply.templateId).toBeGreaterThan(0);
  // No message text anywhere in what was stored.
  expect(JSON.stringify([incoming, reply])).not.toMatch(/Porto|Orders ship/);

  expect(await metric(dashboard, 'first-response-p90')).toBeCloseTo(seconds, 3);
  expect(await metric(dashboard, 'response-time-fb')).toBeCloseTo(seconds, 3);
  expect(await metric(dashboard, 'response-rate')).toBe(1);
  expect(await metric(dashboard, 'conversations')).toBe(1);
  expect(await metric(dashboard, 'messages-in')).toBe(1);
  expect(await metric(dashboard, 'messages-out')).toBe(1);
  expect(await metric(dashboard, 'waiting')).toBe(0);
  expect(await metric(dashboard, 'missed')).toBe(0);
  await expect(dashboard.getByTestId('template-row')).toContainText('Shipping time');
  await expect(dashboard.getByTestId('trend-chart').locator('canvas')).toBeVisible();
});

test('the same thread open in two tabs counts once', async ({ openDm, worker }) => {
  const a = await openDm(IG);
  const b = await openDm(IG);
  for (const dm of [a, b]) await fixtureCall(dm.page, 'receive', 'Are you open on Sunday?');
  await expect.poll(async () => (await dbRows<Event>(worker, 'events')).filter((e) => !e.history).length).toBe(1);
  await a.page.waitForTimeout(500);
  expect((await dbRows<Event>(worker, 'events')).filter((e) => !e.history)).toHaveLength(1);
  // Two identical messages are still two.
  for (const dm of [a, b]) await fixtureCall(dm.page, 'receive', 'Are you open on Sunday?');
  await expect.poll(async () => (await dbRows<Event>(worker, 'events')).filter((e) => !e.history).length).toBe(2);
});

test('a thread opened with old history creates no "now" messages', async ({ openDm, worker }) => {
  const yesterday = new Date(Date.now() - 26 * HOUR_MS);
  const label = (d: Date) => d.toISOString().replace(/\.\d+Z$/, 'Z');
  await openDm('https://www.facebook.com/messages/t/2002/', {
    threads: {
      '2002': {
        name: 'Omar Haddad',
        messages: [
          { dir: 'in', text: 'Hello, is the blue one available?', at: label(yesterday) },
          { dir: 'out', text: 'Yes!', at: label(new Date(yesterday.getTime() + 5 * MINUTE_MS)) },
          { dir: 'in', text: 'Great, thanks' },
        ],
      },
    },
  });
  await expect.poll(async () => (await dbRows<Event>(worker, 'events')).length).toBe(3);
  const events = await dbRows<Event>(worker, 'events');
  expect(events.every((e) => e.history)).toBe(true);
  expect(events.filter((e) => e.source === 'observed')).toEqual([]);
  const timed = events.filter((e) => e.source === 'page').sort((x, y) => x.at - y.at);
  expect(timed.map((e) => e.at)).toEqual([
    yesterday.getTime() - (yesterday.getTime() % 1000),
    yesterday.getTime() - (yesterday.getTime() % 1000) + 5 * MINUTE_MS,
  ]);
  expect(events.filter((e) => e.source === 'estimated')).toHaveLength(1);
  // The conversation is timed from the page: answered in 5 minutes, yesterday.
  const conversations = await dbRows<{ startAt: number; firstReplyAt: number }>(worker, 'conversations');
  expect(conversations).toHaveLength(1);
  expect(conversations[0]!.firstReplyAt - conversations[0]!.startAt).toBe(5 * MINUTE_MS);
});

test('a reload loses nothing and adds nothing', async ({ openDm, worker }) => {
  const dm = await openDm(IG);
  await fixtureCall(dm.page, 'receive', 'Can I pick it up today?');
  // Reload as soon as the row has been seen (queued or stored), before anything else happens.
  await expect
    .poll(async () => {
      const queued = await worker.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).length);
      const stored = (await dbRows<Event>(worker, 'events')).filter((e) => !e.history).length;
      return queued + stored;
    })
    .toBeGreaterThan(0);
  await dm.page.reload();
  await expect(dm.sidebar).toBeVisible();
  await expect(dm.page.locator('[data-fixture-text="Can I pick it up today?"]')).toHaveCount(1);
  await expect
    .poll(async () => (await dbRows<Event>(worker, 'events')).filter((e) => !e.history && e.source === 'observed').length)
    .toBe(1);
  await dm.page.reload();
  await expect(dm.sidebar).toBeVisible();
  await dm.page.waitForTimeout(800);
  const events = await dbRows<Event>(worker, 'events');
  // The opening message (history) and the new one (observed live): each once, after two reloads.
  expect(events.map((e) => [e.direction, e.source]).sort()).toEqual([
    ['in', 'estimated'],
    ['in', 'observed'],
  ]);
  expect(await worker.evaluate(async () => Object.keys(await chrome.storage.local.get(null)))).toEqual([]);
});

test('marks, the badge, the popup and the waiting list', async ({ openDm, context, worker }) => {
  const dm = await openDm(IG);
  await fixtureCall(dm.page, 'receive', 'Hello?');
  await expect(dm.sidebar.getByTestId('waiting')).toBeVisible();
  await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');

  const popup = await openPopup(context, worker);
  await expect(popup.getByTestId('popup-waiting')).toHaveAttribute('data-value', '1');
  await popup.close();

  const dashboard = await openDashboard(context, worker);
  await expect(dashboard.getByTestId('waiting-row')).toHaveCount(1);
  await expect(dashboard.getByTestId('waiting-row').locator('a')).toHaveAttribute(
    'href',
    'https://www.instagram.com/direct/t/1001/',
  );
  await expect(dashboard.getByTestId('waiting-row')).toContainText('Jane Doe');
  await dashboard.close();

  await dm.sidebar.getByTestId('mark-converted').click();
  await expect(dm.sidebar.getByTestId('mark-converted')).toHaveAttribute('aria-pressed', 'true');
  await dm.sidebar.getByTestId('mark-done').click();
  await expect(dm.sidebar.getByTestId('waiting')).toHaveCount(0);
  await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
  const after = await openDashboard(context, worker);
  expect(await metric(after, 'conversion-rate')).toBe(1);
  expect(await metric(after, 'completed')).toBe(1);
  expect(await metric(after, 'waiting')).toBe(0);
  // Marking done counts as handled, but there was no reply: the response rate says so.
  expect(await metric(after, 'response-rate')).toBe(0);
});

test('the events CSV holds times and keys, never message text', async ({ openDm, context, worker }) => {
  const dm = await openDm(IG);
  await fixtureCall(dm.page, 'receive', 'My secret address is 12 Rua Nova');
  await expect.poll(async () => (await dbRows<Event>(worker, 'events')).length).toBe(2);
  const dashboard = await openDashboard(context, worker);
  const download = dashboard.waitForEvent('download');
  await dashboard.getByTestId('export-events').click();
  const csv = (await import('node:fs')).readFileSync(await (await download).path(), 'utf8');
  expect(csv.split(/\r?\n/)[0]).toBe('time,platform,thread,direction,time_source,precision_seconds,history,template_id,key');
  expect(csv).toContain('instagram,1001,in,observed,1,false');
  expect(csv).not.toMatch(/secret|Rua Nova|still available/);
  // The file's keys are re-hashed for this export: none is a stored key (they could be tested against guesses).
  for (const e of await dbRows<Event>(worker, 'events')) expect(csv).not.toContain(e.key);
  expect(
    csv
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((l) => l.split(',').at(-1)),
  ).toEqual([expect.stringMatching(/^[0-9a-f]{24}$/), expect.stringMatching(/^[0-9a-f]{24}$/)]);
});

test('an away message sent is not a reply: the customer is still waiting, and nothing is recorded for it', async ({
  openDm,
  worker,
}) => {
  const dm = await openDm(IG, { threads: { '1001': { name: 'Jane Doe', handle: 'jane' } } });
  await dm.page.waitForTimeout(1600);
  await fixtureCall(dm.page, 'receive', 'Are you open today?');
  await expect(dm.sidebar.getByTestId('waiting')).toBeVisible();
  await dm.sidebar.getByTestId('search').fill('away');
  await dm.template('Away message').click();
  await expect.poll(() => dm.editorText()).toContain("We're away right now");
  await dm.page.locator(editor).press('Enter');
  await expect.poll(() => fixtureCall(dm.page, 'sent')).toHaveLength(1);
  await dm.page.waitForTimeout(800);
  await expect(dm.sidebar.getByTestId('waiting')).toBeVisible();
  expect((await dbRows<Event>(worker, 'events')).map((e) => e.direction)).toEqual(['in']);
});
