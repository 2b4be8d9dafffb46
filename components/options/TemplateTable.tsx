import type { Template } from '../../lib/templates/types';
import { InlineConfirm } from '../shared/InlineConfirm';
import { ConflictChooser } from './ConflictChooser';
import { formatDate, formatNumber, t as tr } from '../../lib/i18n/t';
import { kindLabel } from '../shared/labels';

interface Props {
  templates: Template[];
  /** The row asking "Delete …?", and whether its delete is under way. */
  deleting: { id: number; busy: boolean } | null;
  onEdit: (t: Template) => void;
  onDuplicate: (t: Template) => void;
  onAskDelete: (t: Template) => void;
  onConfirmDelete: (t: Template) => void;
  onCancelDelete: () => void;
  /** Keep one version of a shared template in conflict (its revision). */
  onKeepVersion: (t: Template, rev: string) => Promise<void>;
}

const lastUsed = (t: Template): string => (t.lastUsedAt ? formatDate(t.lastUsedAt) : '—');

/** The library's rows: each template's fields and use, with Edit, Duplicate and Delete (asked in the row). */
/** Who used a shared template how often, as the tooltip says it: "ben 12, cleo 3". */
const teamUsesTitle = (uses: Record<string, number>) =>
  Object.entries(uses)
    .map(([member, n]) => `${member} ${n}`)
    .join(', ');

export function TemplateTable({
  templates,
  deleting,
  onEdit,
  onDuplicate,
  onAskDelete,
  onConfirmDelete,
  onCancelDelete,
  onKeepVersion,
}: Props) {
  return (
    <table>
      <thead>
        <tr>
          <th>{tr('table.title')}</th>
          <th>{tr('table.shortcut')}</th>
          <th>{tr('table.kind')}</th>
          <th>{tr('table.tags')}</th>
          <th>{tr('table.used')}</th>
          <th>{tr('table.lastUsed')}</th>
          <th>{tr('table.reply')}</th>
          <th>
            <span class="visually-hidden">{tr('table.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {templates.map((t) => (
          <tr key={t.id} data-testid="library-row" data-title={t.title}>
            <td>
              {t.title}
              {t.teamConflict && (
                <ConflictChooser template={t} conflict={t.teamConflict} onKeep={(rev) => onKeepVersion(t, rev)} />
              )}
            </td>
            <td>{t.shortcut ? `/${t.shortcut}` : ''}</td>
            <td>{t.kind === 'survey' ? tr('kind.surveyScale', { scale: t.survey ?? 'text' }) : kindLabel(t.kind)}</td>
            <td>{t.tags.join(', ')}</td>
            <td>
              <span data-testid="use-count">{t.useCount}</span>
              {t.teamUses && (
                // A shared template's uses by the whole team: yours and each teammate's (from team sync).
                <span class="team-uses" data-testid="team-uses" title={teamUsesTitle(t.teamUses)}>
                  {` · ${tr('table.teamUses', { count: formatNumber(Object.values(t.teamUses).reduce((a, b) => a + b, t.useCount)) })}`}
                </span>
              )}
            </td>
            <td>{lastUsed(t)}</td>
            <td class="body">{t.body}</td>
            <td class="row-actions">
              <button type="button" data-testid="edit" onClick={() => onEdit(t)}>
                {tr('common.edit')}
              </button>
              <button type="button" data-testid="duplicate" onClick={() => onDuplicate(t)}>
                {tr('table.duplicate')}
              </button>
              <button type="button" data-testid="delete" onClick={() => onAskDelete(t)}>
                {tr('common.delete')}
              </button>
              {deleting?.id === t.id && (
                <InlineConfirm
                  question={tr('table.confirmDelete', { title: t.title })}
                  action={tr('common.delete')}
                  busy={deleting.busy}
                  testId="confirm-delete"
                  onConfirm={() => onConfirmDelete(t)}
                  onCancel={onCancelDelete}
                />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
