import { RATING_RANGE, type RatedScale } from './rating-scales';

/** How the interface words a rating's problem (the dashboard passes its language's). */
export interface RatingWords {
  /** "Enter 1 for yes or 0 for no." */
  yesOrNo: string;
  /** "Enter a whole number from 1 to 5." */
  wholeNumber: (min: number, max: number) => string;
  /** "“4.5” is not a rating." */
  notARating: (typed: string) => string;
  /** "6 is not on this scale." */
  offScale: (rating: number) => string;
}

/** A rating typed by the seller: the whole number it holds on the scale, or the problem in `say`'s words. */
export function readTypedRating(scale: RatedScale, text: string, say: RatingWords): { rating: number } | { problem: string } {
  const { min, max } = RATING_RANGE[scale];
  const wanted = scale === 'yesno' ? say.yesOrNo : say.wholeNumber(min, max);
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return { problem: trimmed ? `${say.notARating(trimmed.slice(0, 20))} ${wanted}` : wanted };
  const rating = Number(trimmed);
  if (rating < min || rating > max) return { problem: `${say.offScale(rating)} ${wanted}` };
  return { rating };
}
