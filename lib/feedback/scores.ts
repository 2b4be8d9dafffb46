import type { PlatformId } from '../platforms/sites';
import type { FeedbackScale, SurveyScale } from './rating-scales';
import { DAY_MS } from '../vocab/time';

/** One logged piece of feedback. */
/** What the seller logs from the sidebar (the thread and time are added by the session and the background). */
export type FeedbackInput = Omit<FeedbackEntry, 'id' | 'at' | 'contactKey' | 'platform'>;

export interface FeedbackEntry {
  id?: number;
  contactKey: string;
  platform: PlatformId;
  scale: FeedbackScale;
  /** The rating on its scale (yes/no: 1/0); absent for free-text feedback. */
  rating?: number;
  comment?: string;
  tags: string[];
  at: number;
  /** The survey it answers, if it came from one. */
  surveyId?: string;
  source: 'survey' | 'manual';
  /** In the team's figures: the member who logged it (a teammate's entry has no `id` here and cannot be edited). */
  member?: string;
}

/** A survey sent in a thread: asked when the seller sent a survey template; answered when feedback was logged. */
export interface SurveyAsk {
  id: string;
  contactKey: string;
  platform: PlatformId;
  /** The survey template sent (absent on a teammate's survey, listed in the team's figures). */
  templateId?: number;
  scale: SurveyScale;
  askedAt: number;
  answeredAt?: number;
  /** In the team's figures: the member who sent it. */
  member?: string;
}

/** CSAT (Zendesk style): satisfied (4–5) ÷ all rated; 3 counts as not satisfied. */
export function csatScore(entries: readonly FeedbackEntry[]): { score: number | null; rated: number } {
  const rated = entries.filter((e) => e.scale === 'csat' && e.rating !== undefined);
  const satisfied = rated.filter((e) => e.rating! >= 4).length;
  return { score: rated.length ? satisfied / rated.length : null, rated: rated.length };
}

/** NPS: % promoters (9–10) − % detractors (0–6), −100…100; passives (7–8) count in the total. */
export function npsScore(entries: readonly FeedbackEntry[]): { score: number | null; rated: number } {
  const rated = entries.filter((e) => e.scale === 'nps' && e.rating !== undefined);
  if (rated.length === 0) return { score: null, rated: 0 };
  const promoters = rated.filter((e) => e.rating! >= 9).length;
  const detractors = rated.filter((e) => e.rating! <= 6).length;
  return { score: Math.round(((promoters - detractors) / rated.length) * 1000) / 10, rated: rated.length };
}

/** Surveys answered ÷ surveys sent. */
export function surveyResponseRate(asks: readonly SurveyAsk[]): { rate: number | null; sent: number; answered: number } {
  const answered = asks.filter((a) => a.answeredAt !== undefined).length;
  return { rate: asks.length ? answered / asks.length : null, sent: asks.length, answered };
}

/** Monday of the ISO week containing `t` (UTC), as YYYY-MM-DD. */
export function weekOf(t: number): string {
  const d = new Date(t);
  const monday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - ((d.getUTCDay() + 6) % 7) * DAY_MS;
  return new Date(monday).toISOString().slice(0, 10);
}

/** CSAT and NPS per week, oldest first. */
export function weeklyScores(
  entries: readonly FeedbackEntry[],
): { week: string; csat: number | null; nps: number | null; count: number }[] {
  const weeks = new Map<string, FeedbackEntry[]>();
  for (const e of entries) {
    const w = weekOf(e.at);
    weeks.set(w, [...(weeks.get(w) ?? []), e]);
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, list]) => ({ week, csat: csatScore(list).score, nps: npsScore(list).score, count: list.length }));
}
