import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { pageSnapshot } from '../../lib/page/snapshot';
import type { PageSession, SessionState } from '../../lib/session/page-session';
import type { SearchResult } from '../../lib/search/template-library';
import { ContactCard } from './ContactCard';
import { downloadText } from '../../lib/page/download';
import { FeedbackPanel } from './FeedbackPanel';
import { FillInForm } from './FillInForm';
import { PageCheck } from '../shared/PageCheck';
import { ReplyList } from './ReplyList';
import { usePreviews, useReplyRows } from './reply-rows';
import { ReplyTiming } from './ReplyTiming';
import { pure } from '../shared/pure';
import { useNow, useSearch, useSessionState } from './hooks';
import { PromoWarning } from './PromoWarning';
import { noticeText, t, tn } from '../../lib/i18n/t';

interface Props {
  session: PageSession;
  /** Asks the background for search results (the index lives there). */
  search: (query: string) => Promise<SearchResult[]>;
  /** A focused search box warms the index of a worker that slept. */
  warmSearch: () => void;
  isMac: boolean;
  /** How many replies the list shows with an empty search box. */
  listed: number;
}

const Replies = pure(ReplyList);

/** The contact's reply timing with its running clock (the only parts that re-render every second). */
function LiveTiming(props: Omit<Parameters<typeof ReplyTiming>[0], 'now'>) {
  return <ReplyTiming {...props} now={useNow()} />;
}
function LiveFeedback(props: Omit<Parameters<typeof FeedbackPanel>[0], 'now'>) {
  return <FeedbackPanel {...props} now={useNow()} />;
}

/** The first line of the status area: what just happened, or what to do next. */
function statusOf(s: SessionState, siteLabel: string, trigger: string) {
  if (s.status) return s.status;
  if (s.libraryError) return { tone: 'error' as const, text: s.libraryError };
  if (s.page?.notice) return { tone: 'warn' as const, text: noticeText(s.page.notice) };
  if (!s.page?.threadId)
    return {
      tone: 'ok' as const,
      text: t('sidebar.open', { site: siteLabel }),
    };
  return {
    tone: 'ok' as const,
    text: t('sidebar.ready', { name: s.values.first_name ?? t('common.thisContact'), key: trigger }),
  };
}

/** The sidebar: renders the page session's state and sends it the user's intents. No listener on the host page. */
export function Sidebar({ session, search, warmSearch, isMac, listed }: Props) {
  const s = useSessionState(session);
  const site = session.site;
  const [query, setQuery] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const tabRef = useRef<HTMLButtonElement>(null);
  // Where the keyboard goes once the next render is on screen: the button it pressed is gone (collapse, expand, a
  // closed fill-in form), and focus must not fall back to the page.
  const focusNext = useRef<'search' | 'tab' | null>(null);
  useEffect(() => {
    const target = focusNext.current === 'search' ? searchRef.current : focusNext.current === 'tab' ? tabRef.current : null;
    if (!target) return;
    focusNext.current = null;
    target.focus();
  });
  useEffect(() => session.onFocusSearch(() => searchRef.current?.focus()), [session]);
  useEffect(() => session.setSidebarBox(() => rootRef.current?.getBoundingClientRect() ?? null), [session]);
  const found = useSearch(query, s.library, search);
  // Enter pressed before the results for what was typed came back (the search is asked of the background): the
  // first result is inserted once they are here, never a result of an older query.
  const enterWhenFound = useRef<string | null>(null);
  useEffect(() => {
    if (enterWhenFound.current === null || !found || found.query !== enterWhenFound.current) return;
    enterWhenFound.current = null;
    if ('results' in found) rootRef.current?.querySelector<HTMLElement>('[data-row]')?.click();
  }, [found]);
  const backToSearch = useCallback(() => searchRef.current?.focus(), []);

  const searching = query.trim() !== '';
  const preview = usePreviews(s.values);
  const rows = useReplyRows(s, found, searching, listed);

  const { page, collapsed, pending, threadKey, context } = s;
  if (!page?.inDmArea || collapsed === null) return null;
  if (collapsed) {
    return (
      <div class="tab" data-testid="sidekick" data-platform={site.id} data-theme={s.scheme} data-collapsed="true">
        <button
          type="button"
          class="tab-button"
          ref={tabRef}
          aria-label={t('sidebar.show')}
          aria-expanded="false"
          onClick={() => {
            focusNext.current = 'search';
            session.setCollapsed(false);
          }}
        >
          {t('extName')}
        </button>
      </div>
    );
  }

  const trigger = s.prefs?.shortcutTrigger === 'space' ? t('sidebar.keySpace') : t('sidebar.keyTab');
  const searchError = found && 'error' in found ? { tone: 'error' as const, text: found.error } : null;
  const shown = searchError ?? statusOf(s, site.label, trigger);
  const firstName = s.values.first_name ?? t('common.thisContact');
  return (
    <div
      ref={rootRef}
      class="root"
      role="complementary"
      aria-label={t('extName')}
      data-testid="sidekick"
      data-platform={site.id}
      data-theme={s.scheme}
      data-collapsed="false"
      data-thread={page.threadId ?? ''}
      data-composer={page.check.composer === 'ok' ? 'found' : 'missing'}
    >
      {/* Not a <header>: inside the sidebar it would be a second "banner" landmark beside the site's own. */}
      <div class="header">
        <span class="brand">{t('extName')}</span>
        <span class="platform">{site.label}</span>
        <button
          type="button"
          class="collapse"
          aria-label={t('sidebar.hide')}
          aria-expanded="true"
          onClick={() => {
            focusNext.current = 'tab';
            session.setCollapsed(true);
          }}
        >
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <ContactCard
        page={page}
        detectedFirstName={s.detectedFirstName}
        profile={context?.contact ?? null}
        onSave={session.saveProfile}
      />
      {page.threadId && (
        <PageCheck
          check={page.check}
          siteLabel={site.label}
          pasteKey={isMac ? '⌘V' : 'Ctrl+V'}
          onSnapshot={() => {
            downloadText(
              `dm-page-structure-${site.id}.html`,
              pageSnapshot(document, { url: location.href, keep: site.interfaceWords }),
              'text/html',
            );
            session.say({ tone: 'ok', text: t('sidebar.snapshotSaved') });
          }}
        />
      )}
      {s.backlog.retrying && s.backlog.waiting > 0 && (
        <p class="status warn" data-testid="recording-behind" data-waiting={s.backlog.waiting} role="status">
          {tn('sidebar.recordingBehind', s.backlog.waiting)}
        </p>
      )}
      {threadKey && <LiveTiming conversation={context?.conversation} lastFrom={page.lastFrom} onMark={session.mark} />}
      <div class={`status ${shown.tone}`} data-testid="status" role="status" aria-live="polite">
        {shown.text}
        {'manualCopy' in shown && shown.manualCopy && (
          <textarea class="manual-copy" readOnly value={shown.manualCopy} aria-label={t('sidebar.copyLabel')} />
        )}
      </div>
      {threadKey && (
        <LiveFeedback
          firstName={s.values.first_name ?? t('common.thisCustomer')}
          survey={context?.survey}
          suggestion={s.feedbackSuggestion}
          latestMessage={page.latestIncoming}
          onLog={session.logFeedback}
        />
      )}
      {pending?.step === 'confirm-promo' && (
        <PromoWarning
          firstName={firstName}
          promoAt={pending.promoAt}
          onConfirm={session.confirmPromo}
          onCancel={session.cancelPending}
        />
      )}
      {pending?.step === 'fill-in' && (
        <FillInForm
          key={pending.template.id}
          title={pending.template.title}
          missing={pending.missing}
          prefill={{}}
          onCancel={() => {
            focusNext.current = 'search';
            session.cancelPending();
          }}
          onInsert={session.fillIn}
        />
      )}
      <input
        ref={searchRef}
        class="search"
        type="search"
        data-testid="search"
        placeholder={t('sidebar.searchPlaceholder')}
        aria-label={t('sidebar.searchLabel')}
        value={query}
        onFocus={warmSearch}
        onInput={(e) => {
          enterWhenFound.current = null;
          setQuery(e.currentTarget.value);
        }}
        onKeyDown={(e) => {
          const first = rootRef.current?.querySelector<HTMLElement>('[data-row]');
          const behind = query.trim() !== '' && found?.query !== query;
          if (e.key === 'Enter' && behind) {
            e.preventDefault();
            enterWhenFound.current = query;
          } else if (e.key === 'ArrowDown') {
            e.preventDefault();
            first?.focus();
          } else if (e.key === 'Enter' && first) {
            e.preventDefault();
            first.click();
          } else if (e.key === 'Escape') setQuery('');
        }}
      />
      <Replies
        rows={rows}
        heading={
          searching ? undefined : s.library.listed.some((t) => t.useCount > 0) ? t('sidebar.mostUsed') : t('sidebar.allReplies')
        }
        more={searching || s.library.total <= listed ? 0 : s.library.total - s.suggestions.length - listed}
        preview={preview}
        onInsert={session.insert}
        onLeave={backToSearch}
      />
    </div>
  );
}
