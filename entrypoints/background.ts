import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { serveRequests } from '../lib/background/serve-requests';
import { SidekickDatabase } from '../lib/db/database';
import { messenger } from '../lib/messaging/protocol';

// Wiring only. Listeners are registered synchronously: the service worker can be woken by any of them.
export default defineBackground(() => {
  const db = new SidekickDatabase();
  serveRequests(db);

  const toggle = async (tabId: number | undefined) => {
    if (tabId === undefined) return;
    try {
      await messenger.sendMessage('toggleSidebar', undefined, tabId);
    } catch {
      // Not a DM page (no sidebar there): show the extension's own page, which lists the supported sites.
      await browser.runtime.openOptionsPage();
    }
  };
  // MV3 has `action`; Firefox's MV2 build has `browserAction`.
  (browser.action ?? browser.browserAction).onClicked.addListener((tab) => void toggle(tab.id));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-sidebar') return;
    if (tab?.id !== undefined) void toggle(tab.id);
    else void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => toggle(active?.id));
  });
});
