import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Content scripts run on these hosts only; the list lives beside the adapters' own URL rules.
import { DM_MATCHES } from './lib/platforms/urls';
const DM_HOSTS = DM_MATCHES;

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'DM Sidekick',
    description:
      'Personalised saved replies and honest reply-time numbers beside your Instagram and Messenger DMs. Everything stays on your device.',
    // No host_permissions and no "tabs": content scripts are declared statically and the toolbar/command
    // handlers receive the tab they act on.
    permissions: [],
    action: { default_title: 'Show or hide DM Sidekick' },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Show or hide the DM Sidekick sidebar',
      },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'",
    },
  },
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) {
        if (script.matches?.some((m) => !DM_HOSTS.includes(m))) {
          throw new Error(`content script matches outside the DM hosts: ${script.matches.join(', ')}`);
        }
      }
    },
  },
});
