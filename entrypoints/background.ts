import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { keepBackgroundLog } from '../lib/background/log-store';
import { createHandlers } from '../lib/background/handlers';
import { serveRequests } from '../lib/background/transport';
import { SidekickDatabase } from '../lib/db/database';
import { recordEvents, waitingCount } from '../lib/db/events-store';
import type { MessageEvent } from '../lib/metrics/types';
import { withDatabase } from '../lib/db/storage-health';
import { followLanguage, readCatalogue } from '../lib/i18n/follow-language';
import { t, tn } from '../lib/i18n/t';
import { log } from '../lib/log';
import { messenger } from '../lib/messaging/protocol';

// Wiring only. Listeners are registered synchronously: the service worker can be woken by any of them.
export default defineBackground(() => {
  keepBackgroundLog();
  // How often the worker restarts is itself a diagnostic.
  log.info('background', 'service worker started');
  // The starter pack (first install only) is in the browser's language: the catalogue the browser chose for it.
  const db = new SidekickDatabase(undefined, t('locale'));
  // MV3 has `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  let waiting = 0;
  const showTitle = () => void action.setTitle({ title: waiting > 0 ? tn('badge.waiting', waiting) : t('extName') });
  const showWaiting = (count: number) => {
    waiting = count;
    void action.setBadgeText({ text: count > 0 ? String(count) : '' });
    void action.setBadgeBackgroundColor({ color: '#b45309' });
    showTitle();
  };
  // What the background words (a template not saved, an import's problems, team sync's errors) is in the language
  // chosen in the settings, like the pages: requests wait for it at the worker's start and while the setting changes.
  const notDrawn = (e: unknown) => log.warn('i18n', 'the badge title was not set in the chosen language', e);
  let languageKnown: Promise<void> = followLanguage(showTitle, {
    load: readCatalogue,
    onSwitch: (done) => {
      languageKnown = done;
    },
  }).catch(notDrawn);
  // A failed database (full disk, a handle closed by a failure) is reopened and the request tried again once.
  serveRequests(createHandlers(db, { onWaitingChanged: showWaiting, ready: () => languageKnown }), async (task) => {
    await languageKnown;
    return withDatabase(db, task);
  });
  // The bench build only (`wxt build --mode bench`): the event store, to time the write alone.
  if (import.meta.env.MODE === 'bench')
    (globalThis as { __sidekickBench?: unknown }).__sidekickBench = {
      storeEvents: async (events: MessageEvent[]) => {
        const started = performance.now();
        await recordEvents(db, events);
        return performance.now() - started;
      },
    };
  void waitingCount(db).then(showWaiting, (e: unknown) =>
    log.warn('background:badge', 'the waiting badge is not set until the next recorded message', e),
  );

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-sidebar') return;
    const toggle = (tabId: number | undefined) =>
      tabId === undefined
        ? undefined
        : messenger
            .sendMessage('toggleSidebar', undefined, tabId)
            // The active tab is not a DM page (no content script answers): the shortcut does nothing there.
            .catch((e: unknown) => log.info('background:command', 'no sidebar on this tab to toggle', e));
    if (tab?.id !== undefined) void toggle(tab.id);
    else void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => toggle(active?.id));
  });
});
