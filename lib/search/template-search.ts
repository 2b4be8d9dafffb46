import Fuse from 'fuse.js';
import type { Template } from '../templates/types';

/**
 * Fuzzy search over saved replies: shortcut and title weigh most, then tags, then the body; typos tolerated and
 * matches anywhere in the text. An empty query lists everything in its given order. A leading "/" is ignored, so
 * "/ship" finds the reply whose shortcut is "ship".
 */
export function createTemplateSearch(templates: readonly Template[]): (query: string) => Template[] {
  const fuse = new Fuse(templates, {
    keys: [
      { name: 'shortcut', weight: 3 },
      { name: 'title', weight: 3 },
      { name: 'tags', weight: 2 },
      { name: 'body', weight: 1 },
    ],
    threshold: 0.35,
    ignoreLocation: true,
    ignoreDiacritics: true,
  });
  return (query) => {
    const q = query.trim().replace(/^\//, '');
    return q ? fuse.search(q).map((r) => r.item) : [...templates];
  };
}
