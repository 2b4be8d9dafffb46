import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ContactProfile } from '../lib/contacts/types';
import { trackCaret, trackComposition } from '../lib/composer/caret';
import { deliverText, describeDelivery } from '../lib/composer/deliver';
import type { Backlog, createRecorder } from '../lib/events/recorder';
import { rangeOfText, shortcutBeforeCaret, type TypedShortcut } from '../lib/composer/shortcut';
import { messenger, type ProtocolMap, type ThreadContext } from '../lib/messaging/protocol';
import { boxesOverlap, reserveRightEdge, SIDEBAR_WIDTH, TAB_WIDTH } from '../lib/page/dock';
import type { PageReader, PageState } from '../lib/page/page-state';
import { watchScheme, type Scheme } from '../lib/page/theme';
import type { SearchResult, SidebarLibrary } from '../lib/search/template-library';
import { DEFAULT_PREFERENCES, type Preferences } from '../lib/settings/preferences';
import { contactKey as contactKeyOf } from '../lib/vocab/contact-key';
import { DAY_MS } from '../lib/vocab/time';
import { recentPromo } from '../lib/suggest/suggest';
import { renderTemplate } from '../lib/templates/render';
import type { Template } from '../lib/templates/types';
import { missingVariables, templateValues, variableLabel } from '../lib/templates/variables';
import { ContactCard } from './ContactCard';
import { downloadText } from './download';
import { PageCheck } from './PageCheck';
import { pageSnapshot } from '../lib/page/snapshot';
import { ReplyTiming } from './ReplyTiming';
import { FeedbackPanel, type FeedbackInput } from './FeedbackPanel';
import { FillInForm } from './FillInForm';
import { ReplyList, type ReplyRow } from './ReplyList';

interface Props {
  reader: PageReader;
  /** Subscribes to the page's state (the content script watches the page; the sidebar only renders it). */
  pageStates: (listener: (state: PageState) => void) => () => void;
  /** Subscribes to the recorder's backlog (messages seen, not yet saved by the background). */
  recordingBacklog: (listener: (backlog: Backlog) => void) => () => void;
  signal: AbortSignal;
  shadow: ShadowRoot;
  recorder: ReturnType<typeof createRecorder>;
  /** Subscribes to the keyboard command and the popup's toggle. */
  onToggleRequest: (listener: () => void) => () => void;
  /** Subscribes to "message events of these threads were stored". */
  onEventsStored: (listener: (e: Event) => void) => () => void;
}

type Status = { tone: 'ok' | 'warn' | 'error'; text: string; manualCopy?: string };
type ProtocolReturn<K extends keyof ProtocolMap> = ReturnType<ProtocolMap[K]>;
/** An insertion waiting for the seller: a promo to confirm, or values to fill in. */
type Pending =
  | { step: 'spam'; template: Template; replace?: TypedShortcut; promoAt: number }
  | { step: 'fill-in'; template: Template; replace?: TypedShortcut; missing: string[] };
interface InsertOptions {
  replace?: TypedShortcut;
  promoConfirmed?: boolean;
  extraValues?: Record<string, string>;
}

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
/** How many replies the list shows with an empty search box. */
const LISTED = 50;
/** At most this many suggestions come first (they are left out of the most-used list). */
const SUGGESTED = 3;

function openThreadNotice(page: PageState, label: string): Status | null {
  if (page.threadId) return null;
  return {
    tone: 'ok',
    text: `Open a conversation in ${label} to insert replies personalised for that customer. Clicking a reply here copies it.`,
  };
}

export function Sidebar({
  reader,
  pageStates,
  recordingBacklog,
  signal,
  shadow,
  recorder,
  onToggleRequest,
  onEventsStored,
}: Props) {
  const site = reader.site;
  const [page, setPage] = useState<PageState | null>(null);
  const [scheme, setScheme] = useState<Scheme>('light');
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  // A collapse forced by the layout (the sidebar would cover the composer) is not the user's choice: not saved.
  const [forcedCollapse, setForcedCollapse] = useState(false);
  // The replies the list shows (the most used) and every shortcut: a big library stays in the background.
  const [library, setLibrary] = useState<SidebarLibrary>({ listed: [], shortcuts: [], total: 0 });
  const [loadError, setLoadError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Status | null>(null);
  const [context, setContext] = useState<ThreadContext | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [feedbackSuggestion, setFeedbackSuggestion] = useState<ProtocolReturn<'feedbackSuggestion'>>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const helpers = useMemo(
    () => ({ caret: trackCaret(() => reader.composer(), signal), composing: trackComposition(signal) }),
    [reader, signal],
  );

  useEffect(() => pageStates(setPage), [pageStates]);
  const [backlog, setBacklog] = useState<Backlog>({ waiting: 0, retrying: false });
  useEffect(() => recordingBacklog(setBacklog), [recordingBacklog]);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => watchScheme(document, signal, setScheme), [signal]);
  useEffect(() => {
    messenger.sendMessage('getPreferences', undefined).then(setPrefs, () => setPrefs(DEFAULT_PREFERENCES));
  }, []);

  // Templates come from the background; refresh when the user comes back to the tab (they may have edited them).
  useEffect(() => {
    const load = () =>
      messenger.sendMessage('sidebarTemplates', { listed: LISTED + SUGGESTED }).then(
        (view) => {
          setLibrary(view);
          setLoadError(null);
        },
        (e: unknown) => setLoadError(`Couldn't load your saved replies (${(e as Error).message}). Reload the page to try again.`),
      );
    void load();
    document.addEventListener(
      'visibilitychange',
      () => {
        if (document.visibilityState === 'visible') {
          void load();
          void messenger.sendMessage('getPreferences', undefined).then(setPrefs, () => undefined);
        }
      },
      { signal },
    );
  }, [signal]);

  const threadKey = page?.threadId ? contactKeyOf(site.id, page.threadId) : null;
  const threadKeyRef = useRef(threadKey);
  threadKeyRef.current = threadKey;
  // An answer for a thread the user has already left is dropped.
  const loadContext = (key: string) =>
    messenger.sendMessage('getThreadContext', { contactKey: key, platform: site.id }).then(
      (ctx) => {
        if (threadKeyRef.current === key) setContext(ctx);
      },
      () => setContext(null),
    );
  useEffect(() => {
    setContext(null);
    setStatus(null);
    setPending(null);
    if (threadKey) void loadContext(threadKey);
  }, [threadKey]);
  // A customer reply to an open survey: is there a rating in it? (Parsed by the background, in memory.)
  const surveyId = context?.survey?.id;
  useEffect(() => {
    setFeedbackSuggestion(null);
    if (!surveyId || !threadKey || page?.lastFrom !== 'in' || !page.latestIncoming) return;
    let stale = false;
    messenger.sendMessage('feedbackSuggestion', { contactKey: threadKey, text: page.latestIncoming }).then(
      (s) => {
        if (!stale) setFeedbackSuggestion(s);
      },
      () => undefined,
    );
    return () => {
      stale = true;
    };
  }, [surveyId, threadKey, page?.lastFrom, page?.latestIncoming]);
  // New messages in this thread change its waiting time and reply windows.
  useEffect(
    () =>
      onEventsStored((e) => {
        const keys = (e as CustomEvent<Set<string>>).detail;
        if (threadKeyRef.current && keys.has(threadKeyRef.current)) void loadContext(threadKeyRef.current);
      }),
    [onEventsStored],
  );

  const collapsed = prefs === null ? null : prefs.sidebarCollapsed || forcedCollapse;
  const setCollapsed = (value: boolean) => {
    setForcedCollapse(false);
    setPrefs((p) => (p ? { ...p, sidebarCollapsed: value } : p));
    // The sidebar already shows the new state; if it cannot be saved, the next page starts as before — say so.
    void messenger.sendMessage('savePreferences', { sidebarCollapsed: value }).catch((e: unknown) => {
      console.warn('DM Sidekick: could not remember the sidebar state.', e);
      setStatus({ tone: 'warn', text: `Couldn't remember that choice for the next page (${(e as Error).message}).` });
    });
  };
  const collapsedRef = useRef(collapsed);
  collapsedRef.current = collapsed;
  useEffect(
    () =>
      onToggleRequest(() => {
        const opening = collapsedRef.current !== false;
        setCollapsed(!opening);
        if (opening) setTimeout(() => searchRef.current?.focus(), 0);
      }),
    [onToggleRequest],
  );

  const visible = (page?.inDmArea ?? false) && collapsed !== null;
  // Layout effect: the page makes room in the same frame the sidebar appears or goes.
  useLayoutEffect(() => {
    reserveRightEdge(visible ? (collapsed ? TAB_WIDTH : SIDEBAR_WIDTH) : 0);
    if (!visible || collapsed) return;
    // The page is narrowed to make room; if its layout ignores that, never sit over the composer or Send.
    const frame = requestAnimationFrame(() => {
      const own = rootRef.current?.getBoundingClientRect();
      const covered = [reader.composer(), reader.sendButton()].some(
        (el) => el && own && boxesOverlap(own, el.getBoundingClientRect()),
      );
      if (covered) {
        setForcedCollapse(true);
        setStatus({ tone: 'warn', text: 'Collapsed so the sidebar does not cover the message box on this layout.' });
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [visible, collapsed, page, reader]);
  useEffect(() => () => reserveRightEdge(0), []);

  // Search runs in the background, where the index is kept warm for every tab; answers for an older query are dropped.
  const [found, setFound] = useState<{ query: string; results: SearchResult[] } | null>(null);
  useEffect(() => {
    if (!query.trim()) return setFound(null);
    let stale = false;
    messenger.sendMessage('searchTemplates', { query: query.slice(0, 500), limit: 50 }).then(
      (results) => {
        if (!stale) setFound({ query, results });
      },
      (e: unknown) => {
        if (!stale) setStatus({ tone: 'error', text: `Search failed: ${(e as Error).message}. Try again.` });
      },
    );
    return () => {
      stale = true;
    };
  }, [query, library]);
  const byShortcut = useMemo(() => new Map(library.shortcuts.map((t) => [t.shortcut!, t])), [library]);
  const profile = context?.contact ?? null;
  // In a group chat, greetings address whoever wrote the latest customer message, not the group's title.
  const greeted = page?.contact.group ? page.latestSender : (page?.contact.displayName ?? null);
  const fieldsKey = JSON.stringify(profile?.fields ?? {});
  const values = useMemo(
    () =>
      templateValues({
        displayName: greeted,
        handle: page?.contact.handle ?? null,
        platformLabel: site.label,
        firstNameOverride: profile?.firstNameOverride,
        fields: profile?.fields,
        myName: prefs?.myName,
        business: prefs?.business,
        now: new Date(),
      }),
    // The profile object is new after every context reload: depend on what it holds.
    [greeted, page?.contact.handle, profile?.firstNameOverride, fieldsKey, prefs?.myName, prefs?.business, site.label],
  );
  // Previews are rendered once per reply and contact, not on every re-render (a long thread re-renders often).
  const preview = useMemo(() => {
    const cache = new Map<string, string>();
    return (t: Template) => {
      let text = cache.get(t.body);
      if (text === undefined) {
        const hints = Object.fromEntries(missingVariables(t.body, values).map((m) => [m, `[${variableLabel(m).toLowerCase()}]`]));
        cache.set(t.body, (text = renderTemplate(t.body, { ...values, ...hints })));
      }
      return text;
    };
  }, [values]);
  const detectedFirstName = useMemo(
    () =>
      templateValues({
        displayName: greeted,
        handle: page?.contact.handle ?? null,
        platformLabel: '',
        now: new Date(),
      }).first_name,
    [greeted, page?.contact.handle],
  );

  // Suggestions are ranked by the background, which holds the templates, the contact's tags and past uses; the
  // customer's latest message travels with the request in memory only.
  const [ranked, setRanked] = useState<ProtocolReturn<'suggestReplies'>>([]);
  const usesCount = context?.uses.length ?? 0;
  const tagKey = profile?.tags.join() ?? '';
  useEffect(() => {
    // With no message list found, suggestions are paused: they would read an empty thread as a first contact.
    if (!threadKey || !page || page.check.messages === 'missing') return setRanked([]);
    let stale = false;
    messenger
      .sendMessage('suggestReplies', {
        contactKey: threadKey,
        platform: site.id,
        latestIncoming: page.latestIncoming?.slice(0, 2000) ?? null,
        lastFrom: page.lastFrom,
        outgoingCount: page.outgoingCount,
      })
      .then(
        (list) => {
          if (!stale) setRanked(list);
        },
        () => undefined,
      );
    return () => {
      stale = true;
    };
  }, [
    threadKey,
    page?.latestIncoming,
    page?.lastFrom,
    page?.outgoingCount,
    page?.check.messages,
    usesCount,
    tagKey,
    library,
    site.id,
  ]);
  const suggestions = useMemo(
    () => ranked.map((s) => ({ template: s.template, score: 0, reason: s.reason, recentPromoAt: s.recentPromoAt })),
    [ranked],
  );

  const rows: ReplyRow[] = useMemo(() => {
    if (query.trim())
      return (found?.results ?? []).map(({ template, highlights }) => ({ kind: 'template' as const, template, highlights }));
    const suggested = new Set(suggestions.map((s) => s.template.id));
    const mostUsed = [...library.listed]
      .filter((t) => !suggested.has(t.id))
      .sort((a, b) => b.useCount - a.useCount || (b.lastUsedAt ?? 0) - (a.lastUsedAt ?? 0) || a.title.localeCompare(b.title));
    // A big library is searched, not scrolled: rendering thousands of rows on every page change would cost more
    // than it gives.
    return [
      ...suggestions.map((suggestion) => ({ kind: 'suggestion' as const, suggestion })),
      ...mostUsed.slice(0, LISTED).map((template) => ({ kind: 'template' as const, template })),
    ];
  }, [query, found, suggestions, library]);

  /** The whole insertion: promo guard, fill-in of missing values, verified insertion, usage log. */
  const insert = async (template: Template, options: InsertOptions = {}) => {
    if (!page) return;
    setPending(null);
    const promoAt = recentPromo(context?.uses ?? [], Date.now(), prefs?.promoCooldownDays ?? 7);
    if (template.kind === 'promo' && promoAt !== undefined && !options.promoConfirmed) {
      setCollapsed(false);
      setPending({ step: 'spam', template, replace: options.replace, promoAt });
      return;
    }
    const all = { ...values, ...options.extraValues };
    const missing = missingVariables(template.body, all);
    if (missing.length > 0) {
      setCollapsed(false);
      setPending({ step: 'fill-in', template, replace: options.replace, missing });
      return;
    }
    const text = renderTemplate(template.body, all);
    const composer = reader.composer();
    const caret =
      options.replace && composer ? (rangeOfText(composer, options.replace.text) ?? helpers.caret()) : helpers.caret();
    // Attribution first: the seller may press Enter the moment the text appears.
    recorder.noteInsertion(template.id, text, template.kind === 'away');
    const delivery = await deliverText(text, { composer, caret, isComposing: helpers.composing, clipboardHost: shadow });
    setStatus({
      tone: delivery.kind === 'inserted' ? 'ok' : delivery.kind === 'failed' ? 'error' : 'warn',
      text: describeDelivery(delivery, template.title, isMac),
      manualCopy: delivery.kind === 'failed' ? text : undefined,
    });
    if (delivery.kind === 'failed') return;
    // Count the use here at once, so a quick second click already meets the promo guard.
    if (threadKey) {
      const use = { templateId: template.id, contactKey: threadKey, kind: template.kind, at: Date.now() };
      setContext((c) => (c && c.contact.key === threadKey ? { ...c, uses: [use, ...c.uses] } : c));
    }
    try {
      await messenger.sendMessage('recordTemplateUse', { id: template.id, contactKey: threadKey ?? undefined });
      const at = Date.now();
      const bump = (t: Template) => (t.id === template.id ? { ...t, useCount: t.useCount + 1, lastUsedAt: at } : t);
      setLibrary((l) => ({ ...l, listed: l.listed.map(bump), shortcuts: l.shortcuts.map(bump) }));
      if (threadKey) await loadContext(threadKey);
    } catch (e) {
      // Counting a use is best effort; the reply itself is in place.
      console.warn('DM Sidekick: the use of this reply was not counted.', e);
    }
  };
  const insertRef = useRef(insert);
  insertRef.current = insert;

  const saveProfile = (next: ContactProfile) => {
    const { updatedAt: _updatedAt, ...input } = next;
    messenger.sendMessage('saveContact', input).then(
      (saved) => setContext((c) => (c && c.contact.key === saved.key ? { ...c, contact: saved } : c)),
      (e: unknown) => setStatus({ tone: 'error', text: `Couldn't save the profile: ${(e as Error).message}` }),
    );
  };

  // Slash shortcuts typed in the site's message box: "/ship" then Tab (or Space) becomes the reply.
  const trigger = prefs?.shortcutTrigger ?? 'tab';
  useEffect(() => {
    const controller = new AbortController();
    document.addEventListener(
      'keydown',
      (e) => {
        if (e.isComposing || e.altKey || e.ctrlKey || e.metaKey) return;
        const tab = e.key === 'Tab' && !e.shiftKey && trigger !== 'space';
        const space = e.key === ' ' && trigger !== 'tab';
        if (!tab && !space) return;
        const composer = reader.composer();
        if (!composer || !(e.target instanceof Node) || !composer.contains(e.target)) return;
        const typed = shortcutBeforeCaret(composer);
        const template = typed && byShortcut.get(typed.name);
        if (!template) return; // Not a saved shortcut: the key does what it always does.
        e.preventDefault();
        e.stopImmediatePropagation();
        void insertRef.current(template, { replace: typed });
      },
      { capture: true, signal: AbortSignal.any([signal, controller.signal]) },
    );
    return () => controller.abort();
  }, [reader, byShortcut, trigger, signal]);

  if (!page || !visible || collapsed === null) return null;

  const shown = status ?? (loadError ? { tone: 'error' as const, text: loadError } : openThreadNotice(page, site.label));
  const focusSearch = () => searchRef.current?.focus();

  if (collapsed) {
    return (
      <div class="tab" data-testid="sidekick" data-platform={site.id} data-theme={scheme} data-collapsed="true">
        <button
          type="button"
          class="tab-button"
          aria-label="Show DM Sidekick"
          aria-expanded="false"
          onClick={() => setCollapsed(false)}
        >
          DM Sidekick
        </button>
      </div>
    );
  }

  return (
    <div
      ref={rootRef}
      class="root"
      role="complementary"
      aria-label="DM Sidekick"
      data-testid="sidekick"
      data-platform={site.id}
      data-theme={scheme}
      data-collapsed="false"
      data-thread={page.threadId ?? ''}
      data-composer={page.check.composer === 'ok' ? 'found' : 'missing'}
    >
      <header class="header">
        <span class="brand">DM Sidekick</span>
        <span class="platform">{site.label}</span>
        <button
          type="button"
          class="collapse"
          aria-label="Hide DM Sidekick"
          aria-expanded="true"
          onClick={() => setCollapsed(true)}
        >
          ›
        </button>
      </header>
      <ContactCard page={page} detectedFirstName={detectedFirstName} profile={profile} onSave={saveProfile} />
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
            setStatus({ tone: 'ok', text: 'Saved the page structure (no names or messages in it) to your downloads.' });
          }}
        />
      )}
      {backlog.retrying && backlog.waiting > 0 && (
        <p class="status warn" data-testid="recording-behind" data-waiting={backlog.waiting} role="status">
          Recording is behind: {backlog.waiting} message{backlog.waiting === 1 ? '' : 's'} waiting for the extension to answer.
          Nothing is lost — they are saved as soon as it does.
        </p>
      )}
      {page.threadId && threadKey && (
        <ReplyTiming
          conversation={context?.conversation}
          lastFrom={page.lastFrom}
          now={now}
          onMark={(kind) =>
            void messenger.sendMessage('markThread', { contactKey: threadKey, platform: site.id, kind }).then(
              (ctx) => {
                if (threadKeyRef.current === threadKey) setContext(ctx);
                setStatus({
                  tone: 'ok',
                  text: kind === 'converted' ? 'Marked as converted.' : 'Marked as done: it no longer counts as waiting.',
                });
              },
              (e: unknown) => setStatus({ tone: 'error', text: `Couldn't mark it: ${(e as Error).message}` }),
            )
          }
        />
      )}
      <div class={`status ${shown?.tone ?? 'ok'}`} data-testid="status" role="status" aria-live="polite">
        {shown?.text ??
          `Ready. Click a reply to insert it for ${values.first_name ?? 'this contact'}, or type /shortcut then ${trigger === 'space' ? 'Space' : 'Tab'} in the message box.`}
        {shown?.manualCopy && <textarea class="manual-copy" readOnly value={shown.manualCopy} aria-label="Reply text to copy" />}
      </div>
      {page.threadId && threadKey && (
        <FeedbackPanel
          firstName={values.first_name ?? 'this customer'}
          survey={context?.survey}
          suggestion={feedbackSuggestion}
          latestMessage={page.latestIncoming}
          now={now}
          onLog={async (entry: FeedbackInput) => {
            try {
              await messenger.sendMessage('logFeedback', { ...entry, contactKey: threadKey, platform: site.id });
              setFeedbackSuggestion(null);
              setStatus({ tone: 'ok', text: 'Feedback logged.' });
              await loadContext(threadKey);
            } catch (e) {
              setStatus({ tone: 'error', text: `Couldn't log the feedback: ${(e as Error).message}` });
            }
          }}
        />
      )}
      {pending?.step === 'spam' && (
        <div class="panel spam" data-testid="spam-warning" role="alertdialog" aria-label="Promo sent recently">
          <p>
            You inserted a promo for {values.first_name ?? 'this contact'}{' '}
            {Math.max(1, Math.round((Date.now() - pending.promoAt) / DAY_MS))} day(s) ago. Another one this soon can feel like
            spam.
          </p>
          <div class="actions">
            <button
              type="button"
              data-testid="spam-confirm"
              onClick={() => void insert(pending.template, { replace: pending.replace, promoConfirmed: true })}
            >
              Insert anyway
            </button>
            <button type="button" class="secondary" data-testid="spam-cancel" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {pending?.step === 'fill-in' && (
        <FillInForm
          key={pending.template.id}
          title={pending.template.title}
          missing={pending.missing}
          prefill={{}}
          onCancel={() => setPending(null)}
          onInsert={(entered, remember) => {
            if (remember && profile) {
              const fields = { ...profile.fields };
              let firstNameOverride = profile.firstNameOverride;
              for (const [name, value] of Object.entries(entered)) {
                if (name === 'first_name') firstNameOverride = value.trim();
                else if (
                  !['last_name', 'name', 'handle', 'platform', 'my_name', 'business', 'date', 'time', 'weekday'].includes(name)
                )
                  fields[name] = value.trim();
              }
              saveProfile({ ...profile, fields, firstNameOverride });
            }
            void insert(pending.template, { replace: pending.replace, promoConfirmed: true, extraValues: entered });
          }}
        />
      )}
      <input
        ref={searchRef}
        class="search"
        type="search"
        data-testid="search"
        placeholder="Search replies, or tag:shipping"
        aria-label="Search saved replies"
        value={query}
        // A worker that slept has lost its index: focusing the box rebuilds it while the first word is typed.
        onFocus={() =>
          void messenger.sendMessage('warmSearch', undefined).catch((e: unknown) => console.warn('search warm-up:', e))
        }
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          const first = rootRef.current?.querySelector<HTMLElement>('[data-row]');
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            first?.focus();
          } else if (e.key === 'Enter' && first) {
            e.preventDefault();
            first.click();
          } else if (e.key === 'Escape') setQuery('');
        }}
      />
      <ReplyList
        rows={rows}
        heading={query.trim() ? undefined : library.listed.some((t) => t.useCount > 0) ? 'Most used' : 'All replies'}
        more={query.trim() || library.total <= LISTED ? 0 : library.total - suggestions.length - LISTED}
        preview={preview}
        onInsert={(t) => void insert(t)}
        onLeave={focusSearch}
      />
    </div>
  );
}
