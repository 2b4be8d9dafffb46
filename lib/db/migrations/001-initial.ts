import type { Migration } from './types';

/** v1: saved templates and key/value settings. */
export const initial: Migration = {
  version: 1,
  stores: {
    templates: '++id, title, shortcut, *tags, kind, updatedAt',
    settings: 'key',
  },
};
