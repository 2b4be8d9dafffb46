import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesObject } from '@wxt-dev/i18n/build';
import type { Language } from './languages';
import type { MessagesFile } from './t';

/**
 * A language's catalogue as the build writes it to _locales/<language>/messages.json (@wxt-dev/i18n's own build), for
 * unit tests: Node has no browser.i18n to read it.
 */
export function builtCatalogue(language: Language): MessagesFile {
  const source = JSON.parse(readFileSync(join(import.meta.dirname, '../../locales', `${language}.json`), 'utf8')) as object;
  return generateChromeMessages(parseMessagesObject(source as never));
}
