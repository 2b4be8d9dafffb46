// Raw IndexedDB for the bench pages, which seed the extension's database directly (a million rows through the
// extension's own messages would measure the messages, not the figures).

/** The extension's database, as the background made it. */
export function openExtensionDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('dm-sidekick');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(new Error(String(req.error)));
  });
}

/** Puts `rows` into `store` in one transaction. */
export function putAll(db: IDBDatabase, store: string, rows: readonly unknown[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    const os = tx.objectStore(store);
    for (const r of rows) os.put(r);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(new Error(String(tx.error)));
  });
}
