import type { Migration } from './types';

/** v8: team sync — a shared template is found by its id in the team's database (`teamId`, unique where set). */
export const teamTemplates: Migration = {
  version: 8,
  stores: { templates: '++id, title, shortcut, *tags, kind, updatedAt, &teamId' },
};
