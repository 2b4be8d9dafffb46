import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Sidebar } from '../../components/Sidebar';
import css from '../../components/sidebar.css?inline';
import { createRecorder } from '../../lib/events/recorder';
import { storageQueue } from '../../lib/events/storage-queue';
import { messenger } from '../../lib/messaging/protocol';
import { adapterForHost } from '../../lib/platforms';
import { DM_MATCHES } from '../../lib/platforms/urls';

// Wiring only: pick the site's adapter, start the message recorder, mount the sidebar in an open shadow root,
// forward toggle requests.
export default defineContentScript({
  matches: DM_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = adapterForHost(new URL(location.href));
    if (!adapter) return;
    const toggles = new EventTarget();
    const stored = new EventTarget();
    messenger.onMessage('toggleSidebar', () => void toggles.dispatchEvent(new Event('toggle')));
    ctx.onInvalidated(() => messenger.removeAllListeners());
    let salt: Promise<string> | undefined;
    const recorder = createRecorder({
      platform: adapter.id,
      salt: () => (salt ??= messenger.sendMessage('getEventSalt', undefined)),
      send: async (events, contactName) => (await messenger.sendMessage('recordEvents', { events, contactName })).stored,
      queue: storageQueue(browser.storage.local),
      onStored: (keys) => void stored.dispatchEvent(new CustomEvent('stored', { detail: keys })),
    });
    void recorder.resume().catch(() => undefined);
    const subscribe = (target: EventTarget, type: string) => (listener: (e: Event) => void) => {
      target.addEventListener(type, listener);
      return () => target.removeEventListener(type, listener);
    };
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
            adapter={adapter}
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
