import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { SidekickDatabase } from './database';
import { logFeedback, teamFeedbackBetween } from './feedback-store';

const AT = Date.UTC(2026, 10, 20, 10);
let n = 0;
const open: SidekickDatabase[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

describe('team feedback in the dashboard', () => {
  it('lists this member’s own and the teammates’ for the team, one member’s for a member’s scope, within the range', async () => {
    const db = new SidekickDatabase(`team-feedback-${++n}`);
    open.push(db);
    await logFeedback(db, {
      contactKey: 'instagram:1',
      platform: 'instagram',
      scale: 'csat',
      rating: 4,
      tags: [],
      at: AT,
      source: 'manual',
    });
    const theirs = (member: string, rating: number, at = AT) => ({
      member,
      contactKey: 'instagram:2',
      platform: 'instagram' as const,
      scale: 'csat' as const,
      rating,
      tags: [],
      at,
      source: 'manual' as const,
    });
    await db.teamRecords.bulkPut([
      {
        id: 'feedback:ben:2026-11',
        kind: 'feedback',
        member: 'ben',
        entries: [theirs('ben', 5), theirs('ben', 1, AT + 40 * 86_400_000)],
        asks: [],
      },
      { id: 'feedback:cleo:2026-11', kind: 'feedback', member: 'cleo', entries: [theirs('cleo', 2)], asks: [] },
      { id: 'uses:ben', kind: 'uses', member: 'ben', counts: {} },
    ]);
    const range = [AT - 86_400_000, AT + 86_400_000] as const;
    const team = await teamFeedbackBetween(db, ...range, 'team', 'ana');
    expect(team.entries.map((e) => [e.member, e.rating]).sort()).toEqual([
      ['ana', 4],
      ['ben', 5],
      ['cleo', 2],
    ]);
    const ben = await teamFeedbackBetween(db, ...range, { member: 'ben' }, 'ana');
    expect(ben.entries.map((e) => [e.member, e.rating])).toEqual([['ben', 5]]);
    const ana = await teamFeedbackBetween(db, ...range, { member: 'ana' }, 'ana');
    expect(ana.entries.map((e) => [e.member, e.rating, typeof e.id])).toEqual([['ana', 4, 'number']]);
  });
});
