import { useState } from 'preact/hooks';
import type { TeamConflict, Template } from '../../lib/templates/types';
import { formatDate, locale, t } from '../../lib/i18n/t';

/** "Ana and Ben", "Ana, Ben and Carla": who saved the versions in conflict. */
function names(conflict: TeamConflict): string {
  const by = [...new Set(conflict.versions.map((v) => v.by))];
  return by.length > 0 ? new Intl.ListFormat(locale(), { type: 'conjunction' }).format(by) : t('conflict.twoMembers');
}

/**
 * A shared template two members changed at once: who did, and (opened) every version side by side, each with "Keep
 * this one". Until someone chooses, the template is the version CouchDB picked — the same on every device.
 */
export function ConflictChooser({
  template,
  conflict,
  onKeep,
}: {
  template: Template;
  conflict: TeamConflict;
  onKeep: (rev: string) => Promise<void>;
}) {
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const keep = async (rev: string) => {
    setBusy(true);
    setProblem(null);
    try {
      await onKeep(rev);
      setOpen(false);
    } catch (e) {
      setProblem(t('conflict.notKept', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="conflict" data-testid="team-conflict">
      <button type="button" class="warning" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('conflict.changedBy', { names: names(conflict) })}
      </button>
      {open && (
        <div class="versions" role="group" aria-label={t('conflict.versions', { title: template.title })}>
          {conflict.versions.map((v, i) => (
            <div key={v.rev} class="version" data-testid="conflict-version" data-by={v.by}>
              <p class="muted">
                {v.by}, {formatDate(v.updatedAt, { dateStyle: 'short', timeStyle: 'short' })}
                {i === 0 ? t('conflict.shownMeanwhile') : ''}
              </p>
              <p>
                <strong>{v.title}</strong>
              </p>
              <p class="body">{v.body}</p>
              <button type="button" data-testid="keep-version" disabled={busy} onClick={() => void keep(v.rev)}>
                {t('conflict.keep')}
              </button>
            </div>
          ))}
          {problem && (
            <p class="error" role="alert">
              {problem}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
