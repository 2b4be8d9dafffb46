import { describe, expect, it } from 'vitest';
import { FEEDBACK_SCALES, fitsScale, rangeLabel, RATING_RANGE, ratingLabel, ratingsOn, SURVEY_SCALES } from './rating-scales';

describe('rating scales', () => {
  it('are CSAT 1–5, NPS 0–10 and yes/no 0–1, with free text unrated', () => {
    expect(FEEDBACK_SCALES).toEqual(['csat', 'nps', 'yesno', 'text']);
    expect(SURVEY_SCALES).toEqual(['csat', 'nps', 'text']);
    expect(RATING_RANGE).toEqual({ csat: { min: 1, max: 5 }, nps: { min: 0, max: 10 }, yesno: { min: 0, max: 1 } });
    expect(ratingsOn('csat')).toEqual([1, 2, 3, 4, 5]);
    expect(ratingsOn('nps')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(ratingsOn('yesno')).toEqual([0, 1]);
  });

  it.each([
    ['csat', 1, true],
    ['csat', 5, true],
    ['csat', 0, false],
    ['csat', 6, false],
    ['csat', 4.5, false],
    ['csat', undefined, false],
    ['nps', 0, true],
    ['nps', 10, true],
    ['nps', 11, false],
    ['nps', -1, false],
    ['nps', Number.NaN, false],
    ['yesno', 0, true],
    ['yesno', 1, true],
    ['yesno', 2, false],
    ['text', undefined, true],
    ['text', 0, false],
  ] as const)('%s: %s fits is %s', (scale, rating, fits) => {
    expect(fitsScale(scale, rating)).toBe(fits);
  });

  it('are labelled as people read them', () => {
    expect(rangeLabel('csat')).toBe('1–5');
    expect(rangeLabel('nps')).toBe('0–10');
    expect(ratingLabel('csat', 4)).toBe('★4');
    expect(ratingLabel('nps', 9)).toBe('9/10');
    expect(ratingLabel('yesno', 1)).toBe('👍');
    expect(ratingLabel('yesno', 0)).toBe('👎');
    expect(ratingLabel('csat', undefined)).toBe('—');
  });
});
