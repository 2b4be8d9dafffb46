import type { Conversation, MessageEvent, ThreadMark } from './types';
import { DAY_MS } from '../vocab/time';

/** Facebook's rule: a customer message after this much silence (from both sides) starts a new conversation. */
export const NEW_CONVERSATION_GAP_MS = DAY_MS;

/** Events that can be timed: estimated times (old rows with no page time) never enter timing metrics. */
export function timed(events: readonly MessageEvent[]): MessageEvent[] {
  return events.filter((e) => e.source !== 'estimated').sort((a, b) => a.at - b.at || a.key.localeCompare(b.key));
}

/**
 * Splits one thread's events into conversations (Facebook's 24-hour rule), with its inbound bursts and the replies
 * that answered them, and applies the seller's marks: a mark belongs to the latest conversation started at or before
 * it. Business messages before a thread's first customer message belong to no conversation.
 */
export function conversationsOf(events: readonly MessageEvent[], marks: readonly ThreadMark[] = []): Conversation[] {
  const out: Conversation[] = [];
  let current: Conversation | null = null;
  let lastMessageAt = -Infinity;
  for (const e of timed(events)) {
    if (e.direction === 'in') {
      if (!current || e.at - lastMessageAt >= NEW_CONVERSATION_GAP_MS) {
        current = {
          id: `${e.contactKey}@${e.at}`,
          contactKey: e.contactKey,
          platform: e.platform,
          startAt: e.at,
          lastAt: e.at,
          lastInAt: e.at,
          bursts: [],
          messagesIn: 0,
          messagesOut: 0,
          templates: [],
          waiting: 0,
        };
        out.push(current);
      }
      current.messagesIn++;
      current.lastInAt = e.at;
      const burst = current.bursts[current.bursts.length - 1];
      if (!burst || burst.replyAt !== undefined) current.bursts.push({ startAt: e.at });
    } else if (current) {
      current.messagesOut++;
      const burst = current.bursts[current.bursts.length - 1];
      if (burst && burst.replyAt === undefined) burst.replyAt = e.at;
      if (current.firstReplyAt === undefined) {
        current.firstReplyAt = e.at;
        if (e.member !== undefined) current.firstReplyBy = e.member;
      }
      if (e.templateId !== undefined) current.templates.push({ id: e.templateId, at: e.at });
    }
    if (current) current.lastAt = Math.max(current.lastAt, e.at);
    lastMessageAt = e.at;
  }
  for (const mark of [...marks].sort((a, b) => a.at - b.at)) {
    const target = [...out].reverse().find((c) => c.startAt <= mark.at);
    if (!target) continue;
    if (mark.kind === 'converted') target.convertedAt ??= mark.at;
    else target.doneAt = mark.at;
  }
  for (const c of out) c.waiting = isWaiting(c) ? 1 : 0;
  return out;
}

/** The latest burst has no reply, and the seller has not marked the conversation done since it began. */
export function isWaiting(c: Conversation): boolean {
  const last = c.bursts[c.bursts.length - 1];
  return Boolean(last && last.replyAt === undefined && !(c.doneAt !== undefined && c.doneAt >= last.startAt));
}

/** When a burst was handled: its reply, or the seller marking the conversation done (which counts as handled). */
export function handledAt(c: Conversation, burstIndex: number): number | undefined {
  const b = c.bursts[burstIndex]!;
  if (b.replyAt !== undefined) return b.replyAt;
  return c.doneAt !== undefined && c.doneAt >= b.startAt ? c.doneAt : undefined;
}
