// Customer feedback: logged from the sidebar, edited on the dashboard.
import * as v from 'valibot';
import type { ParsedAnswer } from '../../feedback/parse-rating';
import { FEEDBACK_SCALES, fitsScale } from '../../feedback/rating-scales';
import type { FeedbackEntry, SurveyAsk } from '../../feedback/scores';
import { request, typed } from '../define';
import { contactKey, id, metricsQuery, platform, shortText, tags } from '../schemas';

const rating = v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10)));

export const feedbackMessages = {
  /** Does this customer message answer the thread's open survey? The text is parsed in memory and not kept. */
  feedbackSuggestion: request({
    data: v.strictObject({ contactKey, text: shortText(10_000) }),
    from: ['content'],
    answer: typed<{ survey: SurveyAsk; answer: ParsedAnswer } | null>(),
  }),
  /** Log feedback (from a survey answer or by hand). */
  logFeedback: request({
    data: v.pipe(
      v.strictObject({
        contactKey,
        platform,
        scale: v.picklist(FEEDBACK_SCALES),
        rating,
        comment: v.optional(shortText(5000)),
        tags,
        surveyId: v.optional(shortText(100)),
        source: v.picklist(['survey', 'manual']),
      }),
      v.check((f) => fitsScale(f.scale, f.rating), 'the rating does not fit the scale'),
    ),
    from: ['content'],
    answer: typed<FeedbackEntry>(),
  }),
  updateFeedback: request({
    data: v.strictObject({ id, rating, comment: v.optional(shortText(5000)), tags: v.optional(tags) }),
    from: ['page'],
    answer: typed<void>(),
  }),
  deleteFeedback: request({ data: v.strictObject({ id }), from: ['page'], answer: typed<void>() }),
  /** Feedback and surveys in a range. */
  listFeedback: request({
    data: metricsQuery,
    from: ['page'],
    answer: typed<{ entries: FeedbackEntry[]; asks: SurveyAsk[] }>(),
  }),
};
