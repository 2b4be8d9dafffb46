import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatChartFigure, formatDuration, formatRate } from '../metrics/format';
import { starterPack, STARTER_PACK } from '../templates/starter-pack';
import { placeholdersIn } from '../templates/render';
import { languageFor } from './languages';
import { formatDate, formatNumber, locale, t, tn, useMessages } from './t';
import { builtCatalogue } from './test-catalogue';

const english = builtCatalogue('en');
afterEach(() => {
  useMessages(english, 'en');
  vi.restoreAllMocks();
});

describe('t() with a language chosen in the settings', () => {
  it('reads that catalogue, fills placeholders and formats numbers in its locale', () => {
    useMessages(builtCatalogue('es'), 'es');
    expect(t('sidebar.searchLabel')).toBe('Buscar respuestas guardadas');
    expect(t('timing.windowOpen', { left: formatDuration(3 * 3600 + 1200, locale()) })).toBe(
      'Quedan 3 h 20 min de la ventana de respuesta.',
    );
    expect(t('library.showing', { listed: 1000, total: 12345 })).toBe('Se muestran 1000 de 12.345.');
    useMessages(builtCatalogue('pt_BR'), 'pt-BR');
    expect(t('library.showing', { listed: 1000, total: 12345 })).toBe('Mostrando 1.000 de 12.345.');
  });
  it('chooses plural forms by the language’s rules', () => {
    useMessages(builtCatalogue('es'), 'es');
    expect(tn('popup.conversations', 1)).toBe('1 conversación');
    expect(tn('popup.conversations', 0)).toBe('0 conversaciones');
    expect(tn('popup.conversations', 2)).toBe('2 conversaciones');
    useMessages(builtCatalogue('pt_BR'), 'pt-BR');
    expect(tn('popup.conversations', 1)).toBe('1 conversa');
    expect(tn('popup.conversations', 1500)).toBe('1.500 conversas');
    useMessages(english, 'en');
    expect(tn('popup.conversations', 1)).toBe('1 conversation');
    expect(tn('popup.conversations', 1500)).toBe('1,500 conversations');
  });
});

describe("t() with the browser's language", () => {
  it('asks browser.i18n, and formats in the browser’s own variant of the catalogue’s language', () => {
    const es = builtCatalogue('es');
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) => es[name]?.message ?? '');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('es-MX');
    useMessages(null);
    expect(t('common.cancel')).toBe('Cancelar');
    expect(locale()).toBe('es-MX');
    expect(formatNumber(1234.5)).toBe('1,234.5');
  });
  it('formats in the catalogue’s locale when the browser’s language has no catalogue', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) => english[name]?.message ?? '');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fr-FR');
    useMessages(null);
    expect(locale()).toBe('en');
  });
});

describe('formatting in Spanish and Brazilian Portuguese', () => {
  const at = Date.UTC(2026, 10, 27, 15, 5);
  it('dates and times', () => {
    useMessages(builtCatalogue('es'), 'es');
    expect(formatDate(at, { dateStyle: 'long', timeZone: 'UTC' })).toBe('27 de noviembre de 2026');
    expect(formatDate(at, { dateStyle: 'short', timeStyle: 'short', timeZone: 'UTC' })).toBe('27/11/26, 15:05');
    useMessages(builtCatalogue('pt_BR'), 'pt-BR');
    expect(formatDate(at, { dateStyle: 'long', timeZone: 'UTC' })).toBe('27 de novembro de 2026');
    expect(formatDate(at, { dateStyle: 'short', timeStyle: 'short', timeZone: 'UTC' })).toBe('27/11/2026, 15:05');
  });
  it('durations, rates and figures', () => {
    expect(formatDuration(3600 * 52, 'es')).toBe('2 d 4 h');
    expect(formatDuration(3600 * 52, 'pt-BR')).toBe('2 dias 4 h');
    expect(formatRate(0.5, 'pt-BR')).toBe('50%');
    expect(formatChartFigure(2.5, 'es')).toBe('2,5');
  });
});

describe('starter pack', () => {
  it('is in the browser’s language on first install, English without a catalogue for it', () => {
    expect(starterPack('es-419')[0]!.title).toBe('Saludo');
    expect(starterPack('es')[0]!.language).toBe('es');
    expect(starterPack('pt-BR')[0]!.title).toBe('Saudação');
    expect(starterPack('pt_BR')[0]!.language).toBe('pt-BR');
    expect(starterPack('en-GB')).toBe(STARTER_PACK);
    expect(starterPack('fr')).toBe(STARTER_PACK);
    expect(languageFor('pt-PT')).toBe('en');
  });
  it('has the same replies in every language: kinds, surveys, placeholders, shortcuts one each', () => {
    for (const ui of ['es', 'pt-BR']) {
      const pack = starterPack(ui);
      expect(pack.map((t) => [t.kind, t.survey])).toEqual(STARTER_PACK.map((t) => [t.kind, t.survey]));
      expect(pack.map((t) => placeholdersIn(t.body))).toEqual(STARTER_PACK.map((t) => placeholdersIn(t.body)));
      expect(new Set(pack.map((t) => t.shortcut)).size).toBe(pack.length);
      for (const [i, t] of pack.entries()) expect(t.body, ui).not.toBe(STARTER_PACK[i]!.body);
    }
  });
});
