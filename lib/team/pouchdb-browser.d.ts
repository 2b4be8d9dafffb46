// The part of PouchDB's API team sync uses, typed here: the community type package declares a global `Buffer` that
// breaks Node's own (and every Buffer in the build scripts' types) as soon as it is loaded.
declare module 'pouchdb-browser' {
  namespace PouchDB {
    interface Doc {
      _id: string;
      _rev?: string;
      _deleted?: boolean;
    }
    interface Change<T> {
      id: string;
      seq: string | number;
      deleted?: boolean;
      doc?: T & Doc & { _conflicts?: string[] };
    }
    interface Emitter<Self> {
      on(event: string, listener: (...args: never[]) => void): Self;
      cancel(): void;
    }
    interface Changes<T> extends Emitter<Changes<T>> {
      on(event: 'change', listener: (change: Change<T>) => void): Changes<T>;
      on(event: 'error', listener: (error: unknown) => void): Changes<T>;
    }
    interface Replication extends Emitter<Replication> {
      /** After each batch: how many documents this one-way replication has written so far. */
      on(event: 'change', listener: (info: { docs_written: number }) => void): Replication;
      on(event: string, listener: (...args: never[]) => void): Replication;
    }
    interface Sync extends Emitter<Sync> {
      /** The two one-way replications a sync is made of (each reports its own failed requests). */
      push: Replication;
      pull: Replication;
    }
    interface SyncOptions {
      live?: boolean;
      retry?: boolean;
      back_off_function?: (delay: number) => number;
      /** Documents per request (100 by default). */
      batch_size?: number;
      /** Requests in flight at once (10 by default). */
      batches_limit?: number;
    }
    interface Options {
      skip_setup?: boolean;
      auth?: { username: string; password: string };
      fetch?: typeof fetch;
      /** Keep only each document's latest revision's body (a local mirror does not need the older ones). */
      auto_compaction?: boolean;
    }
    interface Database<T> {
      get(
        id: string,
        options?: { rev?: string; conflicts?: boolean },
      ): Promise<T & Doc & { _rev: string; _conflicts?: string[] }>;
      put(doc: T & Doc): Promise<{ ok: boolean; id: string; rev: string }>;
      /** Per document: ok, or an error (a conflict for a document already there). */
      bulkDocs(docs: (T & Doc)[]): Promise<({ ok: true; id: string } | { error: string; status?: number; id: string })[]>;
      remove(doc: Doc & { _rev: string }): Promise<{ ok: boolean }>;
      remove(id: string, rev: string): Promise<{ ok: boolean }>;
      changes(options: { since: string | number; live: boolean; include_docs: boolean; conflicts?: boolean }): Changes<T>;
      sync(remote: Database<T>, options: SyncOptions): Sync;
      destroy(): Promise<void>;
      info(): Promise<{ doc_count: number; update_seq: string | number }>;
    }
  }
  interface PouchDBConstructor {
    new <T>(name: string, options?: PouchDB.Options): PouchDB.Database<T>;
  }
  const PouchDB: PouchDBConstructor;
  export default PouchDB;
}
