import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { storageQueue } from '../../lib/events/storage-queue';
import { messenger } from '../../lib/messaging/protocol';
import { createPageReader } from '../../lib/page/page-state';
import { followLanguage } from '../../lib/i18n/follow-language';
import { noticeText } from '../../lib/i18n/t';
import { log } from '../../lib/log';
import { siteMatches, type SiteDefinition } from '../../lib/platforms/types';
import type { PlatformId } from '../../lib/platforms/sites';
import { createPageSession } from '../../lib/session/page-session';
import { Sidebar } from './Sidebar';
import css from './sidebar.css?inline';

/** How many replies the sidebar lists with an empty search box (suggestions come on top). */
const LISTED = 50;
const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * One site's content script: wiring only. Starts the page session for that site (it watches the page, records messages
 * and carries out insertions), mounts the sidebar that renders it in an open shadow root, and routes the background's
 * messages (toggle, page check, thread updates) to the session. Each site's `content.ts` calls this with its own
 * definition, so a site's page loads its own adapter and no other site's (wxt.config.ts builds one per site).
 */
export function sidekickContentScript(site: SiteDefinition<PlatformId>) {
  return defineContentScript({
    matches: siteMatches(site),
    runAt: 'document_idle',
    main: (ctx) => start(site, ctx),
  });
}

async function start(site: SiteDefinition<PlatformId>, ctx: ContentScriptContext) {
  // The sidebar is drawn again, in the new language, whenever the language setting changes.
  let container: HTMLElement | null = null;
  let generation = 0;
  const draw = () => {
    if (container)
      render(
        <Sidebar
          key={generation++}
          session={session}
          search={(query) => messenger.sendMessage('searchTemplates', { query, limit: 50 })}
          warmSearch={() =>
            void messenger
              .sendMessage('warmSearch', undefined)
              .catch((e: unknown) => log.warn('content', 'the search index was not built ahead; the first search builds it', e))
          }
          isMac={isMac}
          listed={LISTED}
        />,
        container,
      );
  };
  // Before the session starts: the words it says are in the chosen language from the first one.
  await followLanguage(draw, { signal: ctx.signal });
  const session = createPageSession({
    reader: createPageReader(site, document, ctx.signal),
    recording: {
      // Asked again after a failure (the recorder keeps only an answer, never a rejected request).
      salts: () => messenger.sendMessage('getKeySalts', undefined),
      send: async (events, names) => (await messenger.sendMessage('recordEvents', { events, names })).stored,
      queue: storageQueue(browser.storage.local),
    },
    ask: messenger.sendMessage,
    doc: document,
    signal: ctx.signal,
    listed: LISTED,
    isMac,
  });
  const ui = await createShadowRootUi(ctx, {
    name: 'dm-sidekick',
    position: 'inline',
    anchor: 'body',
    css,
    // Keys typed in the sidebar must not trigger the site's own shortcuts.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount: (mounted, shadow) => {
      container = mounted;
      draw();
      session.setClipboardHost(shadow);
      session.setSidebarHost(shadow.host as HTMLElement);
      return mounted;
    },
    onRemove: (mounted) => {
      container = null;
      if (mounted) render(null, mounted);
    },
  });
  messenger.onMessage('toggleSidebar', () => session.toggle());
  messenger.onMessage('threadUpdated', ({ data }) => session.threadUpdated(data));
  messenger.onMessage('pageCheck', () => {
    const page = session.state().page;
    return page
      ? {
          site: site.label,
          inDmArea: page.inDmArea,
          threadId: page.threadId,
          check: page.check,
          notice: page.notice ? noticeText(page.notice) : null,
        }
      : null;
  });
  ctx.onInvalidated(() => messenger.removeAllListeners());
  // An earlier page view's queue could not be read or sent now: it stays in storage and the next page view (or the
  // recorder's retries) sends it.
  void session.resumeRecording().catch((e: unknown) => log.warn('content', 'queued events will be sent later', e));
  ui.mount();
}
