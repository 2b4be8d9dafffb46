import { useMemo } from 'preact/hooks';
import type { SessionState } from '../../lib/session/page-session';
import { renderTemplate } from '../../lib/templates/render';
import type { Template } from '../../lib/templates/types';
import { clockValues, missingVariables, usableLocale } from '../../lib/templates/variables';
import { locale } from '../../lib/i18n/t';
import { variableName } from '../shared/labels';
import type { Search } from './hooks';
import type { ReplyRow } from './ReplyList';

/**
 * A reply's preview for this contact, rendered once per reply and contact, not on every re-render (a busy thread
 * re-renders often). A variable the contact has no value for shows as its name in brackets.
 */
export function usePreviews(values: SessionState['values']): (template: Template) => string {
  return useMemo(() => {
    const cache = new Map<string, string>();
    const now = new Date();
    const clocks = new Map<string, ReturnType<typeof clockValues>>();
    return (template: Template) => {
      const key = `${template.language ?? ''}\n${template.body}`;
      let text = cache.get(key);
      if (text === undefined) {
        // Dates as the insertion writes them: in the template's language, else the interface's.
        const tag = usableLocale(template.language) ?? locale();
        let clock = clocks.get(tag);
        if (!clock) clocks.set(tag, (clock = clockValues(now, tag)));
        const known = { ...values, ...clock };
        const hints = Object.fromEntries(
          missingVariables(template.body, known).map((m) => [m, `[${variableName(m).toLowerCase()}]`]),
        );
        cache.set(key, (text = renderTemplate(template.body, { ...known, ...hints })));
      }
      return text;
    };
  }, [values]);
}

/**
 * The rows the sidebar lists: the search's results while something is typed; else the suggestions, then the most
 * used replies (a big library is searched, not scrolled), `listed` of them at most.
 */
export function useReplyRows(s: SessionState, found: Search, searching: boolean, listed: number): ReplyRow[] {
  const { suggestions, library } = s;
  return useMemo(() => {
    if (searching)
      return (found && 'results' in found ? found.results : []).map(({ template, highlights }) => ({
        kind: 'template' as const,
        template,
        highlights,
      }));
    const suggested = new Set(suggestions.map((x) => x.template.id));
    const mostUsed = library.listed
      .filter((t) => !suggested.has(t.id))
      .sort((a, b) => b.useCount - a.useCount || (b.lastUsedAt ?? 0) - (a.lastUsedAt ?? 0) || a.title.localeCompare(b.title));
    return [
      ...suggestions.map((x) => ({
        kind: 'suggestion' as const,
        suggestion: { template: x.template, score: 0, reason: x.reason, recentPromoAt: x.recentPromoAt },
      })),
      ...mostUsed.slice(0, listed).map((template) => ({ kind: 'template' as const, template })),
    ];
  }, [searching, found, suggestions, library, listed]);
}
