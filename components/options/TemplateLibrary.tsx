import { useMemo, useState } from 'preact/hooks';
import { messenger, type SaveTemplateResult } from '../../lib/messaging/protocol';
import { createTemplateSearch } from '../../lib/search/template-search';
import type { Template } from '../../lib/templates/types';
import { failed, RequestFailure, type Failure } from '../shared/RequestFailure';
import { TemplateEditor } from './TemplateEditor';
import { TemplateTable } from './TemplateTable';
import { t as tr } from '../../lib/i18n/t';

type Notice = { tone: 'ok' | 'error'; text: string } | null;

// A big library is listed a page at a time (rendering 10,000 rows at once would freeze the page).
const PAGE = 1000;

interface Props {
  templates: Template[] | null;
  libraryFailure: Failure | null;
  reload: () => Promise<void>;
  knownFields: string[];
  fieldsFailure: Failure | null;
  myName: string;
  business: string;
}

/** The saved replies: search, the editor for a new or existing one, duplicate, delete, listed a page at a time. */
export function TemplateLibrary({ templates, libraryFailure, reload, knownFields, fieldsFailure, myName, business }: Props) {
  const [notice, setNotice] = useState<Notice>(null);
  const [editing, setEditing] = useState<Partial<Template> | null>(null);
  const [filter, setFilter] = useState('');
  const [listed, setListed] = useState(PAGE);
  const [deleting, setDeleting] = useState<{ id: number; busy: boolean } | null>(null);

  const search = useMemo(() => createTemplateSearch(templates ?? []), [templates]);
  const shown = useMemo(
    () => (filter.trim() ? search(filter, 500).map((h) => h.template) : (templates ?? [])),
    [filter, search, templates],
  );

  const saveTemplate = async (entry: Record<string, unknown>): Promise<string | null> => {
    let result: SaveTemplateResult;
    try {
      result = await messenger.sendMessage('saveTemplate', { id: editing?.id, entry });
    } catch (e) {
      const failure = failed('options', tr('failure.saveTemplate'), e);
      return tr('failure.couldNot', { what: failure.what, reason: failure.reason });
    }
    if (!result.ok) return result.error;
    setEditing(null);
    setNotice({ tone: 'ok', text: tr('library.saved', { title: result.template.title }) });
    await reload();
    return null;
  };

  const duplicate = (t: Template) => {
    const titles = new Set((templates ?? []).map((x) => x.title.toLowerCase()));
    let title = tr('library.copy', { title: t.title });
    for (let n = 2; titles.has(title.toLowerCase()); n++) title = tr('library.copyN', { title: t.title, n: String(n) });
    const { id: _id, shortcut: _shortcut, useCount: _u, lastUsedAt: _l, createdAt: _c, updatedAt: _up, ...rest } = t;
    setEditing({ ...rest, title });
  };

  const remove = async (t: Template) => {
    setDeleting({ id: t.id, busy: true });
    try {
      await messenger.sendMessage('deleteTemplate', { id: t.id });
      setNotice({ tone: 'ok', text: tr('library.deleted', { title: t.title }) });
    } catch (e) {
      const failure = failed('options', tr('failure.deleteTemplate', { title: t.title }), e);
      setNotice({ tone: 'error', text: tr('failure.couldNot', { what: failure.what, reason: failure.reason }) });
    }
    setDeleting(null);
    await reload();
  };

  const keepVersion = async (t: Template, rev: string) => {
    // A failure is the chooser's to say (it stays open); rethrown.
    await messenger.sendMessage('teamResolveConflict', { templateId: t.id, keep: rev });
    setNotice({ tone: 'ok', text: tr('library.kept', { title: t.title }) });
    await reload();
  };

  return (
    <section aria-labelledby="library">
      <div class="section-head">
        <h2 id="library">
          {tr('library.heading')} {templates && <span class="count">({templates.length})</span>}
        </h2>
        <input
          type="search"
          data-testid="library-search"
          placeholder={tr('library.searchPlaceholder')}
          aria-label={tr('sidebar.searchLabel')}
          value={filter}
          onInput={(e) => setFilter(e.currentTarget.value)}
        />
        <button type="button" data-testid="new-template" onClick={() => setEditing({})}>
          {tr('library.new')}
        </button>
      </div>
      {editing && (
        <TemplateEditor
          key={editing.id ?? `new-${editing.title ?? ''}`}
          template={editing}
          knownFields={knownFields}
          myName={myName}
          business={business}
          onSave={saveTemplate}
          onCancel={() => setEditing(null)}
        />
      )}
      {notice && (
        <p class={`notice ${notice.tone}`} data-testid="library-status" role="status">
          {notice.text}
        </p>
      )}
      <RequestFailure failure={libraryFailure} testId="library-failure" />
      <RequestFailure failure={fieldsFailure} testId="fields-failure" />
      {templates === null ? (
        !libraryFailure && <p>{tr('library.loading')}</p>
      ) : (
        <TemplateTable
          templates={shown.slice(0, listed)}
          deleting={deleting}
          onEdit={setEditing}
          onDuplicate={duplicate}
          onAskDelete={(t) => setDeleting({ id: t.id, busy: false })}
          onConfirmDelete={(t) => void remove(t)}
          onCancelDelete={() => setDeleting(null)}
          onKeepVersion={keepVersion}
        />
      )}
      {templates !== null && shown.length > listed && (
        <p class="more" data-testid="library-more">
          {tr('library.showing', { listed, total: shown.length })}{' '}
          <button type="button" data-testid="show-more" onClick={() => setListed(listed + PAGE)}>
            {tr('library.showMore', { count: Math.min(PAGE, shown.length - listed) })}
          </button>{' '}
          {tr('library.orSearch')}
        </p>
      )}
    </section>
  );
}
