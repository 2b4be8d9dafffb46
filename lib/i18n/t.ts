import { browser } from 'wxt/browser';
import { readBrowserWords } from './words';

// Interface words in the user's language (./words.ts), read from the browser's i18n when no language is chosen.
readBrowserWords({
  // WXT types getMessage with the predefined names only; ours are checked by MessageKey in ./words.ts.
  message: (name) => browser.i18n.getMessage(name as '@@ui_locale'),
  uiLanguage: () => browser.i18n.getUILanguage(),
});

export * from './words';
