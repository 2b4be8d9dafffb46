import { describe, expect, it } from 'vitest';
import { readTypedRating, type RatingWords } from './typed-rating';

const english: RatingWords = {
  yesOrNo: 'Enter 1 for yes or 0 for no.',
  wholeNumber: (min, max) => `Enter a whole number from ${min} to ${max}.`,
  notARating: (typed) => `“${typed}” is not a rating.`,
  offScale: (rating) => `${rating} is not on this scale.`,
};

describe('readTypedRating', () => {
  it('reads a whole number on the scale', () => {
    expect(readTypedRating('csat', ' 4 ', english)).toEqual({ rating: 4 });
    expect(readTypedRating('nps', '0', english)).toEqual({ rating: 0 });
    expect(readTypedRating('nps', '10', english)).toEqual({ rating: 10 });
    expect(readTypedRating('yesno', '1', english)).toEqual({ rating: 1 });
  });
  it('says what is wrong with anything else (an empty box is not 0)', () => {
    expect(readTypedRating('nps', '', english)).toEqual({ problem: 'Enter a whole number from 0 to 10.' });
    expect(readTypedRating('csat', '6', english)).toEqual({
      problem: '6 is not on this scale. Enter a whole number from 1 to 5.',
    });
    expect(readTypedRating('csat', '0', english)).toEqual({
      problem: '0 is not on this scale. Enter a whole number from 1 to 5.',
    });
    expect(readTypedRating('csat', '4.5', english)).toEqual({
      problem: '“4.5” is not a rating. Enter a whole number from 1 to 5.',
    });
    expect(readTypedRating('nps', '-1', english)).toEqual({
      problem: '“-1” is not a rating. Enter a whole number from 0 to 10.',
    });
    expect(readTypedRating('yesno', '2', english)).toEqual({ problem: '2 is not on this scale. Enter 1 for yes or 0 for no.' });
  });
});
