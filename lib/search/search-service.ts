import type { Template } from '../templates/types';
import { createTemplateSearch, type SearchHit } from './template-search';

/** One search result as it travels to a page: the template's id and what matched (the page holds the templates). */
export interface SearchResult {
  id: number;
  highlights: SearchHit['highlights'];
}

/**
 * The template search, kept warm in the background: the index is built once per library version (ahead of the first
 * query: `warm()` when a sidebar loads its templates) and shared by every tab, so no page builds or ships it. Writes to
 * the library call `changed()`; a use only bumps the count the ranking reads.
 */
export function templateSearchService(load: () => Promise<Template[]>) {
  let built: Promise<{ search: ReturnType<typeof createTemplateSearch>; byId: Map<number, Template> }> | null = null;
  const ready = () =>
    (built ??= load().then(
      (templates) => ({ search: createTemplateSearch(templates), byId: new Map(templates.map((t) => [t.id, t])) }),
      (e: unknown) => {
        built = null;
        throw e;
      },
    ));
  return {
    /** Builds the index now if it is not built yet. */
    warm: () => ready().then(() => undefined),
    changed() {
      built = null;
    },
    /** A template was used: its count changes the ranking, not the index. */
    async used(id: number) {
      if (!built) return;
      const t = (await built).byId.get(id);
      if (t) [t.useCount, t.lastUsedAt] = [t.useCount + 1, Date.now()];
    },
    async search(query: string, limit: number): Promise<SearchResult[]> {
      const { search } = await ready();
      return search(query, limit).map((hit) => ({ id: hit.template.id, highlights: hit.highlights }));
    },
  };
}
