import type { MessageRow } from '../platforms/types';
import { foldSpacing } from '../vocab/fold';

/**
 * A stable identity for each rendered row: the page's own message id where it has one; otherwise direction, folded
 * text and how many identical rows (same direction and text) are OLDER than it — counted in time order (`order`,
 * oldest first), never DOM order, so a new copy of "Yes we do, thanks!" in a newest-first list never takes an older
 * copy's number. Two tabs, a reload or a re-rendered row give the same fingerprints; two "ok"s stay two messages.
 */
// A row's folded text, computed once per row read (the page reader keeps unchanged rows as the same objects).
const bases = new WeakMap<MessageRow, string>();
const baseOf = (row: MessageRow) => {
  let base = bases.get(row);
  if (base === undefined) bases.set(row, (base = `${row.direction}|${foldSpacing(row.text)}`));
  return base;
};

export function fingerprints(rows: readonly MessageRow[], order: readonly number[] = rows.map((_, i) => i)): string[] {
  const seen = new Map<string, number>();
  const out: string[] = new Array<string>(rows.length);
  for (const i of order) {
    const row = rows[i]!;
    // The page's own message id, where it has one, is the identity: no text needed, and order cannot shift it.
    if (row.id) {
      out[i] = `id|${row.id}`;
      continue;
    }
    const base = baseOf(row);
    const nth = seen.get(base) ?? 0;
    seen.set(base, nth + 1);
    out[i] = `${base}|${nth}`;
  }
  return out;
}

/**
 * The first `count` bytes as lowercase hex, read by index only. In a Firefox content script the digest's buffer belongs
 * to the page's compartment, and a typed array over it cannot be sliced or copied with `slice`/`subarray` (their
 * species lookup reads `constructor`, which Firefox denies: "Permission denied to access property "constructor"").
 */
export function hexPrefix(bytes: ArrayLike<number>, count: number): string {
  let hex = '';
  for (let i = 0; i < Math.min(count, bytes.length); i++) hex += bytes[i]!.toString(16).padStart(2, '0');
  return hex;
}

/** SHA-256 of salt + platform + thread + fingerprint, as 32 hex characters: the stored key; no text survives. */
export async function messageKey(salt: string, platform: string, threadId: string, fingerprint: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${salt}\u0000${platform}\u0000${threadId}\u0000${fingerprint}`);
  return hexPrefix(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), 16);
}
