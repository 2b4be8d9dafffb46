// Flows every site's end-to-end spec walks through in the same way: a shortcut expanded with Tab, a live message timed
// to its reply and on to the dashboard, a survey answered with a rating. Each site spec passes what differs (its
// message box, how it sends, how its customer writes) and keeps its own traps and extra checks beside the call.
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import type { MessageEvent } from '../../lib/metrics/types';
import { dbRows, expect, fixtureCall, metricValue, openDashboard, type DmPage } from './harness';

/** What differs from site to site in one open chat. */
export interface SiteChat {
  /** The message box the seller types in. */
  composer: Locator;
  /** Sends what the box holds. Default: Enter in the box; a site whose Send must come on first checks that here. */
  send?: () => Promise<unknown>;
  /** The customer writes `text` in this chat. Default: the fixture's `receive`, into the chat open on the page. */
  receive?: (text: string) => Promise<unknown>;
}

const sendOf = (chat: SiteChat) => chat.send ?? (() => chat.composer.press('Enter'));
const receiveOf = (page: Page, chat: Pick<SiteChat, 'receive'>) =>
  chat.receive ?? ((text: string) => fixtureCall(page, 'receive', text));

/**
 * The customer writes `question`: the first suggestion becomes `expected.title`, with `expected.reason` as its reason
 * when given.
 */
export async function questionComesFirst(
  dm: DmPage,
  question: string,
  expected: { title: string; reason?: string },
  chat: Pick<SiteChat, 'receive'> = {},
): Promise<void> {
  await receiveOf(dm.page, chat)(question);
  const first = dm.sidebar.getByTestId('suggestion').first();
  await expect(first).toHaveAttribute('data-title', expected.title);
  if (expected.reason !== undefined) await expect(first.getByTestId('reason')).toHaveText(expected.reason);
}

/**
 * Types "Sure! /ship" into the chat's box and presses Tab: the shortcut becomes the Shipping time reply after the words
 * already typed, in the editor's own state, and the box keeps the focus. Then the customer asks the price and the
 * Price question reply comes first (with `reason`, when given).
 */
export async function shipShortcutThenPriceQuestion(dm: DmPage, chat: SiteChat, reason?: string): Promise<void> {
  await chat.composer.click();
  await chat.composer.pressSequentially('Sure! /ship');
  await chat.composer.press('Tab');
  await expect.poll(() => dm.editorText()).toMatch(/^Sure! .*Orders ship within/s);
  expect(await dm.editorText()).not.toContain('/ship');
  await expect(chat.composer).toBeFocused();
  await questionComesFirst(dm, 'How much is the blue mug?', { title: 'Price question', reason }, chat);
}

/** Lets 3 s pass with the customer waiting, and checks the sidebar's timer counted them (it shows whole seconds). */
export async function waitingTimerCounts(dm: DmPage): Promise<void> {
  const waiting = dm.sidebar.getByTestId('waiting');
  const firstSeconds = Number(await waiting.getAttribute('data-seconds'));
  await dm.page.waitForTimeout(3000);
  await expect.poll(async () => Number(await waiting.getAttribute('data-seconds'))).toBeGreaterThanOrEqual(firstSeconds + 2);
}

/**
 * A customer's live message starts the waiting timer; after `meanwhile` (default: 2.5 s; whatever it does must take
 * more than 2 s) the seller replies with the Shipping time template and the timer goes. The message and the reply are
 * stored as two events, the reply seen being sent, more than 2 s apart; the dashboard's first-response median is that
 * delay. Returns both events, the delay in seconds and the dashboard, for the site's own checks.
 */
export async function timedFirstResponse(
  dm: DmPage,
  chat: SiteChat,
  options: {
    context: BrowserContext;
    worker: Worker;
    meanwhile?: () => Promise<unknown>;
    /** Only this contact's events count: other chats on the page store their own history. */
    contactKey?: string;
  },
): Promise<{ incoming: MessageEvent; reply: MessageEvent; seconds: number; dashboard: Page }> {
  const { context, worker, meanwhile = () => dm.page.waitForTimeout(2500), contactKey } = options;
  // Rows that appear in a chat's first 1.5 s are its history loading, never counted as new: the customer writes later.
  await dm.page.waitForTimeout(1600);
  await receiveOf(dm.page, chat)('Hi! Do you ship to Porto?');
  await expect(dm.sidebar.getByTestId('waiting')).toBeVisible();
  await meanwhile();
  await dm.template('Shipping time').click();
  // Insertion is asynchronous (verified against the editor's state): a send before it lands would send nothing.
  await expect.poll(() => dm.editorText()).toContain('Orders ship within');
  await sendOf(chat)();
  await expect(dm.sidebar.getByTestId('waiting')).toHaveCount(0);

  const stored = async () =>
    (await dbRows<MessageEvent>(worker, 'events'))
      .filter((e) => contactKey === undefined || e.contactKey === contactKey)
      .sort((a, b) => a.at - b.at);
  await expect.poll(async () => (await stored()).length).toBe(2);
  const [incoming, reply] = (await stored()) as [MessageEvent, MessageEvent];
  expect([incoming.direction, reply.direction, reply.source]).toEqual(['in', 'out', 'observed']);
  const seconds = (reply.at - incoming.at) / 1000;
  expect(seconds).toBeGreaterThan(2);
  const dashboard = await openDashboard(context, worker);
  expect(await metricValue(dashboard, 'first-response-median')).toBeCloseTo(seconds, 3);
  return { incoming, reply, seconds, dashboard };
}

/**
 * The seller sends the Satisfaction survey and the sidebar waits for feedback; the customer answers `answer` (a 5 in
 * it) and the sidebar proposes logging ★5 from `firstName`. Returns that proposal, for a site that accepts it.
 */
export async function surveyAnswerProposesFive(
  dm: DmPage,
  chat: SiteChat,
  { answer, firstName }: { answer: string; firstName: string },
): Promise<Locator> {
  await dm.template('Satisfaction survey').click();
  await expect.poll(() => dm.editorText()).toContain('how would you rate your order');
  await sendOf(chat)();
  await expect(dm.sidebar.getByTestId('awaiting-feedback')).toBeVisible();
  await receiveOf(dm.page, chat)(answer);
  const suggestion = dm.sidebar.getByTestId('feedback-suggestion');
  await expect(suggestion).toHaveAttribute('data-rating', '5');
  await expect(suggestion).toContainText(`Log ★5 from ${firstName}?`);
  return suggestion;
}
