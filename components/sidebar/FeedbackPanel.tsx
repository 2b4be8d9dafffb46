import { useEffect, useRef, useState } from 'preact/hooks';
import type { ParsedAnswer } from '../../lib/feedback/parse-rating';
import { rangeLabel, ratingLabel, ratingsOn, type FeedbackScale, type RatedScale } from '../../lib/feedback/rating-scales';
import type { FeedbackInput, SurveyAsk } from '../../lib/feedback/scores';
import { formatDuration } from '../../lib/metrics/format';
import { parseTags } from '../../lib/vocab/tags';
import { failed, RequestFailure, type Failure } from '../shared/RequestFailure';
import { locale, t } from '../../lib/i18n/t';

interface Props {
  firstName: string;
  survey: SurveyAsk | undefined;
  suggestion: { survey: SurveyAsk; answer: ParsedAnswer } | null;
  latestMessage: string | null;
  now: number;
  onLog: (entry: FeedbackInput) => Promise<void>;
}

// The rating picklist, its last choice preselected: the top of a scale, but "no" for a thumbs (yes is listed first).
const choices = (scale: RatedScale) => (scale === 'yesno' ? [1, 0] : ratingsOn(scale));

/** Feedback in the sidebar: the open survey, a rating recognised in the customer's reply, and logging by hand. */
export function FeedbackPanel({ firstName, survey, suggestion, latestMessage, now, onLog }: Props) {
  const [withComment, setWithComment] = useState(false);
  const [form, setForm] = useState<{ scale: FeedbackScale; rating: string; comment: string; tags: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  // The keyboard follows the form: into its first field when it opens, back to "Log feedback…" when it closes.
  const firstField = useRef<HTMLSelectElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const formOpen = form !== null;
  const mounted = useRef(false);
  useEffect(() => {
    if (mounted.current) (formOpen ? firstField : opener).current?.focus();
    mounted.current = true;
  }, [formOpen]);
  const log = async (entry: FeedbackInput) => {
    setBusy(true);
    setFailure(null);
    try {
      await onLog(entry);
      setForm(null);
    } catch (e) {
      // The form stays open with what was typed.
      setFailure(failed('sidebar:feedback', t('failure.logFeedback'), e, () => void log(entry)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="feedback" aria-label={t('feedback.label')}>
      <RequestFailure failure={failure} testId="feedback-failure" />
      {survey && !suggestion && (
        <div class="muted small" data-testid="awaiting-feedback">
          {t('feedback.waiting', {
            scale: survey.scale === 'text' ? t('feedback.freeText') : rangeLabel(survey.scale),
            duration: formatDuration((now - survey.askedAt) / 1000, locale()),
          })}
        </div>
      )}
      {suggestion && (
        <div
          class="panel"
          data-testid="feedback-suggestion"
          data-rating={suggestion.answer.value}
          data-scale={suggestion.answer.scale}
        >
          <p>
            {t('feedback.logFrom', { rating: ratingLabel(suggestion.answer.scale, suggestion.answer.value), name: firstName })}
          </p>
          <label class="check">
            <input
              type="checkbox"
              data-testid="feedback-include-comment"
              checked={withComment}
              onChange={(e) => setWithComment(e.currentTarget.checked)}
            />{' '}
            {t('feedback.saveComment')}
          </label>
          <div class="actions">
            <button
              type="button"
              data-testid="feedback-accept"
              disabled={busy}
              onClick={() =>
                void log({
                  scale: suggestion.answer.scale,
                  rating: suggestion.answer.value,
                  comment: withComment && latestMessage ? latestMessage.slice(0, 5000) : undefined,
                  tags: [],
                  surveyId: suggestion.survey.id,
                  source: 'survey',
                })
              }
            >
              {t('feedback.logIt')}
            </button>
          </div>
        </div>
      )}
      {form ? (
        <form
          class="panel"
          data-testid="feedback-form"
          onSubmit={(e) => {
            e.preventDefault();
            const rating = form.scale === 'text' ? undefined : Number(form.rating);
            void log({
              scale: form.scale,
              rating,
              comment: form.comment.trim() || undefined,
              tags: parseTags(form.tags),
              surveyId: survey && survey.scale === form.scale ? survey.id : undefined,
              source: survey && survey.scale === form.scale ? 'survey' : 'manual',
            });
          }}
        >
          <label class="field inline">
            <span>{t('feedback.scale')}</span>
            <select
              ref={firstField}
              data-testid="feedback-scale"
              value={form.scale}
              onChange={(e) => {
                const scale = e.currentTarget.value as FeedbackScale;
                setForm({ ...form, scale, rating: scale === 'text' ? '' : String(choices(scale).at(-1)) });
              }}
            >
              <option value="csat">{`CSAT ${rangeLabel('csat')}`}</option>
              <option value="nps">{`NPS ${rangeLabel('nps')}`}</option>
              <option value="yesno">{t('feedback.yesNo')}</option>
              <option value="text">{t('feedback.commentOnly')}</option>
            </select>
          </label>
          {form.scale !== 'text' && (
            <label class="field inline">
              <span>{t('feedback.rating')}</span>
              <select
                data-testid="feedback-rating"
                value={form.rating}
                onChange={(e) => setForm({ ...form, rating: e.currentTarget.value })}
              >
                {choices(form.scale).map((r) => (
                  <option key={r} value={String(r)}>
                    {form.scale === 'yesno' ? (r ? t('feedback.yes') : t('feedback.no')) : r}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label class="field">
            <span>{t('feedback.comment')}</span>
            <textarea
              data-testid="feedback-comment"
              rows={2}
              maxLength={5000}
              value={form.comment}
              onInput={(e) => setForm({ ...form, comment: e.currentTarget.value })}
            />
          </label>
          <label class="field">
            <span>{t('feedback.tags')}</span>
            <input
              data-testid="feedback-tags"
              value={form.tags}
              placeholder={t('feedback.tagsExample')}
              onInput={(e) => setForm({ ...form, tags: e.currentTarget.value })}
            />
          </label>
          <div class="actions">
            <button type="submit" data-testid="feedback-save" disabled={busy || (form.scale === 'text' && !form.comment.trim())}>
              {t('feedback.save')}
            </button>
            <button type="button" class="secondary" onClick={() => setForm(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          ref={opener}
          class="link-button"
          data-testid="log-feedback"
          onClick={() => {
            const scale: FeedbackScale = survey?.scale ?? 'csat';
            setForm({ scale, rating: scale === 'text' ? '' : String(choices(scale).at(-1)), comment: '', tags: '' });
          }}
        >
          {t('feedback.log')}
        </button>
      )}
    </section>
  );
}
