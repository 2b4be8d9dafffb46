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

async function apply(value: unknown, load: (language: Language) => Promise<MessagesFile>): Promise<void> {
  const language = chosenLanguage(value);
  if (!language) return useMessages(null);
  try {
    useMessages(await load(language), bcp47(language));
  } catch (e) {
    // The browser's language still reads: better than no words at all.
    log.warn('i18n', `the ${language} catalogue did not load; the browser's language is used`, e);
    useMessages(null);
  }
}

/**
 * Applies the language chosen in the settings (or the browser's), then calls `render`; again on every change of the
 * setting, so open pages and sidebars switch without a reload. Resolves after the first render.
 */
export async function followLanguage(
  render: () => void,
  signal?: AbortSignal,
  load: (language: Language) => Promise<MessagesFile> = askBackground,
): Promise<void> {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(LANGUAGE_KEY in changes)) return;
    void apply(changes[LANGUAGE_KEY]?.newValue, load).then(render);
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
  let stored: unknown;
  try {
    stored = (await browser.storage.local.get(LANGUAGE_KEY))[LANGUAGE_KEY];
  } catch (e) {
    log.warn('i18n', "the language setting could not be read; the browser's language is used", e);
  }
  await apply(stored, load);
  render();
}
