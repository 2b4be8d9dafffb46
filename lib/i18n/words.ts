import type { GeneratedI18nStructure } from '#i18n';
import { dateFormat, numberFormat, pluralRules } from './intl';

// The catalogue is locales/<locale>.json (@wxt-dev/i18n builds it into _locales/<locale>/messages.json, where a key's
// dots become underscores). No catalogue is bundled: the browser's language reads _locales through browser.i18n
// (bound in ./t.ts), and a language chosen in the settings is one catalogue handed over with useMessages
// (lib/i18n/follow-language.ts). This module touches no browser API, so pure modules word their messages with it and
// run in Node, where the unit tests hand it the English catalogue (vitest.setup.ts).

type Catalogue = GeneratedI18nStructure;
/** A message's `{name}` placeholders. */
type Names<K extends keyof Catalogue> = Catalogue[K] extends { namedSubstitutions: readonly (infer N extends string)[] }
  ? N
  : never;
type Values<K extends keyof Catalogue> = Record<Exclude<Names<K>, 'count'>, string | number>;
/** A message with no plural forms. */
export type MessageKey = {
  [K in keyof Catalogue]: K extends `@@${string}` ? never : Catalogue[K]['plural'] extends true ? never : K;
}[keyof Catalogue];
/** A message with plural forms (`1: … n: …`), chosen by a count. */
export type PluralKey = { [K in keyof Catalogue]: Catalogue[K]['plural'] extends true ? K : never }[keyof Catalogue];

/** A catalogue as `_locales/<locale>/messages.json` holds it. */
export type MessagesFile = Record<string, { message: string } | undefined>;

let chosen: { messages: MessagesFile; locale: string } | null = null;

/** Where words come from when no catalogue is chosen: the browser's i18n (./t.ts binds it). */
export interface BrowserWords {
  message(name: string): string;
  uiLanguage(): string;
}
let browserWords: BrowserWords = { message: () => '', uiLanguage: () => 'en' };
/** The browser's language as locale() worked it out (it does not change while the extension runs). */
let knownLocale: string | null = null;

/** The browser's i18n, read when no language is chosen in the settings. */
export function readBrowserWords(words: BrowserWords): void {
  browserWords = words;
  knownLocale = null;
}

/** Use this catalogue instead of the browser's language (null: the browser's again). `locale` is its BCP 47 tag. */
export function useMessages(messages: MessagesFile | null, locale = 'en'): void {
  chosen = messages ? { messages, locale } : null;
  knownLocale = null;
}

const raw = (key: string): string => {
  const name = key.replaceAll('.', '_');
  return chosen ? (chosen.messages[name]?.message ?? '') : browserWords.message(name);
};

const fill = (message: string, values: Record<string, string | number>) =>
  message.replace(/\{(\w+)\}/g, (all, name: string) => {
    const value = values[name];
    return value === undefined ? all : typeof value === 'number' ? formatNumber(value) : value;
  });

/** The browser's interface language (`es-MX`). */
const uiLocale = (): string => browserWords.uiLanguage();

/** The interface's language as a BCP 47 tag for Intl: the chosen catalogue's, else the browser's when it has one. */
export function locale(): string {
  if (chosen) return chosen.locale;
  if (knownLocale) return knownLocale;
  const catalogue = raw('locale') || 'en';
  const ui = uiLocale().replace('_', '-');
  // es-MX keeps its own dates and numbers under the es catalogue; a language with no catalogue reads English.
  return (knownLocale = ui.split('-')[0] === catalogue.split('-')[0] && !catalogue.includes('-') ? ui : catalogue);
}

/** A number as the interface's language writes it. */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale(), options).format(n);
}

/** A date (epoch ms) as the interface's language writes it: all in numbers (11/27/2026, 27/11/2026) unless `options` say otherwise. */
export function formatDate(
  at: number,
  options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'numeric', day: 'numeric' },
): string {
  return dateFormat(locale(), options).format(at);
}

/** Weekday 0–6 (Sunday first) by name in the interface's language: "Monday", or "Mon" with `short`. */
export function weekdayName(day: number, style: 'long' | 'short' = 'long'): string {
  // 1 January 2023 was a Sunday.
  return formatDate(Date.UTC(2023, 0, 1 + day), { weekday: style, timeZone: 'UTC' });
}

/** An interface string in the user's language; `{name}` placeholders filled from `values` (numbers formatted). */
export function t<K extends MessageKey>(key: K, ...values: Names<K> extends never ? [] : [Values<K>]): string {
  return fill(raw(key), values[0] ?? {});
}

/**
 * A string with plural forms (`1: … n: …`, optionally `0: …`), the form chosen by the language's plural rules;
 * `{count}` is the count as the language writes numbers.
 */
export function tn<K extends PluralKey>(key: K, count: number, ...values: Names<K> extends 'count' ? [] : [Values<K>]): string {
  const forms = raw(key).split(' | ');
  const form =
    forms.length === 3 && count === 0
      ? forms[0]
      : pluralRules(locale()).select(count) === 'one'
        ? forms[forms.length - 2]
        : forms[forms.length - 1];
  return fill(form ?? '', { ...(values[0] ?? {}), count });
}

/** A message named at run time (a site's notice): its key and values as data. */
export function noticeText(notice: { key: MessageKey; values?: Record<string, string> }): string {
  return fill(raw(notice.key), notice.values ?? {});
}
