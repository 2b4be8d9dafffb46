import { RATING_RANGE, type RatedScale } from './rating-scales';

/** A rating typed by the seller: the whole number it holds on the scale, or the problem in words. */
export function readTypedRating(scale: RatedScale, text: string): { rating: number } | { problem: string } {
  const { min, max } = RATING_RANGE[scale];
  const wanted = scale === 'yesno' ? 'Enter 1 for yes or 0 for no.' : `Enter a whole number from ${min} to ${max}.`;
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return { problem: trimmed ? `“${trimmed.slice(0, 20)}” is not a rating. ${wanted}` : wanted };
  const rating = Number(trimmed);
  if (rating < min || rating > max) return { problem: `${rating} is not on this scale. ${wanted}` };
  return { rating };
}
