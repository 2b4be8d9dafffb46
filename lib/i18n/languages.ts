/** The interface languages: each has a catalogue in locales/<id>.yml. `auto` follows the browser's language. */
export const LANGUAGES = ['en', 'es', 'pt_BR'] as const;
export type Language = (typeof LANGUAGES)[number];
export type LanguageChoice = 'auto' | Language;
export const LANGUAGE_CHOICES: readonly LanguageChoice[] = ['auto', ...LANGUAGES];

/** A catalogue's BCP 47 tag, for Intl (`pt_BR` → `pt-BR`). */
export const bcp47 = (language: Language): string => language.replace('_', '-');

/** The catalogue a browser language gets, as the browser itself picks one (`es-419` → es, `pt-PT` → en). */
export function languageFor(uiLocale: string): Language {
  const tag = uiLocale.replace('_', '-').toLowerCase();
  if (tag === 'pt-br' || tag === 'pt') return 'pt_BR';
  if (tag.split('-')[0] === 'es') return 'es';
  return 'en';
}

/** Where the background mirrors the language setting (extension storage), so every page and sidebar hears a change. */
export const LANGUAGE_KEY = 'language';

/** Each language by its own name, as a language menu shows it whatever the interface's language. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español', pt_BR: 'Português (Brasil)' };
