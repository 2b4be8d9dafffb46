import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES } from '../settings/preferences';
import type { MessageEvent } from '../metrics/types';
import type { TeamEvent } from '../team/event-docs';
import { HOUR_MS, MINUTE_MS } from '../vocab/time';
import { metricsFromEvents, scopeEvents } from './team-metrics';

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
    const events = scopeEvents(mine, bens, 'team', 'ana');
    expect(events.map((e) => e.key).sort()).toEqual(['a1', 'a2', 'team3', 'team4']);
  });
  it('a member scope is that member’s events alone; mine are this device’s', () => {
    expect(scopeEvents(mine, bens, { member: 'ben' }, 'ana').map((e) => e.key)).toEqual(['team1', 'team3', 'team4']);
    expect(scopeEvents(mine, bens, { member: 'ana' }, 'ana').map((e) => e.key)).toEqual(['a1', 'a2']);
    // A teammate's document claiming to be this member's never joins "mine".
    expect(scopeEvents(mine, [theirs(omarIn, 'ana')], { member: 'ana' }, 'ana').map((e) => e.key)).toEqual(['a1', 'a2']);
  });
  it('figures: the team has both conversations and both first responses; each member theirs', () => {
    const team = metricsFromEvents(scopeEvents(mine, bens, 'team', 'ana'), [], options);
    expect(team.conversations).toBe(2);
    expect(team.firstResponse.count).toBe(2);
    expect(team.firstResponse.median).toBe(6 * 60);
    const ben = metricsFromEvents(scopeEvents(mine, bens, { member: 'ben' }, 'ana'), [], options);
    // Ben saw Jane's message too, but answered only Omar.
    expect([ben.conversations, ben.repliedConversations, ben.firstResponse.median]).toEqual([2, 1, 10 * 60]);
    const ana = metricsFromEvents(scopeEvents(mine, bens, { member: 'ana' }, 'ana'), [], options);
    expect([ana.conversations, ana.firstResponse.median]).toEqual([1, 2 * 60]);
    expect(team.messagesIn + team.messagesOut).toBe(4);
  });
});

describe('first response by member', () => {
  it('credits each conversation to the member whose reply came first', async () => {
    const { firstResponsesByMember } = await import('./team-metrics');
    const events = scopeEvents(mine, bens, 'team', 'ana');
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
