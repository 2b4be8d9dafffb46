import { describe, expect, it } from 'vitest';
import { readTypedRating } from './typed-rating';

describe('readTypedRating', () => {
  it('reads a whole number on the scale', () => {
    expect(readTypedRating('csat', ' 4 ')).toEqual({ rating: 4 });
    expect(readTypedRating('nps', '0')).toEqual({ rating: 0 });
    expect(readTypedRating('nps', '10')).toEqual({ rating: 10 });
    expect(readTypedRating('yesno', '1')).toEqual({ rating: 1 });
  });
  it('says what is wrong with anything else (an empty box is not 0)', () => {
    expect(readTypedRating('nps', '')).toEqual({ problem: 'Enter a whole number from 0 to 10.' });
    expect(readTypedRating('csat', '6')).toEqual({ problem: '6 is not on this scale. Enter a whole number from 1 to 5.' });
    expect(readTypedRating('csat', '0')).toEqual({ problem: '0 is not on this scale. Enter a whole number from 1 to 5.' });
    expect(readTypedRating('csat', '4.5')).toEqual({ problem: '“4.5” is not a rating. Enter a whole number from 1 to 5.' });
    expect(readTypedRating('nps', '-1')).toEqual({ problem: '“-1” is not a rating. Enter a whole number from 0 to 10.' });
    expect(readTypedRating('yesno', '2')).toEqual({ problem: '2 is not on this scale. Enter 1 for yes or 0 for no.' });
  });
});
