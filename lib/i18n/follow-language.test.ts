import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { followLanguage } from './follow-language';
import { LANGUAGE_KEY, type Language } from './languages';
import { t, useMessages, type MessagesFile } from './t';
import { builtCatalogue } from './test-catalogue';

afterEach(() => {
  useMessages(builtCatalogue('en'), 'en');
  fakeBrowser.reset();
});

/** A catalogue load the test finishes when it wants, to put two loads out of order. */
function slowLoads() {
  const pending = new Map<Language, () => void>();
  const load = (language: Language) =>
    new Promise<MessagesFile>((resolve) => pending.set(language, () => resolve(builtCatalogue(language))));
  return { load, finish: (language: Language) => pending.get(language)?.() };
}
const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe('followLanguage', () => {
  it('applies the stored choice, and every change of it, telling the caller when a change is in use', async () => {
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'es' });
    const renders: string[] = [];
    const switches: Promise<void>[] = [];
    await followLanguage(() => renders.push(t('sidebar.searchLabel')), {
      load: (language) => Promise.resolve(builtCatalogue(language)),
      onSwitch: (done) => switches.push(done),
    });
    expect(renders).toEqual(['Buscar respuestas guardadas']);
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'pt_BR' });
    await until(() => switches.length === 1);
    await switches[0];
    expect(renders).toEqual(['Buscar respuestas guardadas', 'Buscar respostas salvas']);
  });

  it('two quick changes: the later choice wins even when its catalogue arrives first', async () => {
    const { load, finish } = slowLoads();
    const switches: Promise<void>[] = [];
    await followLanguage(() => undefined, { load, onSwitch: (done) => switches.push(done) });
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'es' });
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'pt_BR' });
    await until(() => switches.length === 2);
    finish('pt_BR');
    await switches[1];
    finish('es');
    await switches[0];
    expect(t('sidebar.searchLabel')).toBe(builtCatalogue('pt_BR').sidebar_searchLabel?.message);
  });
});
