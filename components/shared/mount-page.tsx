import { render, type ComponentType } from 'preact';
import { followLanguage, readCatalogue } from '../../lib/i18n/follow-language';
import { locale, t, type MessageKey } from '../../lib/i18n/t';
import { log } from '../../lib/log';

/**
 * Renders an extension page into #app in the chosen language, and again (from scratch) whenever the language setting
 * changes; the tab's title follows.
 */
export function mountPage(Page: ComponentType, title: MessageKey): void {
  const app = document.getElementById('app')!;
  let generation = 0;
  // An extension page reads its catalogue itself: its first paint never waits for the worker to wake.
  void followLanguage(
    () => {
      document.documentElement.lang = locale();
      document.title = t(title);
      render(<Page key={generation++} />, app);
    },
    { load: readCatalogue },
  ).catch((e: unknown) => log.error('page', 'the page could not be drawn', e));
}
