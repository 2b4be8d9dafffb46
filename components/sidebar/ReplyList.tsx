import type { Highlights } from '../../lib/search/template-index';
import type { Suggestion } from '../../lib/suggest/suggest';
import type { Template } from '../../lib/templates/types';
import { Highlighted, snippet } from './Highlighted';
import { t, tn } from '../../lib/i18n/t';
import { reasonText } from './reasons';

export type ReplyRow =
  { kind: 'suggestion'; suggestion: Suggestion } | { kind: 'template'; template: Template; highlights?: Highlights };

interface Props {
  rows: readonly ReplyRow[];
  /** Suggestions are listed under their own heading when the search box is empty. */
  heading?: string;
  /** Replies left out of the list (a large library): the user is told to search. */
  more?: number;
  preview: (t: Template) => string;
  onInsert: (t: Template) => void;
  onLeave: () => void;
}

/** ↑/↓ move between rows, ↑ from the first row or Esc goes back to the search box. */
function onRowKey(event: KeyboardEvent, onLeave: () => void) {
  const row = event.currentTarget as HTMLElement;
  const root = row.closest('.replies');
  const rows = Array.from(root?.querySelectorAll<HTMLElement>('[data-row]') ?? []);
  const index = rows.indexOf(row);
  if (event.key === 'ArrowDown') rows[index + 1]?.focus();
  else if (event.key === 'ArrowUp') {
    if (index <= 0) onLeave();
    else rows[index - 1]?.focus();
  } else if (event.key === 'Escape') onLeave();
  else return;
  event.preventDefault();
}

function Row({
  template,
  highlights,
  preview,
}: {
  template: Template;
  highlights?: Highlights;
  preview: (t: Template) => string;
}) {
  const bodyMatch =
    highlights && highlights.title.length === 0 && highlights.body.length > 0 ? snippet(template.body, highlights.body) : null;
  return (
    <>
      <span class="template-head">
        <span class="template-title">
          <Highlighted text={template.title} ranges={highlights?.title ?? []} />
        </span>
        {template.shortcut && <span class="shortcut">/{template.shortcut}</span>}
      </span>
      <span class="template-body">
        {bodyMatch ? <Highlighted text={bodyMatch.text} ranges={bodyMatch.ranges} /> : preview(template)}
      </span>
    </>
  );
}

export function ReplyList({ rows, heading, more = 0, preview, onInsert, onLeave }: Props) {
  const suggestions = rows.filter((r) => r.kind === 'suggestion');
  const templates = rows.filter((r) => r.kind === 'template');
  if (rows.length === 0) return <p class="empty">{t('sidebar.noMatch')}</p>;
  return (
    <div class="replies">
      {suggestions.length > 0 && (
        <>
          <h3 class="list-heading">{t('sidebar.suggestedNow')}</h3>
          <ul class="templates" aria-label={t('sidebar.suggestedLabel')}>
            {suggestions.map(({ suggestion: s }) => (
              <li key={`s${s.template.id}`}>
                <button
                  type="button"
                  class={`template suggestion${s.recentPromoAt ? ' demoted' : ''}`}
                  data-row=""
                  data-testid="suggestion"
                  data-title={s.template.title}
                  onClick={() => onInsert(s.template)}
                  onKeyDown={(e) => onRowKey(e, onLeave)}
                >
                  <span class="reason" data-testid="reason">
                    {reasonText(s.reason)}
                  </span>
                  <Row template={s.template} preview={preview} />
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {templates.length > 0 && (
        <>
          {heading && <h3 class="list-heading">{heading}</h3>}
          <ul class="templates" aria-label={t('sidebar.savedLabel')}>
            {templates.map((r) => (
              <li key={r.template.id}>
                <button
                  type="button"
                  class="template"
                  data-row=""
                  data-testid="template"
                  data-title={r.template.title}
                  onClick={() => onInsert(r.template)}
                  onKeyDown={(e) => onRowKey(e, onLeave)}
                >
                  <Row template={r.template} highlights={r.highlights} preview={preview} />
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {more > 0 && (
        <p class="empty" data-testid="more-replies">
          {tn('sidebar.more', more)}
        </p>
      )}
    </div>
  );
}
