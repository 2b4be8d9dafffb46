import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES } from '../settings/preferences';
import type { MessageEvent } from '../metrics/types';
import type { TeamEvent } from '../team/event-docs';
import { HOUR_MS, MINUTE_MS } from '../vocab/time';
import { firstResponsesByMember, scopeEvents, scopeMetricsFromEvents } from './team-metrics';

const T0 = Date.UTC(2026, 10, 20, 10);
const own = (key: string, contactKey: string, direction: 'in' | 'out', at: number, teamKey?: string): MessageEvent => ({
  key,
  platform: 'whatsapp',
  threadId: contactKey.split(':')[1]!,
  contactKey,
  direction,
  at,
  source: 'observed',
  precisionMs: 1000,
  observedAt: at,
  history: false,
  ...(teamKey ? { teamKey } : {}),
});
const theirs = (e: MessageEvent, member: string, key = e.teamKey ?? e.key): TeamEvent => ({
  key,
  member,
  platform: e.platform,
  threadId: e.threadId,
  contactKey: e.contactKey,
  direction: e.direction,
  at: e.at,
  source: e.source,
  precisionMs: e.precisionMs,
  history: e.history,
});

// Ana (this device) answers Jane in 2 minutes; Ben answers Omar in 10. Both saw Jane's first message (page ids).
const janeIn = own('a1', 'whatsapp:jane', 'in', T0, 'team1');
const janeOut = own('a2', 'whatsapp:jane', 'out', T0 + 2 * MINUTE_MS, 'team2');
const omarIn = own('b1', 'whatsapp:omar', 'in', T0 + HOUR_MS, 'team3');
const omarOut = own('b2', 'whatsapp:omar', 'out', T0 + HOUR_MS + 10 * MINUTE_MS, 'team4');
const mine = [janeIn, janeOut];
const bens = [theirs(janeIn, 'ben'), theirs(omarIn, 'ben'), theirs(omarOut, 'ben')];
const options = {
  from: T0 - HOUR_MS,
  to: T0 + 5 * HOUR_MS,
  now: T0 + 6 * HOUR_MS,
  missedThresholdMs: 24 * HOUR_MS,
  completionTimeoutMs: 24 * HOUR_MS,
  attributionMs: 14 * 24 * HOUR_MS,
  schedule: DEFAULT_PREFERENCES.schedule,
};

describe('team scopes', () => {
  it('the team counts a message both members saw once (by its team key)', () => {
    const events = scopeEvents(mine, bens, 'ana');
    expect(events.map((e) => e.key).sort()).toEqual(['a1', 'a2', 'team3', 'team4']);
  });
  it('figures: the team has both conversations and both first responses; each member the ones they answered first', () => {
    const team = scopeMetricsFromEvents(mine, bens, [], 'team', 'ana', options);
    expect(team.conversations).toBe(2);
    expect(team.firstResponse.count).toBe(2);
    expect(team.firstResponse.median).toBe(6 * 60);
    expect(team.messagesIn + team.messagesOut).toBe(4);
    // Ben saw Jane's message too, but Ana answered it first: it is hers, not an unanswered one of his.
    const ben = scopeMetricsFromEvents(mine, bens, [], { member: 'ben' }, 'ana', options);
    expect([ben.conversations, ben.repliedConversations, ben.firstResponse.median, ben.missed]).toEqual([1, 1, 10 * 60, 0]);
    expect([ben.messagesIn, ben.messagesOut]).toEqual([1, 1]);
    const ana = scopeMetricsFromEvents(mine, bens, [], { member: 'ana' }, 'ana', options);
    expect([ana.conversations, ana.firstResponse.median, ana.messagesIn, ana.messagesOut]).toEqual([1, 2 * 60, 1, 1]);
  });
});

describe('a member’s scope (docs/metrics.md, "Team figures")', () => {
  const later = { ...options, now: T0 + 30 * HOUR_MS };
  const ask = own('c1', 'whatsapp:lina', 'in', T0 + 2 * HOUR_MS, 'team5');
  it('an unanswered conversation belongs to every member who saw it, missed by each', () => {
    const seen = [theirs(ask, 'ben'), theirs(ask, 'cleo')];
    for (const member of ['ana', 'ben', 'cleo']) {
      const m = scopeMetricsFromEvents([ask], seen, [], { member }, 'ana', later);
      expect([m.conversations, m.repliedConversations, m.missed, m.waiting.length, m.messagesIn]).toEqual([1, 0, 1, 1, 1]);
    }
    // The team counts it once.
    const team = scopeMetricsFromEvents([ask], seen, [], 'team', 'ana', later);
    expect([team.conversations, team.missed, team.messagesIn]).toEqual([1, 1, 1]);
    expect(scopeMetricsFromEvents([ask], seen, [], { member: 'dan' }, 'ana', later).conversations).toBe(0);
  });
  it('a member who saw it but replied after a teammate: the conversation is the first replier’s, with all its messages', () => {
    const bensReply = theirs(own('x', 'whatsapp:lina', 'out', T0 + 2 * HOUR_MS + 5 * MINUTE_MS, 'team6'), 'ben');
    const anasReply = own('c2', 'whatsapp:lina', 'out', T0 + 2 * HOUR_MS + 9 * MINUTE_MS, 'team7');
    const ana = scopeMetricsFromEvents([ask, anasReply], [theirs(ask, 'ben'), bensReply], [], { member: 'ana' }, 'ana', later);
    expect(ana.conversations).toBe(0);
    expect(ana.messagesIn + ana.messagesOut).toBe(0);
    const ben = scopeMetricsFromEvents([ask, anasReply], [theirs(ask, 'ben'), bensReply], [], { member: 'ben' }, 'ana', later);
    expect([ben.conversations, ben.firstResponse.median, ben.messagesIn, ben.messagesOut]).toEqual([1, 5 * 60, 1, 2]);
  });
  it('a teammate’s late reply moves an unanswered conversation out of the others’ scopes', () => {
    const before = scopeMetricsFromEvents([ask], [theirs(ask, 'ben')], [], { member: 'ana' }, 'ana', later);
    expect(before.missed).toBe(1);
    const reply = theirs(own('y', 'whatsapp:lina', 'out', T0 + 2 * HOUR_MS + MINUTE_MS, 'team8'), 'ben');
    const after = scopeMetricsFromEvents([ask], [theirs(ask, 'ben'), reply], [], { member: 'ana' }, 'ana', later);
    expect([after.conversations, after.missed]).toEqual([0, 0]);
  });
});

describe('first response by member', () => {
  it('credits each conversation to the member whose reply came first', () => {
    const events = scopeEvents(mine, bens, 'ana');
    expect(firstResponsesByMember(events, ['ana', 'ben'], options)).toEqual([
      { member: 'ana', median: 2 * 60, count: 1 },
      { member: 'ben', median: 10 * 60, count: 1 },
    ]);
    // Outside the range: nothing to credit.
    expect(firstResponsesByMember(events, ['ana', 'ben'], { ...options, from: T0 + 2 * HOUR_MS })).toEqual([
      { member: 'ana', median: null, count: 0 },
      { member: 'ben', median: null, count: 0 },
    ]);
  });
});
