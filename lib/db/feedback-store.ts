import type { FeedbackEntry, SurveyAsk } from '../feedback/scores';
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
