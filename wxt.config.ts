import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DM_MATCHES, SITES } from './lib/platforms/sites';
import { siteMatches } from './lib/platforms/types';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // `npm run dev` opens Chromium (branded Chrome ignores unpacked extensions loaded this way) on Instagram's inbox;
  // with no display it only builds and watches.
  webExt: {
    disabled: process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY,
    binaries: (() => {
      const chromium = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
      const binaries: Record<string, string> = {};
      if (chromium) binaries.chrome = chromium;
      return binaries;
    })(),
    startUrls: ['https://www.instagram.com/direct/inbox/'],
  },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser, mode }) => ({
    default_locale: 'en',
    // The store's words come from the catalogue (locales/), in the browser's language; Chrome allows 132 characters.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // No host_permissions and no "tabs": content scripts are declared statically and the command handler
    // receives the tab it acts on.
    // "storage" only: the message queue waits in the extension's own storage until the background confirms it.
    permissions: ['storage'],
    // Team sync (off by default) may talk to the team's own CouchDB over https: asked for at connect time, for that
    // one server only. (A server on this computer needs none: lib/team/config.ts, permissionPattern.)
    optional_host_permissions: ['https://*/*'],
    action: { default_title: '__MSG_extActionTitle__' },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_extCommandToggle__',
      },
    },
    // Extension pages connect only to an https server or one on this computer — team sync's server, which the user
    // configures (its one fetch path refuses any other address; with team sync off nothing connects at all, which the
    // e2e network guard checks). Dev mode keeps WXT's own CSP, which needs a socket to its local dev server.
    ...(mode === 'development'
      ? {}
      : {
          content_security_policy: {
            extension_pages: "script-src 'self'; object-src 'self'; connect-src https: http://localhost:* http://127.0.0.1:*",
          },
        }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'dm-sidekick@dm-sidekick.app',
              // 140 (the ESR line since mid-2025) is the first to read data_collection_permissions; 142 on Android.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // One content script per registered site (lib/platforms/<id>/content.ts): a site's page loads its own adapter
    // and no other site's, so each page's script stays within its size budget however many sites there are.
    'entrypoints:resolved': (wxt, entrypoints) => {
      for (const site of SITES)
        entrypoints.push({
          type: 'content-script',
          name: site.id,
          inputPath: resolve(wxt.config.root, 'lib/platforms', site.id, 'content.ts'),
          outputDir: resolve(wxt.config.outDir, 'content-scripts'),
          options: { matches: siteMatches(site), runAt: 'document_idle' },
          skipped: false,
        });
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) {
        if (script.matches?.some((m) => !DM_MATCHES.includes(m))) {
          throw new Error(`content script matches outside the DM hosts: ${script.matches.join(', ')}`);
        }
      }
    },
  },
});
