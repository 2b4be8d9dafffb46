import type { Template } from '../templates/types';
import { createTemplateSearch, type SearchHit } from './template-search';

/** One search result as it travels to a page: the template and what matched. */
export interface SearchResult {
  template: Template;
  highlights: SearchHit['highlights'];
}

/** What a sidebar needs of the library: the most used replies to list, every shortcut, and how many there are. */
export interface SidebarLibrary {
  listed: Template[];
  shortcuts: Template[];
  total: number;
}

const byUse = (a: Template, b: Template) =>
  b.useCount - a.useCount || (b.lastUsedAt ?? 0) - (a.lastUsedAt ?? 0) || a.title.localeCompare(b.title);

/**
 * The template library as the background serves it: read from the database once per version and kept in memory with
 * its search index, so a tab that opens gets the few replies it shows (never the whole library) and every query is
 * answered from a warm index. Writes call `changed()`; a use only bumps the count the ranking reads. The service
 * worker may die at any time: the next request simply reads the library again.
 */
export function templateLibrary(load: () => Promise<Template[]>) {
  type State = { list: Template[]; byId: Map<number, Template>; search?: ReturnType<typeof createTemplateSearch> };
  let state: Promise<State> | null = null;
  const current = () =>
    (state ??= load().then(
      (list): State => ({ list, byId: new Map(list.map((t) => [t.id, t])) }),
      (e: unknown) => {
        state = null;
        throw e;
      },
    ));
  const indexed = async () => {
    const s = await current();
    s.search ??= createTemplateSearch(s.list);
    return s.search;
  };
  return {
    /** Every template, most used first. */
    all: async () => [...(await current()).list].sort(byUse),
    /** Builds the search index now if it is not built yet (a sidebar is loading). */
    warm: async () => void (await indexed()),
    changed() {
      state = null;
    },
    async used(id: number) {
      const t = state && (await state).byId.get(id);
      if (t) [t.useCount, t.lastUsedAt] = [t.useCount + 1, Date.now()];
    },
    async search(query: string, limit: number): Promise<SearchResult[]> {
      return (await indexed())(query, limit).map((hit) => ({ template: hit.template, highlights: hit.highlights }));
    },
    async forSidebar(listed: number): Promise<SidebarLibrary> {
      const { list } = await current();
      const sorted = [...list].sort(byUse);
      return { listed: sorted.slice(0, listed), shortcuts: list.filter((t) => t.shortcut), total: list.length };
    },
  };
}
