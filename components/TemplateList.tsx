import type { Template } from '../lib/templates/types';

interface Props {
  templates: readonly Template[];
  preview: (t: Template) => string;
  onInsert: (t: Template) => void;
  onExitUp: () => void;
}

/** Moves focus between rows with ↑/↓; ↑ on the first row goes back to the search box. */
function moveFocus(event: KeyboardEvent, onExitUp: () => void) {
  const row = event.currentTarget as HTMLElement;
  const rows = Array.from(row.parentElement?.parentElement?.querySelectorAll<HTMLElement>('[data-testid="template"]') ?? []);
  const index = rows.indexOf(row);
  if (event.key === 'ArrowDown') rows[index + 1]?.focus();
  else if (event.key === 'ArrowUp') {
    if (index <= 0) onExitUp();
    else rows[index - 1]?.focus();
  } else return;
  event.preventDefault();
}

export function TemplateList({ templates, preview, onInsert, onExitUp }: Props) {
  if (templates.length === 0) return <p class="empty">No saved replies match.</p>;
  return (
    <ul class="templates" aria-label="Saved replies">
      {templates.map((t) => (
        <li key={t.id}>
          <button
            type="button"
            class="template"
            data-testid="template"
            data-title={t.title}
            onClick={() => onInsert(t)}
            onKeyDown={(e) => moveFocus(e, onExitUp)}
          >
            <span class="template-head">
              <span class="template-title">{t.title}</span>
              {t.shortcut && <span class="shortcut">/{t.shortcut}</span>}
            </span>
            <span class="template-body">{preview(t)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
