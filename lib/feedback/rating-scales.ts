/** The scales feedback is logged on: CSAT 1–5, NPS 0–10, a thumbs up/down (yes 1, no 0), or free text (no rating). */
export const FEEDBACK_SCALES = ['csat', 'nps', 'yesno', 'text'] as const;
export type FeedbackScale = (typeof FEEDBACK_SCALES)[number];
/** A scale that carries a number. */
export type RatedScale = Exclude<FeedbackScale, 'text'>;
/** The scales a survey template can ask on (a thumbs up/down is only ever recognised in a reply). */
export const SURVEY_SCALES = ['csat', 'nps', 'text'] as const satisfies readonly FeedbackScale[];
export type SurveyScale = (typeof SURVEY_SCALES)[number];

/** The lowest and highest rating of each rated scale (whole numbers only). */
export const RATING_RANGE: Readonly<Record<RatedScale, { readonly min: number; readonly max: number }>> = {
  csat: { min: 1, max: 5 },
  nps: { min: 0, max: 10 },
  yesno: { min: 0, max: 1 },
};

/** Every rating on a rated scale, lowest first: csat 1…5, nps 0…10, yesno 0, 1. */
export function ratingsOn(scale: RatedScale): number[] {
  const { min, max } = RATING_RANGE[scale];
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

/** True when the rating belongs on the scale: a whole number in its range, and none at all for free text. */
export function fitsScale(scale: FeedbackScale, rating: number | undefined): boolean {
  if (scale === 'text') return rating === undefined;
  if (rating === undefined) return false;
  const { min, max } = RATING_RANGE[scale];
  return Number.isInteger(rating) && rating >= min && rating <= max;
}

/** A rated scale's range as people read it: "1–5", "0–10", "0–1". */
export function rangeLabel(scale: RatedScale): string {
  const { min, max } = RATING_RANGE[scale];
  return `${min}–${max}`;
}

/** A rating as the sidebar and dashboard show it: "★4" (CSAT), "9/10" (NPS), 👍/👎 (yes/no); "—" when unrated. */
export function ratingLabel(scale: FeedbackScale, rating: number | undefined): string {
  if (rating === undefined) return '—';
  if (scale === 'csat') return `★${rating}`;
  if (scale === 'nps') return `${rating}/${RATING_RANGE.nps.max}`;
  if (scale === 'yesno') return rating ? '👍' : '👎';
  return String(rating);
}
