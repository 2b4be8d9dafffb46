import type { Transaction } from 'dexie';

/** One numbered schema step. Dexie applies every step above the stored version, in order. */
export interface Migration {
  version: number;
  /** Dexie store specs for this version (only the tables that change need listing). */
  stores: Record<string, string | null>;
  /** Rewrites existing rows for this version, inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
}
