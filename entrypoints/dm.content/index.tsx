import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Sidebar } from '../../components/Sidebar';
import css from '../../components/sidebar.css?inline';
import { messenger } from '../../lib/messaging/protocol';
import { adapterForHost } from '../../lib/platforms';
import { DM_MATCHES } from '../../lib/platforms/urls';

// Wiring only: pick the site's adapter, mount the sidebar in an open shadow root, forward toggle requests.
export default defineContentScript({
  matches: DM_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = adapterForHost(new URL(location.href));
    if (!adapter) return;
    const toggles = new EventTarget();
    messenger.onMessage('toggleSidebar', () => void toggles.dispatchEvent(new Event('toggle')));
    ctx.onInvalidated(() => messenger.removeAllListeners());
    const onToggleRequest = (listener: () => void) => {
      toggles.addEventListener('toggle', listener);
      return () => toggles.removeEventListener('toggle', listener);
    };
    const ui = await createShadowRootUi(ctx, {
      name: 'dm-sidekick',
      position: 'inline',
      anchor: 'body',
      css,
      // Keys typed in the sidebar must not trigger the site's own shortcuts.
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container, shadow) => {
        render(<Sidebar adapter={adapter} signal={ctx.signal} shadow={shadow} onToggleRequest={onToggleRequest} />, container);
        return container;
      },
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    ui.mount();
  },
});
