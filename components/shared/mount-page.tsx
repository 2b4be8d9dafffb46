import { render, type ComponentType } from 'preact';
import { followLanguage } from '../../lib/i18n/follow-language';
import { locale, t, type MessageKey } from '../../lib/i18n/t';
import { log } from '../../lib/log';

/**
 * Renders an extension page into #app in the chosen language, and again (from scratch) whenever the language setting
 * changes; the tab's title follows.
 */
export function mountPage(Page: ComponentType, title: MessageKey): void {
  const app = document.getElementById('app')!;
  let generation = 0;
  void followLanguage(() => {
    document.documentElement.lang = locale();
    document.title = t(title);
    render(<Page key={generation++} />, app);
  }).catch((e: unknown) => log.error('page', 'the page could not be drawn', e));
}
