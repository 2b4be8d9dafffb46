import { TemplateIndex, type SearchHit } from './template-index';
import type { Template } from '../templates/types';

export type { SearchHit };

/**
 * Search over saved replies: typo tolerant, matches anywhere in the text, `tag:shipping` filters, shortcut and title
 * weigh most. An empty query gives no hits (the sidebar shows suggestions and most-used replies instead).
 */
export function createTemplateSearch(templates: readonly Template[]): (query: string, limit?: number) => SearchHit[] {
  const index = new TemplateIndex(templates);
  return (query, limit) => index.search(query, limit);
}
