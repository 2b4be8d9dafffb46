import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Sidebar } from '../../components/Sidebar';
import css from '../../components/sidebar.css?inline';
import { createRecorder, type Backlog } from '../../lib/events/recorder';
import { storageQueue } from '../../lib/events/storage-queue';
import { messenger } from '../../lib/messaging/protocol';
import { createPageReader, type PageState } from '../../lib/page/page-state';
import { watchPage } from '../../lib/page/watch-page';
import { DM_MATCHES, siteForUrl } from '../../lib/platforms/sites';

// Wiring only: pick the site from the registry, watch the page (its state feeds the recorder and the sidebar),
// mount the sidebar in an open shadow root, answer the popup's page check and forward toggle requests.
export default defineContentScript({
  matches: DM_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const site = siteForUrl(new URL(location.href));
    if (!site) return;
    const toggles = new EventTarget();
    const stored = new EventTarget();
    const states = new EventTarget();
    const backlogs = new EventTarget();
    let backlog: Backlog = { waiting: 0, retrying: false };
    let latest: PageState | null = null;
    messenger.onMessage('toggleSidebar', () => void toggles.dispatchEvent(new Event('toggle')));
    messenger.onMessage('pageCheck', () =>
      latest ? { site: site.label, inDmArea: latest.inDmArea, threadId: latest.threadId, check: latest.check } : null,
    );
    ctx.onInvalidated(() => messenger.removeAllListeners());
    const recorder = createRecorder({
      platform: site.id,
      // Asked again after a failure (the recorder keeps only an answer, never a rejected request).
      salts: () => messenger.sendMessage('getKeySalts', undefined),
      send: async (events, names) => (await messenger.sendMessage('recordEvents', { events, names })).stored,
      queue: storageQueue(browser.storage.local),
      onStored: (keys) => void stored.dispatchEvent(new CustomEvent('stored', { detail: keys })),
      onBacklog: (b) => {
        backlog = b;
        backlogs.dispatchEvent(new CustomEvent('backlog', { detail: b }));
      },
    });
    // An earlier page view's queue could not be read or sent now: it stays in storage and the next page view (or the
    // recorder's retries) sends it.
    void recorder.resume().catch((e: unknown) => console.warn('DM Sidekick: queued events will be sent later.', e));
    const reader = createPageReader(site, document, ctx.signal);
    const subscribe = (target: EventTarget, type: string) => (listener: (e: Event) => void) => {
      target.addEventListener(type, listener);
      return () => target.removeEventListener(type, listener);
    };
    const recordingBacklog = (listener: (b: Backlog) => void) => {
      listener(backlog);
      return subscribe(backlogs, 'backlog')((e) => listener((e as CustomEvent<Backlog>).detail));
    };
    const pageStates = (listener: (state: PageState) => void) => {
      if (latest) listener(latest);
      return subscribe(states, 'state')((e) => listener((e as CustomEvent<PageState>).detail));
    };
    watchPage(
      reader,
      ctx.signal,
      (state) => {
        latest = state;
        states.dispatchEvent(new CustomEvent('state', { detail: state }));
      },
      (state, rows, order) => recorder.onPage(state, rows, order),
    );
    const ui = await createShadowRootUi(ctx, {
      name: 'dm-sidekick',
      position: 'inline',
      anchor: 'body',
      css,
      // Keys typed in the sidebar must not trigger the site's own shortcuts.
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container, shadow) => {
        render(
          <Sidebar
            reader={reader}
            pageStates={pageStates}
            recordingBacklog={recordingBacklog}
            signal={ctx.signal}
            shadow={shadow}
            recorder={recorder}
            onToggleRequest={subscribe(toggles, 'toggle')}
            onEventsStored={subscribe(stored, 'stored')}
          />,
          container,
        );
        return container;
      },
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    ui.mount();
  },
});
