import type { FeedbackEntry } from './scores';

type RatedScale = Exclude<FeedbackEntry['scale'], 'text'>;

/** The lowest and highest rating of a scale: CSAT 1–5, NPS 0–10, yes/no 0–1. */
export function ratingRange(scale: RatedScale): [min: number, max: number] {
  return scale === 'csat' ? [1, 5] : scale === 'nps' ? [0, 10] : [0, 1];
}

/** A rating typed by the seller: the whole number it holds on the scale, or the problem in words. */
export function readTypedRating(scale: RatedScale, text: string): { rating: number } | { problem: string } {
  const [min, max] = ratingRange(scale);
  const wanted = scale === 'yesno' ? 'Enter 1 for yes or 0 for no.' : `Enter a whole number from ${min} to ${max}.`;
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return { problem: trimmed ? `“${trimmed.slice(0, 20)}” is not a rating. ${wanted}` : wanted };
  const rating = Number(trimmed);
  if (rating < min || rating > max) return { problem: `${rating} is not on this scale. ${wanted}` };
  return { rating };
}
