import type { Migration } from './types';

/**
 * v7: the salt that text-based message keys were hashed with until now is deleted. It sat in this database beside
 * the keys, so anyone holding a copy could confirm a guessed message against a key; without it the stored keys
 * match nothing. New text-based keys use a salt kept only in memory (lib/events/key-salts.ts). Events stay as they
 * are: their keys still tell them apart, and a row seen again is matched by its time (lib/db/events-store.ts).
 */
export const forgetTextSalt: Migration = {
  version: 7,
  stores: {},
  async upgrade(tx) {
    await tx.table('settings').delete('salt');
  },
};
