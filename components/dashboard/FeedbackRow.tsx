import { useEffect, useRef, useState } from 'preact/hooks';
import type { FeedbackEntry } from '../../lib/feedback/scores';
import { RATING_RANGE } from '../../lib/feedback/rating-scales';
import { readTypedRating, type RatingWords } from '../../lib/feedback/typed-rating';
import { messenger } from '../../lib/messaging/protocol';
import { threadUrl } from '../../lib/platforms/thread-links';
import { InlineConfirm } from '../shared/InlineConfirm';
import { failed, RequestFailure, type Failure } from '../shared/RequestFailure';
import { formatDate, t } from '../../lib/i18n/t';

/** What a row shows: the entry, its inline editor, or the question before deleting it. */
export type RowMode = 'view' | 'edit' | 'confirm-delete';

interface Props {
  entry: FeedbackEntry;
  contact: string;
  /** The rating as the table shows it ("★5", "9/10", "👍"). */
  shownRating: string;
  mode: RowMode;
  onMode: (mode: RowMode) => void;
  /** The entry was changed or deleted: list the feedback again. */
  onChanged: () => void;
}

const COLUMNS = 6;

const ratingWords = (): RatingWords => ({
  yesOrNo: t('rating.yesOrNo'),
  wholeNumber: (min, max) => t('rating.wholeNumber', { min: String(min), max: String(max) }),
  notARating: (typed) => t('rating.notARating', { typed }),
  offScale: (rating) => t('rating.offScale', { rating: String(rating) }),
});

/** One feedback entry on the dashboard, edited in place (rating checked against its scale beside the field). */
export function FeedbackRow({ entry: e, contact, shownRating, mode, onMode, onChanged }: Props) {
  const [draft, setDraft] = useState({ rating: '', comment: '' });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const firstField = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  // Set when this row's own Save or Cancel ends the editing (not when another row takes over).
  const refocus = useRef(false);
  useEffect(() => {
    if (mode === 'edit') firstField.current?.focus();
    else if (refocus.current) editButton.current?.focus();
    refocus.current = false;
  }, [mode]);

  const id = e.id!;
  const formId = `feedback-edit-${id}`;
  const typed = mode === 'edit' && e.scale !== 'text' ? readTypedRating(e.scale, draft.rating, ratingWords()) : null;
  const problem = typed && 'problem' in typed ? typed.problem : null;
  const { min, max } = e.scale === 'text' ? { min: 0, max: 0 } : RATING_RANGE[e.scale];

  const finish = () => {
    refocus.current = true;
    onMode('view');
  };
  const request = async (what: string, send: () => Promise<void>, retry: () => void) => {
    setBusy(true);
    setFailure(null);
    try {
      await send();
      return true;
    } catch (err) {
      setFailure(failed('dashboard:feedback', what, err, retry));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const save = async () => {
    if (problem) return firstField.current?.focus(); // the problem is already said beside the field
    const rating = typed && 'rating' in typed ? typed.rating : e.rating;
    const change = { id, rating, comment: draft.comment.slice(0, 5000) };
    if (
      await request(
        t('fbRow.save'),
        () => messenger.sendMessage('updateFeedback', change),
        () => void save(),
      )
    ) {
      finish();
      onChanged();
    }
  };
  const remove = async () => {
    if (
      await request(
        t('fbRow.delete'),
        () => messenger.sendMessage('deleteFeedback', { id }),
        () => void remove(),
      )
    ) {
      onMode('view');
      onChanged();
    }
  };

  return (
    <>
      <tr
        data-testid="feedback-row"
        data-rating={e.rating ?? ''}
        onKeyDown={(k) => {
          if (mode === 'edit' && k.key === 'Escape') finish();
        }}
      >
        <td>{formatDate(e.at, { dateStyle: 'short', timeStyle: 'short' })}</td>
        <td>
          <a href={threadUrl(e.contactKey)} target="_blank" rel="noreferrer">
            {contact}
          </a>
        </td>
        <td>
          {mode === 'edit' && e.scale !== 'text' ? (
            <span class="field-with-problem">
              <input
                ref={firstField}
                form={formId}
                type="number"
                inputMode="numeric"
                min={min}
                max={max}
                step={1}
                data-testid="feedback-edit-rating"
                aria-label={e.scale === 'yesno' ? t('fbRow.ratingYesNo') : t('fbRow.ratingRange', { min, max })}
                aria-invalid={problem ? 'true' : undefined}
                aria-describedby={problem ? `${formId}-problem` : undefined}
                value={draft.rating}
                onInput={(i) => setDraft({ ...draft, rating: i.currentTarget.value })}
              />
              {problem && (
                <span id={`${formId}-problem`} class="error" data-testid="feedback-edit-problem">
                  {problem}
                </span>
              )}
            </span>
          ) : (
            shownRating
          )}
        </td>
        <td class="comment">
          {mode === 'edit' ? (
            <textarea
              ref={e.scale === 'text' ? firstField : undefined}
              form={formId}
              rows={2}
              maxLength={5000}
              data-testid="feedback-edit-comment"
              aria-label={t('fbSection.comment')}
              value={draft.comment}
              onInput={(i) => setDraft({ ...draft, comment: i.currentTarget.value })}
            />
          ) : (
            (e.comment ?? '')
          )}
        </td>
        <td>{e.tags.join(', ')}</td>
        <td class="row-actions">
          {mode === 'edit' ? (
            // The fields above belong to this form through their `form` attribute: Enter in the rating saves.
            <form
              id={formId}
              onSubmit={(f) => {
                f.preventDefault();
                void save();
              }}
            >
              <button type="submit" data-testid="feedback-edit-save" disabled={busy}>
                {t('common.save')}
              </button>{' '}
              <button type="button" data-testid="feedback-edit-cancel" onClick={finish}>
                {t('common.cancel')}
              </button>
            </form>
          ) : e.id === undefined ? (
            // A teammate's entry, in the team's figures: theirs to change, on their device.
            <span data-testid="feedback-by">{t('fbRow.by', { member: e.member ?? '' })}</span>
          ) : (
            <>
              <button
                type="button"
                ref={editButton}
                data-testid="feedback-edit"
                onClick={() => {
                  setDraft({ rating: String(e.rating ?? ''), comment: e.comment ?? '' });
                  setFailure(null);
                  onMode('edit');
                }}
              >
                {t('common.edit')}
              </button>
              <button type="button" data-testid="feedback-delete" onClick={() => onMode('confirm-delete')}>
                {t('common.delete')}
              </button>
              {mode === 'confirm-delete' && (
                <InlineConfirm
                  question={t('fbRow.confirmDelete')}
                  action={t('common.delete')}
                  busy={busy}
                  testId="confirm-delete"
                  onConfirm={() => void remove()}
                  onCancel={() => onMode('view')}
                />
              )}
            </>
          )}
        </td>
      </tr>
      {failure && (
        <tr>
          <td colSpan={COLUMNS}>
            <RequestFailure failure={failure} testId="feedback-row-failure" />
          </td>
        </tr>
      )}
    </>
  );
}
