import { describe, expect, it } from 'vitest';
import { csatScore, npsScore, surveyResponseRate, weekOf, weeklyScores, type FeedbackEntry } from './scores';

const e = (scale: FeedbackEntry['scale'], rating: number | undefined, at = 0): FeedbackEntry => ({
  contactKey: 'instagram:1',
  platform: 'instagram',
  scale,
  rating,
  tags: [],
  at,
  source: 'manual',
});

describe('CSAT', () => {
  it('is satisfied (4–5) over all rated; 3 is not satisfied; other scales and unrated are left out', () => {
    expect(csatScore([e('csat', 5), e('csat', 4), e('csat', 3), e('csat', 1), e('nps', 10), e('text', undefined)])).toEqual({
      score: 0.5,
      rated: 4,
    });
    expect(csatScore([])).toEqual({ score: null, rated: 0 });
  });
});

describe('NPS', () => {
  it('is % promoters − % detractors, passives in the total', () => {
    // 3 promoters, 2 passives, 5 detractors of 10 → 30 − 50 = −20
    const ratings = [10, 9, 9, 8, 7, 6, 5, 3, 0, 6];
    expect(npsScore(ratings.map((r) => e('nps', r)))).toEqual({ score: -20, rated: 10 });
    expect(npsScore([e('nps', 10)])).toEqual({ score: 100, rated: 1 });
    expect(npsScore([e('csat', 5)])).toEqual({ score: null, rated: 0 });
  });
});

describe('survey response rate', () => {
  it('is answered ÷ sent', () => {
    const ask = { contactKey: 'x', platform: 'instagram' as const, templateId: 1, scale: 'csat' as const, askedAt: 0 };
    expect(
      surveyResponseRate([
        { ...ask, id: 'a', answeredAt: 5 },
        { ...ask, id: 'b' },
        { ...ask, id: 'c' },
        { ...ask, id: 'd', answeredAt: 9 },
      ]),
    ).toEqual({ rate: 0.5, sent: 4, answered: 2 });
    expect(surveyResponseRate([]).rate).toBeNull();
  });
});

describe('weeks', () => {
  it('groups by ISO week (Monday)', () => {
    expect(weekOf(Date.parse('2026-11-26T12:00:00Z'))).toBe('2026-11-23');
    expect(weekOf(Date.parse('2026-11-23T00:00:00Z'))).toBe('2026-11-23');
    expect(weekOf(Date.parse('2026-11-22T23:59:00Z'))).toBe('2026-11-16');
    const weekly = weeklyScores([
      e('csat', 5, Date.parse('2026-11-24T00:00:00Z')),
      e('csat', 2, Date.parse('2026-11-25T00:00:00Z')),
      e('nps', 10, Date.parse('2026-11-17T00:00:00Z')),
    ]);
    expect(weekly).toEqual([
      { week: '2026-11-16', csat: null, nps: 100, count: 1 },
      { week: '2026-11-23', csat: 0.5, nps: null, count: 2 },
    ]);
  });
});
