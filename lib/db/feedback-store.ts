import type { FeedbackEntry, SurveyAsk } from '../feedback/scores';
import type { TeamRecord } from '../team/record-docs';
import type { SidekickDatabase } from './database';
import { DAY_MS } from '../vocab/time';

const SURVEY_OPEN_MS = 14 * DAY_MS;

/** The thread's latest survey still waiting for an answer (asked within 14 days). */
export async function pendingSurvey(db: SidekickDatabase, contactKey: string, now = Date.now()): Promise<SurveyAsk | undefined> {
  const asks = await db.surveys.where('contactKey').equals(contactKey).sortBy('askedAt');
  const last = asks.at(-1);
  return last && last.answeredAt === undefined && now - last.askedAt < SURVEY_OPEN_MS ? last : undefined;
}

/** Logs feedback; when it answers a survey, the survey is marked answered. */
export async function logFeedback(db: SidekickDatabase, entry: Omit<FeedbackEntry, 'id'>): Promise<FeedbackEntry> {
  return db.transaction('rw', db.feedback, db.surveys, async () => {
    const id = await db.feedback.add(entry);
    if (entry.surveyId) await db.surveys.update(entry.surveyId, { answeredAt: entry.at });
    return { ...entry, id };
  });
}

export async function updateFeedback(
  db: SidekickDatabase,
  id: number,
  change: Partial<Pick<FeedbackEntry, 'rating' | 'comment' | 'tags'>>,
): Promise<void> {
  await db.feedback.update(id, change);
}

export async function deleteFeedback(db: SidekickDatabase, id: number): Promise<void> {
  await db.transaction('rw', db.feedback, db.surveys, async () => {
    const entry = await db.feedback.get(id);
    await db.feedback.delete(id);
    // The survey it answered is open again only if nothing else answers it.
    if (entry?.surveyId && (await db.feedback.filter((f) => f.surveyId === entry.surveyId).count()) === 0) {
      await db.surveys
        .where('id')
        .equals(entry.surveyId)
        .modify((s) => delete s.answeredAt);
    }
  });
}

/** Feedback and surveys in a range (for the dashboard, which filters and scores them). */
export async function feedbackBetween(
  db: SidekickDatabase,
  from: number,
  to: number,
): Promise<{ entries: FeedbackEntry[]; asks: SurveyAsk[] }> {
  const [entries, asks] = await Promise.all([
    db.feedback.where('at').between(from, to).toArray(),
    db.surveys.where('askedAt').between(from, to).toArray(),
  ]);
  return { entries, asks };
}

/**
 * The feedback and surveys of a team scope in a range: this member's own (marked as theirs) and the teammates' kept
 * from team sync — all of them for the team, one member's for a member's scope.
 */
export async function teamFeedbackBetween(
  db: SidekickDatabase,
  from: number,
  to: number,
  scope: 'team' | { member: string },
  me: string,
): Promise<{ entries: FeedbackEntry[]; asks: SurveyAsk[] }> {
  const wanted = (member: string) => scope === 'team' || scope.member === member;
  const own = wanted(me) ? await feedbackBetween(db, from, to) : { entries: [], asks: [] };
  const records = (await db.teamRecords.where('kind').equals('feedback').toArray()).filter(
    (r): r is Extract<TeamRecord, { kind: 'feedback' }> => r.kind === 'feedback' && r.member !== me && wanted(r.member),
  );
  return {
    entries: [
      ...own.entries.map((e) => ({ ...e, member: me })),
      ...records.flatMap((r) => r.entries.filter((e) => e.at >= from && e.at < to)),
    ],
    asks: [
      ...own.asks.map((a) => ({ ...a, member: me })),
      ...records.flatMap((r) => r.asks.filter((a) => a.askedAt >= from && a.askedAt < to)),
    ],
  };
}
