import { browser } from 'wxt/browser';
import { log } from '../log';
import { messenger } from '../messaging/protocol';
import { bcp47, LANGUAGE_KEY, LANGUAGES, type Language } from './languages';
import { useMessages, type MessagesFile } from './t';

const chosenLanguage = (value: unknown): Language | null => (LANGUAGES.includes(value as Language) ? (value as Language) : null);

/** A language's catalogue as the build wrote it (`_locales/<language>/messages.json`, part of the extension). */
export async function readCatalogue(language: Language): Promise<MessagesFile> {
  const url = browser.runtime.getURL(`/_locales/${language}/messages.json` as '/');
  return (await (await fetch(url)).json()) as MessagesFile;
}

/** Pages and sidebars ask the background for the catalogue (a content script cannot read the extension's files). */
const askBackground = (language: Language) => messenger.sendMessage('getCatalogue', { language });

/** How a page, a sidebar or the background follows the language setting. */
export interface Following {
  signal?: AbortSignal;
  /** Where a chosen language's catalogue comes from (pages ask the background; the background reads the file). */
  load?: (language: Language) => Promise<MessagesFile>;
  /** A change of the setting began: `done` resolves once the new words are in use (the background waits for it). */
  onSwitch?: (done: Promise<void>) => void;
}

/**
 * Applies the language chosen in the settings (or the browser's), then calls `render`; again on every change of the
 * setting, so open pages and sidebars switch without a reload. Resolves after the first render. When the setting
 * changes twice quickly, the later choice wins even if its catalogue arrives first.
 */
export async function followLanguage(
  render: () => void,
  { signal, load = askBackground, onSwitch }: Following = {},
): Promise<void> {
  let latest = 0;
  const apply = async (value: unknown) => {
    const mine = ++latest;
    const language = chosenLanguage(value);
    let messages: MessagesFile | null = null;
    if (language)
      try {
        messages = await load(language);
      } catch (e) {
        // The browser's language still reads: better than no words at all.
        log.warn('i18n', `the ${language} catalogue did not load; the browser's language is used`, e);
      }
    if (mine !== latest) return; // a later choice is being applied
    useMessages(messages, language && messages ? bcp47(language) : undefined);
    render();
  };
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(LANGUAGE_KEY in changes)) return;
    const done = apply(changes[LANGUAGE_KEY]?.newValue).catch((e: unknown) =>
      log.error('i18n', 'the interface could not be drawn again in the new language', e),
    );
    onSwitch?.(done);
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
  let stored: unknown;
  try {
    stored = (await browser.storage.local.get(LANGUAGE_KEY))[LANGUAGE_KEY];
  } catch (e) {
    log.warn('i18n', "the language setting could not be read; the browser's language is used", e);
  }
  await apply(stored);
}
