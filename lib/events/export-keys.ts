/**
 * Event keys as an export shows them: each key hashed again with a random salt made for this export and then thrown
 * away. Rows stay distinct within the file, but an exported key can be matched against nothing — not the stored keys,
 * not another export, not a guessed message (even by someone who also holds the extension's own salt).
 */
export async function exportKeys(keys: readonly string[]): Promise<string[]> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hmac = await crypto.subtle.importKey('raw', salt, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return Promise.all(
    keys.map(async (k) => {
      const mac = new Uint8Array(await crypto.subtle.sign('HMAC', hmac, new TextEncoder().encode(k)));
      return Array.from(mac.slice(0, 12), (b) => b.toString(16).padStart(2, '0')).join('');
    }),
  );
}
