import { STARTER_PACK } from '../../templates/starter-pack';
import type { Migration } from './types';

/**
 * v6: the "away" template kind (sending one never counts as a reply). The starter pack's "Away message", still as it
 * was installed (same title and body, kind "reply"), becomes kind "away"; a template the seller rewrote is left alone.
 */
export const awayKind: Migration = {
  version: 6,
  stores: {},
  async upgrade(tx) {
    const away = STARTER_PACK.find((t) => t.kind === 'away');
    if (!away) return;
    await tx
      .table('templates')
      .filter(
        (t: { title: string; body: string; kind: string }) =>
          t.title === away.title && t.body === away.body && t.kind === 'reply',
      )
      .modify({ kind: 'away' });
  },
};
