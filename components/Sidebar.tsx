import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { messenger } from '../lib/messaging/protocol';
import { trackCaret, trackComposition } from '../lib/composer/caret';
import { deliverText, describeDelivery } from '../lib/composer/deliver';
import { boxesOverlap, reserveRightEdge, SIDEBAR_WIDTH, TAB_WIDTH } from '../lib/page/dock';
import type { PageState } from '../lib/page/page-state';
import { watchPage } from '../lib/page/watch-page';
import { watchScheme, type Scheme } from '../lib/page/theme';
import type { PlatformAdapter } from '../lib/platforms/types';
import { createTemplateSearch } from '../lib/search/template-search';
import { firstNameOf, renderTemplate } from '../lib/templates/render';
import type { Template } from '../lib/templates/types';
import { TemplateList } from './TemplateList';

interface Props {
  adapter: PlatformAdapter;
  signal: AbortSignal;
  shadow: ShadowRoot;
  /** Subscribes to the toolbar button / keyboard command. */
  onToggleRequest: (listener: () => void) => () => void;
}

type Status = { tone: 'ok' | 'warn' | 'error'; text: string; manualCopy?: string };

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

function missingNotice(page: PageState, label: string): Status | null {
  if (!page.threadId)
    return {
      tone: 'ok',
      text: `Open a conversation in ${label} to insert replies personalised for that customer. Clicking a reply here copies it.`,
    };
  if (page.missing.includes('composer'))
    return {
      tone: 'warn',
      text: `Can't find the message box on this page. Replies will be copied to your clipboard instead — paste with ${isMac ? '⌘V' : 'Ctrl+V'}.`,
    };
  if (page.missing.includes('contact-name'))
    return {
      tone: 'warn',
      text: `Can't read the contact's name here. Replies use their fallback wording (“Hi there”). Inserting still works.`,
    };
  return null;
}

export function Sidebar({ adapter, signal, shadow, onToggleRequest }: Props) {
  const [page, setPage] = useState<PageState | null>(null);
  const [scheme, setScheme] = useState<Scheme>('light');
  // null until the stored preference arrives, so the page is not re-laid-out twice.
  const [collapsed, setCollapsedState] = useState<boolean | null>(null);
  const [templates, setTemplates] = useState<Template[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Status | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const helpers = useMemo(
    () => ({ caret: trackCaret(() => adapter.composer(document), signal), composing: trackComposition(signal) }),
    [adapter, signal],
  );

  useEffect(() => watchPage(adapter, signal, setPage), [adapter, signal]);
  useEffect(() => {
    messenger.sendMessage('getPreferences', undefined).then(
      (p) => setCollapsedState((c) => c ?? p.sidebarCollapsed),
      () => setCollapsedState((c) => c ?? false),
    );
  }, []);
  /** A choice the user made: remembered for the next page. */
  const setCollapsed = (value: boolean) => {
    setCollapsedState(value);
    void messenger.sendMessage('savePreferences', { sidebarCollapsed: value }).catch(() => undefined);
  };
  const collapsedRef = useRef(collapsed);
  collapsedRef.current = collapsed;
  useEffect(() => watchScheme(document, signal, setScheme), [signal]);

  // Templates come from the background; refresh when the user comes back to the tab (they may have edited them).
  useEffect(() => {
    const load = () =>
      messenger.sendMessage('listTemplates', undefined).then(
        (list) => {
          setTemplates(list);
          setLoadError(null);
        },
        (e: unknown) => setLoadError(`Couldn't load your saved replies (${(e as Error).message}). Reload the page to try again.`),
      );
    void load();
    const onVisible = () => {
      if (document.visibilityState === 'visible') void load();
    };
    document.addEventListener('visibilitychange', onVisible, { signal });
  }, [signal]);

  useEffect(
    () =>
      onToggleRequest(() => {
        const opening = collapsedRef.current !== false;
        setCollapsed(!opening);
        if (opening) setTimeout(() => searchRef.current?.focus(), 0);
      }),
    [onToggleRequest],
  );

  // A new thread starts with a clean status line.
  useEffect(() => setStatus(null), [page?.threadId]);

  const visible = (page?.inDmArea ?? false) && collapsed !== null;
  useEffect(() => {
    reserveRightEdge(visible ? (collapsed ? TAB_WIDTH : SIDEBAR_WIDTH) : 0);
    if (!visible || collapsed) return;
    // The page is narrowed to make room; if its layout ignores that, never sit over the composer or Send.
    const frame = requestAnimationFrame(() => {
      const own = rootRef.current?.getBoundingClientRect();
      const covered = [adapter.composer(document), adapter.sendButton(document)].some(
        (el) => el && own && boxesOverlap(own, el.getBoundingClientRect()),
      );
      if (covered) {
        setCollapsedState(true);
        setStatus({ tone: 'warn', text: 'Collapsed so the sidebar does not cover the message box on this layout.' });
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [visible, collapsed, page, adapter]);
  useEffect(() => () => reserveRightEdge(0), []);

  const search = useMemo(() => createTemplateSearch(templates), [templates]);
  const results = useMemo(() => search(query), [search, query]);

  if (!page || !visible || collapsed === null) return null;

  const values = {
    first_name: firstNameOf(page.contact.displayName),
    name: page.contact.displayName ?? undefined,
    handle: page.contact.handle ?? undefined,
    platform: adapter.label,
  };
  const render = (t: Template) => renderTemplate(t.body, values);

  const insert = async (t: Template) => {
    const text = render(t);
    const delivery = await deliverText(text, {
      composer: adapter.composer(document),
      caret: helpers.caret(),
      isComposing: helpers.composing,
      clipboardHost: shadow,
    });
    setStatus({
      tone: delivery.kind === 'inserted' ? 'ok' : delivery.kind === 'copied' ? 'warn' : 'error',
      text: describeDelivery(delivery, t.title, isMac),
      manualCopy: delivery.kind === 'failed' ? text : undefined,
    });
    if (delivery.kind !== 'failed') void messenger.sendMessage('recordTemplateUse', { id: t.id }).catch(() => undefined);
  };

  const shown = status ?? (loadError ? { tone: 'error' as const, text: loadError } : missingNotice(page, adapter.label));

  if (collapsed) {
    return (
      <div class="tab" data-testid="sidekick" data-platform={adapter.id} data-theme={scheme} data-collapsed="true">
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
      data-platform={adapter.id}
      data-theme={scheme}
      data-collapsed="false"
      data-thread={page.threadId ?? ''}
      data-composer={page.composerFound ? 'found' : 'missing'}
    >
      <header class="header">
        <span class="brand">DM Sidekick</span>
        <span class="platform">{adapter.label}</span>
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
      <section class="contact" aria-label="Contact">
        {page.threadId ? (
          <>
            <div class="contact-name" data-testid="contact-name" dir="auto">
              {page.contact.displayName ?? page.contact.handle ?? 'Unknown contact'}
            </div>
            {page.contact.handle && page.contact.handle !== page.contact.displayName && (
              <div class="handle">@{page.contact.handle}</div>
            )}
            {page.lastFrom && (
              <div class={`last-from ${page.lastFrom}`} data-testid="last-from" data-direction={page.lastFrom}>
                {page.lastFrom === 'in' ? 'The customer wrote last: waiting for your reply' : 'You replied last'}
              </div>
            )}
          </>
        ) : (
          <div class="contact-name muted" data-testid="contact-name" data-empty="true">
            No conversation open
          </div>
        )}
      </section>
      <div class={`status ${shown?.tone ?? 'ok'}`} data-testid="status" role="status" aria-live="polite">
        {shown?.text ?? `Ready. Click a reply to insert it for ${values.first_name ?? 'this contact'}.`}
        {shown?.manualCopy && <textarea class="manual-copy" readOnly value={shown.manualCopy} aria-label="Reply text to copy" />}
      </div>
      <input
        ref={searchRef}
        class="search"
        type="search"
        data-testid="search"
        placeholder="Search saved replies (↓ to pick)"
        aria-label="Search saved replies"
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || (e.key === 'Enter' && results.length > 0)) {
            e.preventDefault();
            const first = rootRef.current?.querySelector<HTMLElement>('[data-testid="template"]');
            if (e.key === 'Enter') first?.click();
            else first?.focus();
          } else if (e.key === 'Escape') setQuery('');
        }}
      />
      <TemplateList
        templates={results}
        preview={render}
        onInsert={(t) => void insert(t)}
        onExitUp={() => searchRef.current?.focus()}
      />
    </div>
  );
}
