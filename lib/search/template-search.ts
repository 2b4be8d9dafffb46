// The basic build: no extended or token search, which this re-scoring does not use (2 KB less in pages).
import Fuse from 'fuse.js/basic';
import type { Template } from '../templates/types';
import { TemplateIndex, type SearchHit } from './template-index';

export type { SearchHit };

/** How many of the index's best candidates fuse.js re-scores, and how much its score counts. */
const RESCORED = 20;
const FUSE_SHARE = 0.3;
const KEYS = [
  { name: 'shortcut', weight: 3 },
  { name: 'title', weight: 3 },
  { name: 'tags', weight: 2 },
  { name: 'body', weight: 1 },
];

/**
 * Search over saved replies: typo tolerant, matches anywhere in the text, `tag:shipping` filters, shortcut and title
 * weigh most. The inverted index finds and scores candidates word by word (fast at 20,000 templates); fuse.js then
 * re-scores the best few on the whole query as a phrase (it catches matches inside words), and the two scores are
 * blended. An empty query gives no hits (the sidebar shows suggestions and most-used replies instead).
 */
export function createTemplateSearch(templates: readonly Template[]): (query: string, limit?: number) => SearchHit[] {
  const index = new TemplateIndex(templates);
  return (query, limit = 30) => {
    const hits = index.search(query, Math.max(limit, RESCORED));
    const text = query.replace(/(?:^|\s)tag:\S+/gi, ' ').trim();
    if (hits.length < 2 || !text) return hits.slice(0, limit);
    const head = hits.slice(0, RESCORED);
    const best = head[0]!.score || 1;
    const fuse = new Fuse(
      head.map((h) => h.template),
      { keys: KEYS, threshold: 0.6, ignoreLocation: true, includeScore: true },
    );
    const phrase = new Map(fuse.search(text).map((r) => [r.item.id, 1 - (r.score ?? 1)]));
    const blended = head
      .map((hit) => ({ hit, score: (1 - FUSE_SHARE) * (hit.score / best) + FUSE_SHARE * (phrase.get(hit.template.id) ?? 0) }))
      .sort((a, b) => b.score - a.score)
      .map(({ hit }) => hit);
    return [...blended, ...hits.slice(RESCORED)].slice(0, limit);
  };
}
