import { log } from '../log';
import type { ContactProfile } from '../contacts/types';
import { trackCaret, trackComposition } from '../composer/caret';
import { deliverText, deliveryTone, describeDelivery } from '../composer/deliver';
import { rangeOfText, selectInField, type TypedShortcut } from '../composer/shortcut';
import { createRecorder, type Backlog, type RecorderDeps } from '../events/recorder';
import type { ParsedAnswer } from '../feedback/parse-rating';
import type { FeedbackInput, SurveyAsk } from '../feedback/scores';
import type { messenger, ProtocolMap, ThreadContext } from '../messaging/protocol';
import { boxesOverlap, reserveEdge, SIDEBAR_WIDTH, TAB_WIDTH, type Edge } from '../page/dock';
import type { PageReader, PageState } from '../page/page-state';
import { watchPage } from '../page/watch-page';
import { watchScheme, type Scheme } from '../page/theme';
import type { SidebarLibrary } from '../search/template-library';
import { DEFAULT_PREFERENCES, type Preferences } from '../settings/preferences';
import type { TemplateValues } from '../templates/render';
import type { Template } from '../templates/types';
import { templateValues } from '../templates/variables';
import { contactKey, platformOf } from '../vocab/contact-key';
import { planInsertion, rememberEntered } from './plan-insertion';
import { captureShortcuts } from './shortcuts';
import { locale, t } from '../i18n/t';

export interface Status {
  tone: 'ok' | 'warn' | 'error';
  text: string;
  /** The reply text, shown for copying by hand when it could be neither inserted nor copied. */
  manualCopy?: string;
}

/** An insertion waiting for the seller: a promo to confirm, or values to fill in. */
export type Pending =
  | { step: 'confirm-promo'; template: Template; replace?: TypedShortcut; promoAt: number }
  | { step: 'fill-in'; template: Template; replace?: TypedShortcut; missing: string[] };

export type Suggestion = ReturnType<ProtocolMap['suggestReplies']>[number];

/** Everything the sidebar shows: one object, published whenever any part of it changes. */
export interface SessionState {
  page: PageState | null;
  scheme: Scheme;
  prefs: Preferences | null;
  /** null until the preferences are known (the sidebar stays hidden until then). */
  collapsed: boolean | null;
  library: SidebarLibrary;
  libraryError: string | null;
  threadKey: string | null;
  context: ThreadContext | null;
  suggestions: Suggestion[];
  feedbackSuggestion: { survey: SurveyAsk; answer: ParsedAnswer } | null;
  /** The values templates are filled with for this contact now. */
  values: TemplateValues;
  /** The first name read from the page alone (the contact card offers to correct it). */
  detectedFirstName: string | undefined;
  backlog: Backlog;
  status: Status | null;
  pending: Pending | null;
}

/** The requests the session makes of the background (the content script passes its messenger). */
export type Ask = typeof messenger.sendMessage;

export interface SessionDeps {
  reader: PageReader;
  /** How messages seen are keyed, sent and queued (lib/events/recorder.ts); the session reports the backlog. */
  recording: Omit<RecorderDeps, 'onBacklog'>;
  ask: Ask;
  doc: Document;
  signal: AbortSignal;
  /** How many replies the sidebar lists with an empty search box (suggestions come on top). */
  listed: number;
  isMac: boolean;
}

const problem = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The page session: everything the extension does on a DM page apart from drawing. It watches the page (state,
 * rows for the recorder, theme), captures typed shortcuts, docks the page beside the sidebar, loads what the sidebar
 * shows (preferences, the library, the thread's context and suggestions) and carries out insertions. The sidebar
 * renders `state()` and calls the intents below; it holds no listener on the host page (Hypothesis: guest vs. app).
 */
export function createPageSession(deps: SessionDeps) {
  const { reader, ask, doc, signal } = deps;
  const site = reader.site;
  const caret = trackCaret(() => reader.composer(), signal);
  const composing = trackComposition(signal);
  let forcedCollapse = false;
  // The sidebar's own box on screen, once rendered (to check it does not cover the composer).
  let sidebarBox: () => DOMRect | null = () => null;
  /** The element the sidebar is drawn in (its shadow host): told which edge it docks on. */
  let sidebarHost: HTMLElement | null = null;
  // Where the clipboard fallback puts its temporary text box (the sidebar's shadow root, once mounted).
  let clipboardHost: ShadowRoot | HTMLElement = doc.body;
  let state: SessionState = {
    page: null,
    scheme: 'light',
    prefs: null,
    collapsed: null,
    library: { listed: [], shortcuts: [], total: 0 },
    libraryError: null,
    threadKey: null,
    context: null,
    suggestions: [],
    feedbackSuggestion: null,
    values: {},
    detectedFirstName: undefined,
    backlog: { waiting: 0, retrying: false },
    status: null,
    pending: null,
  };
  const listeners = new Set<(s: SessionState) => void>();
  const focusRequests = new Set<() => void>();

  /** Merges a change, derives what depends on it, publishes, and starts the loads the change calls for. */
  const set = (patch: Partial<SessionState>) => {
    const before = state;
    state = derive(before, { ...before, ...patch });
    for (const listener of listeners) listener(state);
    react(before, state);
  };

  const derive = (before: SessionState, next: SessionState): SessionState => {
    const page = next.page;
    next.collapsed = next.prefs === null ? null : next.prefs.sidebarCollapsed || forcedCollapse;
    next.threadKey = page?.threadId ? contactKey(page.platform, page.threadId) : null;
    if (next.threadKey !== before.threadKey) {
      // Another thread: nothing of the last one's context, status or pending insertion applies.
      next.context = null;
      next.status = null;
      next.pending = null;
      next.suggestions = [];
      next.feedbackSuggestion = null;
    }
    // In a group chat, greetings address whoever wrote the latest customer message, not the group's title.
    const greeted = page?.contact.group ? page.latestSender : (page?.contact.displayName ?? null);
    const profile = next.context?.contact;
    const inputs = [greeted, page?.contact.handle, profile?.firstNameOverride, JSON.stringify(profile?.fields ?? {})];
    const valueInputs = JSON.stringify([...inputs, next.prefs?.myName, next.prefs?.business, locale()]);
    if (valueInputs !== valuesFor) {
      valuesFor = valueInputs;
      const now = new Date();
      next.values = templateValues({
        displayName: greeted,
        handle: page?.contact.handle ?? null,
        platformLabel: page?.platformLabel ?? site.label,
        firstNameOverride: profile?.firstNameOverride,
        fields: profile?.fields,
        myName: next.prefs?.myName,
        business: next.prefs?.business,
        now,
        locale: locale(),
      });
      next.detectedFirstName = templateValues({
        displayName: greeted,
        handle: page?.contact.handle ?? null,
        platformLabel: '',
        now,
      }).first_name;
    }
    return next;
  };
  let valuesFor = '';

  // Loads started by a change. Each answer is dropped when the thread changed in between.
  const react = (before: SessionState, now: SessionState) => {
    if (now.threadKey !== before.threadKey && now.threadKey) loadContext(now.threadKey);
    const suggestionInputs = (s: SessionState) =>
      JSON.stringify([
        s.threadKey,
        s.page?.latestIncoming,
        s.page?.lastFrom,
        s.page?.outgoingCount,
        s.page?.check.messages,
        s.context?.uses.length,
        s.context?.contact.tags,
      ]);
    if (suggestionInputs(now) !== suggestionInputs(before) || now.library !== before.library) loadSuggestions();
    const surveyInputs = (s: SessionState) =>
      JSON.stringify([s.context?.survey?.id, s.threadKey, s.page?.lastFrom, s.page?.latestIncoming]);
    if (surveyInputs(now) !== surveyInputs(before)) loadFeedbackSuggestion();
    const visible = (s: SessionState) => (s.page?.inDmArea ?? false) && s.collapsed !== null;
    // The layout check (which reads boxes) runs when the sidebar appears, folds or moves to another chat or box — not
    // on every new message.
    const layout = (x: SessionState) => [visible(x), x.collapsed, x.threadKey, x.page?.check.composer].join('|');
    if (layout(now) !== layout(before)) dock(now);
  };

  const loadContext = (key: string) =>
    void ask('getThreadContext', { contactKey: key, platform: platformOf(key) }).then(
      (context) => {
        if (state.threadKey === key) set({ context });
      },
      (e: unknown) => {
        log.warn('session', 'could not load the thread details', e);
        if (state.threadKey === key) set({ status: { tone: 'warn', text: t('session.contactFailed', { problem: problem(e) }) } });
      },
    );

  let suggestionRequest = 0;
  const loadSuggestions = () => {
    const n = ++suggestionRequest;
    const { page, threadKey } = state;
    // With no message list found, suggestions are paused: they would read an empty thread as a first contact.
    if (!threadKey || !page || page.check.messages === 'missing') {
      if (state.suggestions.length > 0) set({ suggestions: [] });
      return;
    }
    ask('suggestReplies', {
      contactKey: threadKey,
      platform: page.platform,
      latestIncoming: page.latestIncoming?.slice(0, 2000) ?? null,
      lastFrom: page.lastFrom,
      outgoingCount: page.outgoingCount,
    }).then(
      (suggestions) => {
        if (n === suggestionRequest) set({ suggestions });
      },
      // The list still shows the most used replies; suggestions come back with the next change.
      (e: unknown) => log.warn('session', 'suggestions could not be ranked', e),
    );
  };

  let feedbackRequest = 0;
  const loadFeedbackSuggestion = () => {
    const n = ++feedbackRequest;
    const { page, threadKey, context } = state;
    if (state.feedbackSuggestion) set({ feedbackSuggestion: null });
    if (!context?.survey || !threadKey || page?.lastFrom !== 'in' || !page.latestIncoming) return;
    // A customer reply to an open survey: is there a rating in it? (Parsed by the background, in memory.)
    ask('feedbackSuggestion', { contactKey: threadKey, text: page.latestIncoming }).then(
      (feedbackSuggestion) => {
        if (n === feedbackRequest) set({ feedbackSuggestion });
      },
      (e: unknown) => log.warn('session', 'the survey answer could not be read; it can be logged by hand', e),
    );
  };

  const loadLibrary = () =>
    void ask('sidebarTemplates', { listed: deps.listed + 3 }).then(
      (library) => set({ library, libraryError: null }),
      (e: unknown) => set({ libraryError: t('session.libraryFailed', { problem: problem(e) }) }),
    );
  const loadPrefs = () =>
    void ask('getPreferences', undefined).then(
      (prefs) => set({ prefs }),
      (e: unknown) => {
        log.warn('session', 'preferences could not be read; using the last known ones', e);
        if (state.prefs === null) set({ prefs: { ...DEFAULT_PREFERENCES } });
      },
    );

  // The page makes room for the sidebar in the same frame it appears; if the page's layout ignores that, the sidebar
  // never sits over the composer or Send.
  let dockFrame = 0;
  let edge: Edge = 'right';
  const dock = (s: SessionState) => {
    const visible = (s.page?.inDmArea ?? false) && s.collapsed !== null;
    const side: Edge = s.page?.floating ? 'left' : 'right';
    if (side !== edge) reserveEdge(edge, 0);
    edge = side;
    if (sidebarHost) sidebarHost.dataset.edge = side;
    reserveEdge(side, visible ? (s.collapsed ? TAB_WIDTH : SIDEBAR_WIDTH) : 0);
    cancelAnimationFrame(dockFrame);
    if (!visible || s.collapsed) return;
    dockFrame = requestAnimationFrame(() => {
      const own = sidebarBox();
      const covered = [reader.composer(), reader.sendButton()].some(
        (el) => el && own && boxesOverlap(own, el.getBoundingClientRect()),
      );
      if (!covered) return;
      forcedCollapse = true;
      set({ status: { tone: 'warn', text: t('session.collapsed') } });
    });
  };
  signal.addEventListener('abort', () => reserveEdge(edge, 0));

  const setCollapsed = (collapsed: boolean) => {
    // A collapse forced by the layout is not the user's choice: never saved. The user's choice is.
    forcedCollapse = false;
    if (state.prefs) set({ prefs: { ...state.prefs, sidebarCollapsed: collapsed } });
    void ask('savePreferences', { sidebarCollapsed: collapsed }).catch((e: unknown) => {
      log.warn('session', 'could not remember the sidebar state', e);
      set({ status: { tone: 'warn', text: t('session.rememberFailed', { problem: problem(e) }) } });
    });
  };

  const saveProfile = (next: ContactProfile) => {
    const { updatedAt: _updatedAt, ...input } = next;
    ask('saveContact', input).then(
      (saved) => {
        const context = state.context;
        if (context && context.contact.key === saved.key) set({ context: { ...context, contact: saved } });
      },
      (e: unknown) => set({ status: { tone: 'error', text: t('session.profileFailed', { problem: problem(e) }) } }),
    );
  };

  /** The whole insertion: the plan (promo guard, fill-in), then verified delivery, attribution and the use count. */
  const insert = async (
    template: Template,
    options: { replace?: TypedShortcut; promoConfirmed?: boolean; entered?: Record<string, string> } = {},
  ) => {
    const { page, threadKey, context } = state;
    if (!page) return;
    const plan = planInsertion({
      template,
      values: state.values,
      entered: options.entered,
      uses: context?.uses ?? [],
      now: Date.now(),
      locale: locale(),
      promoCooldownDays: state.prefs?.promoCooldownDays ?? 7,
      promoConfirmed: options.promoConfirmed,
    });
    if (plan.step !== 'insert') {
      if (state.collapsed) setCollapsed(false);
      set({
        pending:
          plan.step === 'confirm-promo'
            ? { step: 'confirm-promo', template, replace: options.replace, promoAt: plan.promoAt }
            : { step: 'fill-in', template, replace: options.replace, missing: plan.missing },
      });
      return;
    }
    set({ pending: null });
    const composer = reader.composer();
    // The typed shortcut is replaced: a range over it in an editor, a selection of it in a plain text field.
    const field = composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement ? composer : null;
    if (options.replace && field) selectInField(field, options.replace.text);
    const at = options.replace && composer && !field ? (rangeOfText(composer, options.replace.text) ?? caret()) : caret();
    // Attribution first: the seller may press Enter the moment the text appears.
    recorder.noteInsertion(template.id, plan.text, template.kind === 'away');
    const delivery = await deliverText(plan.text, {
      composer,
      caret: at,
      isComposing: composing,
      clipboardHost,
      sendReady: () => reader.sendReady(),
    });
    set({
      status: {
        tone: deliveryTone(delivery),
        text: describeDelivery(delivery, template.title, deps.isMac),
        manualCopy: delivery.kind === 'failed' ? plan.text : undefined,
      },
    });
    if (delivery.kind === 'failed') return;
    // The use counts here at once, so a quick second click already meets the promo guard.
    const used = Date.now();
    if (threadKey && state.context?.contact.key === threadKey) {
      const use = { templateId: template.id, contactKey: threadKey, kind: template.kind, at: used };
      set({ context: { ...state.context, uses: [use, ...state.context.uses] } });
    }
    const bump = (t: Template) => (t.id === template.id ? { ...t, useCount: t.useCount + 1, lastUsedAt: used } : t);
    try {
      await ask('recordTemplateUse', { id: template.id, contactKey: threadKey ?? undefined });
      const library = state.library;
      set({ library: { ...library, listed: library.listed.map(bump), shortcuts: library.shortcuts.map(bump) } });
    } catch (e) {
      // Counting a use is best effort; the reply itself is in place.
      log.warn('session', 'the use of this reply was not counted', e);
    }
  };

  // Shortcuts by name, made again only when the library changes (looked up on every Tab or Space in the box).
  let shortcutMap: { library: SidebarLibrary; byName: Map<string, Template> } | null = null;
  const shortcutsOf = (library: SidebarLibrary) => {
    if (shortcutMap?.library !== library)
      shortcutMap = { library, byName: new Map(library.shortcuts.map((t) => [t.shortcut!, t])) };
    return shortcutMap.byName;
  };

  const recorder = createRecorder({ ...deps.recording, onBacklog: (backlog) => set({ backlog }) });

  // Start: watch the page (its state feeds the sidebar, its rows the recorder), the theme, the tab coming back.
  watchPage(
    reader,
    signal,
    (page) => set({ page }),
    (page, rows, order) => recorder.onPage(page, rows, order),
  );
  watchScheme(doc, signal, (scheme) => set({ scheme }));
  captureShortcuts({
    doc,
    signal,
    composer: () => reader.composer(),
    trigger: () => state.prefs?.shortcutTrigger ?? 'tab',
    template: (name) => shortcutsOf(state.library).get(name),
    insert: (template, typed) => void insert(template, { replace: typed }),
  });
  // Templates and settings may have been edited in another tab: read them again when this one comes back.
  doc.addEventListener(
    'visibilitychange',
    () => {
      if (doc.visibilityState !== 'visible') return;
      loadLibrary();
      loadPrefs();
    },
    { signal },
  );
  loadLibrary();
  loadPrefs();

  return {
    site,
    state: () => state,
    setClipboardHost: (host: ShadowRoot | HTMLElement) => {
      clipboardHost = host;
    },
    /** The sidebar's own element on the page (its shadow host), which the session places on the docking edge. */
    setSidebarHost: (host: HTMLElement) => {
      sidebarHost = host;
      host.dataset.edge = edge;
    },
    /** The sidebar tells where it is drawn (its root element's box). */
    setSidebarBox(box: () => DOMRect | null) {
      sidebarBox = box;
      return () => {
        sidebarBox = () => null;
      };
    },
    subscribe(listener: (s: SessionState) => void) {
      listeners.add(listener);
      listener(state);
      return () => void listeners.delete(listener);
    },
    /** Sends whatever an earlier page view left queued. */
    resumeRecording: () => recorder.resume(),
    /** The background pushed a thread's details after storing its messages. */
    threadUpdated: (context: ThreadContext) => {
      if (state.threadKey === context.contact.key) set({ context });
    },
    insert: (template: Template) => void insert(template),
    confirmPromo: () => {
      const p = state.pending;
      if (p?.step === 'confirm-promo') void insert(p.template, { replace: p.replace, promoConfirmed: true });
    },
    fillIn: (entered: Record<string, string>, remember: boolean) => {
      const p = state.pending;
      if (p?.step !== 'fill-in') return;
      const profile = state.context?.contact;
      if (remember && profile) saveProfile(rememberEntered(profile, entered));
      void insert(p.template, { replace: p.replace, promoConfirmed: true, entered });
    },
    cancelPending: () => set({ pending: null }),
    setCollapsed,
    /** The keyboard command or the popup: open (and focus the search box) or close. */
    toggle: () => {
      const opening = state.collapsed !== false;
      setCollapsed(!opening);
      if (opening) setTimeout(() => focusRequests.forEach((f) => f()), 0);
    },
    onFocusSearch(listener: () => void) {
      focusRequests.add(listener);
      return () => void focusRequests.delete(listener);
    },
    saveProfile,
    mark: (kind: 'converted' | 'done') => {
      const key = state.threadKey;
      if (!key) return;
      ask('markThread', { contactKey: key, platform: platformOf(key), kind }).then(
        (context) => {
          if (state.threadKey === key) set({ context });
          set({
            status: {
              tone: 'ok',
              text: kind === 'converted' ? t('session.converted') : t('session.done'),
            },
          });
        },
        (e: unknown) => set({ status: { tone: 'error', text: t('session.markFailed', { problem: problem(e) }) } }),
      );
    },
    logFeedback: async (entry: FeedbackInput) => {
      const key = state.threadKey;
      if (!key) return;
      // A failure is the panel's to show (it keeps what was typed): rethrown.
      await ask('logFeedback', { ...entry, contactKey: key, platform: platformOf(key) });
      set({ feedbackSuggestion: null, status: { tone: 'ok', text: t('session.feedbackLogged') } });
      loadContext(key);
    },
    say: (status: Status) => set({ status }),
  };
}

export type PageSession = ReturnType<typeof createPageSession>;
