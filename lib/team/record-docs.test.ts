import { describe, expect, it } from 'vitest';
import type { FeedbackEntry, SurveyAsk } from '../feedback/scores';
import { feedbackDocId, monthOf, monthRange, recordOfDoc, sameRecord, toFeedbackDoc, usesDocId } from './record-docs';

const AT = Date.UTC(2026, 10, 20, 10);
const entry: FeedbackEntry = {
  id: 4,
  contactKey: 'instagram:1001',
  platform: 'instagram',
  scale: 'csat',
  rating: 5,
  comment: 'Fast <b>delivery</b> 🚚',
  tags: ['delivery'],
  at: AT,
  surveyId: 'k1',
  source: 'survey',
};
const ask: SurveyAsk = {
  id: 'k1',
  contactKey: 'instagram:1001',
  platform: 'instagram',
  templateId: 9,
  scale: 'csat',
  askedAt: AT - 1000,
  answeredAt: AT,
};

describe('team feedback documents', () => {
  it('carry a month of entries and surveys without this device’s ids, and come back as the member’s', () => {
    const doc = toFeedbackDoc('ana', '2026-11', [entry], [ask]);
    expect(doc._id).toBe('feedback:ana:2026-11');
    expect(JSON.stringify(doc)).not.toMatch(/"templateId"|"surveyId"|"id":4/);
    const back = recordOfDoc(JSON.parse(JSON.stringify(doc)));
    expect(back).toEqual({
      id: 'feedback:ana:2026-11',
      kind: 'feedback',
      member: 'ana',
      entries: [
        {
          member: 'ana',
          contactKey: 'instagram:1001',
          platform: 'instagram',
          scale: 'csat',
          rating: 5,
          comment: 'Fast <b>delivery</b> 🚚',
          tags: ['delivery'],
          at: AT,
          source: 'survey',
        },
      ],
      asks: [
        {
          member: 'ana',
          id: 'k1',
          contactKey: 'instagram:1001',
          platform: 'instagram',
          scale: 'csat',
          askedAt: AT - 1000,
          answeredAt: AT,
        },
      ],
    });
  });

  it('leave out what does not fit: a rating off its scale, an oversized comment, too many tags, a bad time', () => {
    const doc = toFeedbackDoc('ben', '2026-11', [entry], [ask]);
    const hostile = {
      ...doc,
      entries: [
        ...doc.entries,
        { ...doc.entries[0], rating: 6 },
        { ...doc.entries[0], rating: 4.5 },
        { ...doc.entries[0], comment: 'x'.repeat(5001) },
        { ...doc.entries[0], tags: Array.from({ length: 31 }, (_, i) => `t${i}`) },
        { ...doc.entries[0], at: 'soon' },
        { ...doc.entries[0], scale: 'stars' },
        { ...doc.entries[0], source: 'bot' },
        null,
      ],
      asks: [...doc.asks, { ...doc.asks[0], scale: 'yesno' }, { ...doc.asks[0], id: '' }],
    };
    const back = recordOfDoc(hostile);
    expect(back?.kind === 'feedback' && [back.entries.length, back.asks.length]).toEqual([1, 1]);
    expect(recordOfDoc({ ...doc, member: '' })).toBeNull();
    expect(recordOfDoc({ ...doc, type: 'template' })).toBeNull();
    expect(recordOfDoc({ ...doc, entries: 'all' })).toBeNull();
  });

  it('use counts: only template ids and whole counts are taken', () => {
    const counts = {
      '3f2c9a1e-0000-4000-8000-000000000001': 12,
      constructor: 5,
      'not an id!': 3,
      'abcdef12-3456': -1,
      abcdef1234567: 2.5,
    };
    const back = recordOfDoc({ _id: usesDocId('ana'), type: 'uses', member: 'ana', counts });
    expect(back).toEqual({ id: 'uses:ana', kind: 'uses', member: 'ana', counts: { '3f2c9a1e-0000-4000-8000-000000000001': 12 } });
  });

  it('name months in UTC, and compare documents by what they say, not their revision', () => {
    expect(monthOf(Date.UTC(2026, 0, 31, 23, 59))).toBe('2026-01');
    expect(monthRange('2026-12')).toEqual([Date.UTC(2026, 11, 1), Date.UTC(2027, 0, 1)]);
    expect(feedbackDocId('a:b', '2026-01')).toBe('feedback:a%3Ab:2026-01');
    const doc = toFeedbackDoc('ana', '2026-11', [entry], []);
    expect(sameRecord({ ...doc, _rev: '1-a' }, doc)).toBe(true);
    expect(sameRecord(doc, toFeedbackDoc('ana', '2026-11', [{ ...entry, rating: 4 }], []))).toBe(false);
  });
});
