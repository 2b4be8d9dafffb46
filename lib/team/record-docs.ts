// A member's feedback and use counts as the team's database holds them. Each member writes only their own documents,
// rebuilt whole from this device's records (so an edit or a deletion here is simply the next version): one per month
// for the feedback entries and surveys sent, one for how often they used each shared template. Teammates' copies
// are checked field by field, never trusted as they come.
import type { FeedbackEntry, SurveyAsk } from '../feedback/scores';
import { FEEDBACK_SCALES, fitsScale, SURVEY_SCALES, type FeedbackScale } from '../feedback/rating-scales';

export const FEEDBACK_PREFIX = 'feedback:';
export const USES_PREFIX = 'uses:';

/** A feedback entry as the team sees it: no id of this device, the member who logged it. */
export type TeamFeedbackEntry = Omit<FeedbackEntry, 'id' | 'surveyId'> & { member: string };
/** A survey sent, as the team sees it. */
export type TeamSurveyAsk = Omit<SurveyAsk, 'templateId'> & { member: string };

export interface FeedbackDoc {
  _id: string;
  _rev?: string;
  type: 'feedback';
  member: string;
  /** `YYYY-MM` (UTC) of the entries' and asks' times. */
  month: string;
  entries: Omit<TeamFeedbackEntry, 'member'>[];
  asks: Omit<TeamSurveyAsk, 'member'>[];
}

export interface UsesDoc {
  _id: string;
  _rev?: string;
  type: 'uses';
  member: string;
  /** Uses of each shared template (by its team id) on the member's device. */
  counts: Record<string, number>;
}

/** A teammate's document as this device keeps it (checked). */
export type TeamRecord =
  | { id: string; kind: 'feedback'; member: string; entries: TeamFeedbackEntry[]; asks: TeamSurveyAsk[] }
  | { id: string; kind: 'uses'; member: string; counts: Record<string, number> };

export const monthOf = (at: number): string => new Date(at).toISOString().slice(0, 7);
/** The first millisecond of a `YYYY-MM` month (UTC) and of the next. */
export function monthRange(month: string): [number, number] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
}
export const feedbackDocId = (member: string, month: string): string =>
  `${FEEDBACK_PREFIX}${encodeURIComponent(member)}:${month}`;
export const usesDocId = (member: string): string => `${USES_PREFIX}${encodeURIComponent(member)}`;

/** The member's document for a month, from this device's entries and asks of that month. */
export function toFeedbackDoc(
  member: string,
  month: string,
  entries: readonly FeedbackEntry[],
  asks: readonly SurveyAsk[],
): FeedbackDoc {
  return {
    _id: feedbackDocId(member, month),
    type: 'feedback',
    member,
    month,
    entries: entries.map((e) => ({
      contactKey: e.contactKey,
      platform: e.platform,
      scale: e.scale,
      ...(e.rating !== undefined ? { rating: e.rating } : {}),
      ...(e.comment ? { comment: e.comment } : {}),
      tags: [...e.tags],
      at: e.at,
      source: e.source,
    })),
    asks: asks.map((a) => ({
      id: a.id,
      contactKey: a.contactKey,
      platform: a.platform,
      scale: a.scale,
      askedAt: a.askedAt,
      ...(a.answeredAt !== undefined ? { answeredAt: a.answeredAt } : {}),
    })),
  };
}

/** True when two documents say the same (nothing to write). */
export function sameRecord(a: FeedbackDoc | UsesDoc, b: FeedbackDoc | UsesDoc): boolean {
  const body = ({ _rev: _r, ...rest }: FeedbackDoc | UsesDoc) => JSON.stringify(rest);
  return body(a) === body(b);
}

const text = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
const time = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function checkEntry(raw: unknown, member: string): TeamFeedbackEntry | null {
  if (!raw || typeof raw !== 'object') return null;
  const e = raw as Record<string, unknown>;
  const scale = e.scale as FeedbackScale;
  const rating = e.rating as number | undefined;
  const tags = e.tags;
  const ok =
    text(e.contactKey, 260) &&
    text(e.platform, 40) &&
    FEEDBACK_SCALES.includes(scale) &&
    (rating === undefined || typeof rating === 'number') &&
    fitsScale(scale, rating) &&
    (e.comment === undefined || (typeof e.comment === 'string' && e.comment.length <= 5000)) &&
    Array.isArray(tags) &&
    tags.length <= 30 &&
    tags.every((t) => text(t, 40)) &&
    time(e.at) &&
    (e.source === 'survey' || e.source === 'manual');
  if (!ok) return null;
  return {
    member,
    contactKey: e.contactKey as string,
    platform: e.platform as FeedbackEntry['platform'],
    scale,
    ...(rating !== undefined ? { rating } : {}),
    ...(e.comment ? { comment: e.comment as string } : {}),
    tags: [...tags],
    at: e.at as number,
    source: e.source as FeedbackEntry['source'],
  };
}

function checkAsk(raw: unknown, member: string): TeamSurveyAsk | null {
  if (!raw || typeof raw !== 'object') return null;
  const a = raw as Record<string, unknown>;
  const ok =
    text(a.id, 100) &&
    text(a.contactKey, 260) &&
    text(a.platform, 40) &&
    SURVEY_SCALES.includes(a.scale as (typeof SURVEY_SCALES)[number]) &&
    time(a.askedAt) &&
    (a.answeredAt === undefined || time(a.answeredAt));
  if (!ok) return null;
  return {
    member,
    id: a.id as string,
    contactKey: a.contactKey as string,
    platform: a.platform as SurveyAsk['platform'],
    scale: a.scale as SurveyAsk['scale'],
    askedAt: a.askedAt as number,
    ...(a.answeredAt !== undefined ? { answeredAt: a.answeredAt as number } : {}),
  };
}

/** A teammate's feedback or uses document as this device keeps it; null for anything that is not one. */
export function recordOfDoc(doc: unknown): TeamRecord | null {
  if (!doc || typeof doc !== 'object') return null;
  const d = doc as Record<string, unknown>;
  if (typeof d._id !== 'string' || !text(d.member, 200)) return null;
  const member = d.member;
  if (d.type === 'feedback' && d._id.startsWith(FEEDBACK_PREFIX) && Array.isArray(d.entries) && Array.isArray(d.asks)) {
    const entries = d.entries.slice(0, 100_000).map((e) => checkEntry(e, member));
    const asks = d.asks.slice(0, 100_000).map((a) => checkAsk(a, member));
    return {
      id: d._id,
      kind: 'feedback',
      member,
      entries: entries.filter((e) => e !== null),
      asks: asks.filter((a) => a !== null),
    };
  }
  if (d.type === 'uses' && d._id.startsWith(USES_PREFIX) && d.counts && typeof d.counts === 'object') {
    const counts: Record<string, number> = {};
    for (const [teamId, n] of Object.entries(d.counts as Record<string, unknown>).slice(0, 100_000))
      if (/^[0-9a-f-]{8,64}$/i.test(teamId) && Number.isSafeInteger(n) && (n as number) >= 0) counts[teamId] = n as number;
    return { id: d._id, kind: 'uses', member, counts };
  }
  return null;
}
