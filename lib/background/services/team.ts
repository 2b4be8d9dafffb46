// Team sync, in the background: the shared templates and the message events replicate with the team's CouchDB
// through PouchDB (CouchDB's own replication protocol, checkpoints and all — nothing home-made). A local PouchDB
// mirror replicates with the server; this module moves shared templates between that mirror and the library (Dexie),
// both ways, puts this member's events into the mirror (one document per day: lib/team/event-docs.ts) and the
// teammates' events from it into `teamThreads`.
import type PouchDBType from 'pouchdb-browser';
import * as v from 'valibot';
import type { SidekickDatabase } from '../../db/database';
import { storeTeammates } from '../../db/team-fold';
import { t } from '../../i18n/t';
import { log } from '../../log';
import { utcDay } from '../../vocab/time';
import { databaseUrl, serverOrigin, TeamConfigSchema, type TeamConfig } from '../../team/config';
import { checkServer } from '../../team/server-check';
import type { TeamStatus } from '../../team/status';
import {
  addToBundle,
  BUNDLE_PREFIX,
  bundleId,
  byDay,
  eventsOfBundle,
  mergeBundles,
  addMarksToBundle,
  marksOfBundle,
  type TeamMark,
  type EventBundleDoc,
  type TeamEvent,
} from '../../team/event-docs';
import { draftFromDoc, sameContent, teamIdOf, toTemplateDoc, type TemplateDoc } from '../../team/template-docs';
import { randomHex } from '../../events/key-salts';
import type { MessageEvent, ThreadMark } from '../../metrics/types';
import { checkTemplateEntry } from '../../templates/file-format';
import type { ContactProfile } from '../../contacts/types';
import { CONTACT_PREFIX, profileOfDoc, sameProfile, toContactDoc, type ContactDoc } from '../../team/contact-docs';
import {
  FEEDBACK_PREFIX,
  monthOf,
  monthRange,
  recordOfDoc,
  sameRecord,
  toFeedbackDoc,
  USES_PREFIX,
  usesDocId,
  type FeedbackDoc,
  type TeamRecord,
  type UsesDoc,
} from '../../team/record-docs';
import type { TeamConflict, Template } from '../../templates/types';

const CONFIG_KEY = 'team';
const SEQ_KEY = 'teamSeq';
const SALT_KEY = 'teamSalt';
/** Keys of this member's events stored here but not yet in the mirror (a worker stopped in between sends them later). */
const OUTBOX_KEY = 'teamOutbox';
/** The team's salt for message keys, one document in the team's database (made by the first member to connect). */
const SALT_DOC = 'team:salt';
const MIRROR = 'sidekick-team';

/** Where the "team sync is on" flag lives: outside the database, so a worker start with sync off never opens it. */
export interface FlagArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}
const ON_FLAG = 'teamSyncOn';

export interface TeamSyncDeps {
  db: SidekickDatabase;
  /** Extension storage for the on/off flag (browser.storage.local); none: sync state read from the database. */
  flags?: FlagArea;
  /** The library changed because of the team (the search index is rebuilt). */
  onTemplatesChanged: () => void;
  /** Team sync's only way out to the network (tests give their own). */
  fetchFn?: typeof fetch;
  /** Folds recorded events (surveys sent are known once their events are folded). */
  fold?: () => Promise<void>;
}

/** How long changes to feedback and use counts gather before this member's documents are rebuilt. */
const RECORDS_DELAY_MS = 1500;

/** A document of the mirror, or null when it has none by that id (or revision); any other failure is thrown. */
async function found<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (e) {
    if ((e as { status?: number } | null)?.status === 404) return null;
    throw e;
  }
}

/** The template without its conflict (a field absent, not undefined: Dexie stores what it is given). */
function withoutConflict(t: Template): Template {
  const { teamConflict: _gone, ...rest } = t;
  return rest;
}

/** Only ever to the configured server: any other address is refused before a request is made. */
function fetchOnlyTo(origin: string, fetchFn: typeof fetch): typeof fetch {
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin !== origin) return Promise.reject(new Error(`team sync talks only to ${origin}, not ${url.origin}`));
    return fetchFn(input, init);
  };
}

/** A PouchDB error in words. */
function syncProblem(e: unknown): string {
  const status = (e as { status?: number } | null)?.status;
  if (status === 401) return t('teamProblem.signInRefused');
  if (status === 403) return t('teamProblem.changeRefused');
  if (status === 404) return t('teamProblem.databaseGone');
  // PouchDB's own words for anything else: they name what failed, and no translation could.
  return t('teamProblem.stopped', {
    reason: e instanceof Error ? e.message : String((e as { message?: unknown } | null)?.message ?? e),
  });
}

export function createTeamSync(deps: TeamSyncDeps) {
  const { db } = deps;
  const fetchFn = deps.fetchFn ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  let status: TeamStatus = { state: 'off', message: t('team.off') };
  let config: TeamConfig | null = null;
  let teamSalt: string | null = null;
  let mirror: PouchDBType.Database<TemplateDoc> | null = null;
  let replication: PouchDBType.Sync | null = null;
  let feed: PouchDBType.Changes<TemplateDoc> | null = null;
  // Changes from the team wait here and are applied in batches, in order, one batch at a time.
  let queue: PouchDBType.Change<TemplateDoc>[] = [];
  let applying: Promise<void> = Promise.resolve();
  // This member's events go into the mirror one batch at a time (each batch reads and writes whole day documents).
  let publishing: Promise<void> = Promise.resolve();
  let outboxWrites: Promise<void> = Promise.resolve();
  // Months whose feedback changed here (null: all of them), and whether use counts did, waiting to be published.
  let dirtyMonths: Set<string> | null = new Set();
  let usesDirty = false;
  let recordsTimer: ReturnType<typeof setTimeout> | undefined;
  let recording: Promise<void> = Promise.resolve();

  const set = (next: Partial<TeamStatus>) => {
    status = { ...status, ...next };
  };
  const publicServer = (c: TeamConfig) => ({ url: c.url, db: c.db, user: c.user, contacts: Boolean(c.contacts) });

  const loadConfig = async (): Promise<TeamConfig | null> => {
    const row = await db.settings.get(CONFIG_KEY);
    const parsed = v.safeParse(TeamConfigSchema, row?.value);
    return parsed.success ? parsed.output : null;
  };

  /** The versions of a document in conflict (winner first), read from the mirror; undefined when there is none. */
  const conflictOf = async (
    m: PouchDBType.Database<TemplateDoc>,
    doc: TemplateDoc & { _rev?: string; _conflicts?: string[] },
  ): Promise<TeamConflict | undefined> => {
    if (!doc._conflicts?.length || !doc._rev) return undefined;
    const losers = await Promise.all(doc._conflicts.map((rev) => found(m.get(doc._id, { rev }))));
    const versions = [doc, ...losers.filter((d) => d !== null)].map((d) => ({
      rev: d._rev!,
      by: d.by,
      title: d.title,
      body: d.body,
      updatedAt: d.updatedAt,
    }));
    return versions.length > 1 ? { versions } : undefined;
  };

  /**
   * Team documents into the library, in one read and one write however many there are (a first sync can bring
   * thousands): each checked like any import, never trusted as it comes. True when the library changed.
   */
  const applyDocs = async (docs: readonly (TemplateDoc & { _conflicts?: string[] })[]): Promise<boolean> => {
    const teamIds = docs.map((d) => teamIdOf(d._id)).filter((id) => id !== null);
    const locals = new Map<string, Template>();
    for (const t of await db.templates.where('teamId').anyOf(teamIds).toArray()) locals.set(t.teamId!, t);
    const shortcuts = docs.map((d) => d.shortcut).filter((x): x is string => typeof x === 'string' && x.length > 0);
    const owners = new Map<string, string | undefined>();
    for (const t of await db.templates.where('shortcut').anyOf(shortcuts).toArray()) owners.set(t.shortcut!, t.teamId);
    const puts = new Map<string, Template>();
    const deletes = new Set<number>();
    for (const doc of docs) {
      const teamId = teamIdOf(doc._id);
      if (!teamId) continue;
      const local = puts.get(teamId) ?? locals.get(teamId);
      if (doc._deleted) {
        if (local?.id !== undefined) deletes.add(local.id);
        puts.delete(teamId);
        continue;
      }
      const conflict = mirror ? await conflictOf(mirror, doc) : undefined;
      const sameConflict = JSON.stringify(conflict ?? null) === JSON.stringify(local?.teamConflict ?? null);
      if (local && sameContent(doc, local)) {
        if (!sameConflict) puts.set(teamId, conflict ? { ...local, teamConflict: conflict } : withoutConflict(local));
        continue;
      }
      const checked = checkTemplateEntry(draftFromDoc(doc));
      if ('problems' in checked) {
        log.warn('team', `a shared template from the team was not taken in: ${checked.problems.join('; ')}`);
        continue;
      }
      const draft = { ...checked.draft, shared: true };
      if (draft.shortcut) {
        const owner = owners.get(draft.shortcut);
        if (owners.has(draft.shortcut) && owner !== teamId) {
          log.warn('team', `a shared template's shortcut /${draft.shortcut} is already yours: it is kept without it here`);
          delete draft.shortcut;
        } else owners.set(draft.shortcut, teamId);
      }
      const base = local
        ? { id: local.id, createdAt: local.createdAt, useCount: local.useCount, lastUsedAt: local.lastUsedAt }
        : { createdAt: Date.now(), useCount: 0 };
      puts.set(teamId, {
        ...base,
        ...draft,
        teamId,
        updatedAt: doc.updatedAt,
        ...(conflict ? { teamConflict: conflict } : {}),
      } as Template);
    }
    if (puts.size === 0 && deletes.size === 0) return false;
    await db.transaction('rw', db.templates, async () => {
      await db.templates.bulkDelete([...deletes]);
      await db.templates.bulkPut([...puts.values()]);
    });
    return true;
  };

  /**
   * Teammates' day documents into `teamThreads` (their events, by thread). A document with conflicting copies (the same member on two devices)
   * is read as the union of its copies, and when it is this member's own, the union is written back (no event lost).
   */
  const applyBundles = async (docs: readonly EventBundleDoc[]): Promise<void> => {
    const me = config?.user;
    const theirs: TeamEvent[] = [];
    const theirMarks: TeamMark[] = [];
    for (const doc of docs) {
      let bundle = doc;
      if (doc._conflicts?.length && mirror) {
        const m = mirror as unknown as PouchDBType.Database<EventBundleDoc>;
        const copies = await Promise.all(doc._conflicts.map((rev) => found(m.get(doc._id, { rev }))));
        bundle = mergeBundles([doc, ...copies.filter((c) => c !== null)]);
        if (doc.member === me) {
          await m.put({ ...bundle, _id: doc._id, _rev: doc._rev });
          for (const rev of doc._conflicts) await m.remove(doc._id, rev);
        }
      }
      if (doc.member !== me) {
        theirs.push(...eventsOfBundle(bundle));
        theirMarks.push(...marksOfBundle(bundle));
      }
    }
    // Kept by thread; the team's figures fold again only the threads that gained something (lib/db/team-fold.ts).
    await storeTeammates(db, theirs, theirMarks);
  };

  /**
   * Teammates' feedback and use counts into `teamRecords`; their use counts also onto the shared templates they count
   * (`teamUses`). True when a template's team uses changed.
   */
  const applyRecords = async (records: readonly { id: string; record: TeamRecord | null }[]): Promise<boolean> => {
    await db.transaction('rw', db.teamRecords, async () => {
      await db.teamRecords.bulkDelete(records.filter((r) => !r.record).map((r) => r.id));
      await db.teamRecords.bulkPut(records.flatMap((r) => (r.record ? [r.record] : [])));
    });
    if (!records.some((r) => r.id.startsWith(USES_PREFIX))) return false;
    const uses = (await db.teamRecords.where('kind').equals('uses').toArray()).filter(
      (r): r is Extract<TeamRecord, { kind: 'uses' }> => r.kind === 'uses' && r.member !== config?.user,
    );
    let changed = false;
    await db.transaction('rw', db.templates, async () => {
      const shared = await db.templates.filter((t) => Boolean(t.teamId)).toArray();
      const puts: Template[] = [];
      for (const t of shared) {
        const teamUses: Record<string, number> = {};
        for (const r of uses) if (r.counts[t.teamId!]) teamUses[r.member] = r.counts[t.teamId!]!;
        if (JSON.stringify(teamUses) === JSON.stringify(t.teamUses ?? {})) continue;
        const { teamUses: _old, ...rest } = t;
        puts.push(Object.keys(teamUses).length ? { ...rest, teamUses } : rest);
      }
      await db.templates.bulkPut(puts);
      changed = puts.length > 0;
    });
    return changed;
  };

  /** Teammates' contact profiles (when shared): the newer edit wins, here as on their device. */
  const applyProfiles = async (profiles: readonly ContactProfile[]) => {
    if (profiles.length === 0) return;
    await db.transaction('rw', db.contacts, async () => {
      const held = await db.contacts.bulkGet(profiles.map((p) => p.key));
      await db.contacts.bulkPut(profiles.filter((p, i) => !held[i] || held[i].updatedAt < p.updatedAt));
    });
  };

  /** Contact profiles into the team's database (when shared), where the team's copy is missing or says otherwise. */
  const publishProfiles = async (profiles: readonly ContactProfile[]) => {
    const member = config?.user;
    if (!member || !mirror || !config?.contacts) return;
    const m = mirror as unknown as PouchDBType.Database<ContactDoc>;
    for (const p of profiles) {
      const current = await found(m.get(toContactDoc(p, member)._id));
      const theirs = current ? profileOfDoc(current) : null;
      if (theirs && (sameProfile(theirs, p) || theirs.updatedAt > p.updatedAt)) continue;
      await m.put({ ...toContactDoc(p, member), ...(current ? { _rev: current._rev } : {}) });
    }
  };

  /** Applies every change waiting in the queue as one batch, then remembers how far the feed has been applied. */
  const applyQueued = async () => {
    const batch = queue;
    queue = [];
    if (batch.length === 0) return;
    try {
      const templates: (TemplateDoc & { _conflicts?: string[] })[] = [];
      const bundles: EventBundleDoc[] = [];
      const records: { id: string; record: TeamRecord | null }[] = [];
      const profiles: ContactProfile[] = [];
      for (const change of batch) {
        const doc = change.doc;
        if (!doc) continue;
        if (change.id.startsWith(BUNDLE_PREFIX)) {
          if (!change.deleted) bundles.push(doc as unknown as EventBundleDoc);
        } else if (change.id.startsWith(CONTACT_PREFIX)) {
          const profile = change.deleted || !config?.contacts ? null : profileOfDoc(doc);
          if (profile) profiles.push(profile);
        } else if (change.id.startsWith(FEEDBACK_PREFIX) || change.id.startsWith(USES_PREFIX)) {
          const record = change.deleted ? null : recordOfDoc(doc);
          if (!record || record.member !== config?.user) records.push({ id: change.id, record });
        } else templates.push(change.deleted ? { ...doc, _deleted: true } : doc);
      }
      await applyBundles(bundles);
      await applyProfiles(profiles);
      if (records.length > 0 && (await applyRecords(records))) {
        deps.onTemplatesChanged();
        set({ libraryChanges: (status.libraryChanges ?? 0) + 1 });
      }
      if (templates.length > 0 && (await applyDocs(templates))) {
        deps.onTemplatesChanged();
        set({ libraryChanges: (status.libraryChanges ?? 0) + 1 });
      }
      await db.settings.put({ key: SEQ_KEY, value: batch[batch.length - 1]!.seq });
    } catch (e) {
      log.error('team', 'changes from the team could not be applied; they are applied again on the next start', e);
    }
  };

  const follow = (m: PouchDBType.Database<TemplateDoc>, since: string | number) => {
    feed = m
      .changes({ since, live: true, include_docs: true, conflicts: true })
      .on('change', (change) => {
        queue.push(change);
        // The first change of a batch schedules its application; the ones arriving meanwhile join it.
        if (queue.length === 1) applying = applying.then(applyQueued);
      })
      .on('error', (e) => log.error('team', 'the team changes feed stopped', e));
  };

  /** This member's events into their day documents in the mirror. */
  const publishEvents = (member: string, events: readonly MessageEvent[]) => publishToDays(member, byDay(events), addToBundle);

  /** This member's marks into their day documents, the same way. */
  const publishMarks = (member: string, marks: readonly ThreadMark[]) => {
    const days = new Map<number, ThreadMark[]>();
    for (const mark of marks) days.set(utcDay(mark.at), [...(days.get(utcDay(mark.at)) ?? []), mark]);
    return publishToDays(member, days, addMarksToBundle);
  };

  /** Items into the member's day documents with `add`: read, add, write (read again if changed meanwhile). */
  const publishToDays = async <T>(
    member: string,
    days: ReadonlyMap<number, T[]>,
    add: (doc: EventBundleDoc | null, member: string, day: number, items: T[]) => { doc: EventBundleDoc; changed: boolean },
  ) => {
    const m = mirror as unknown as PouchDBType.Database<EventBundleDoc>;
    for (const [day, list] of days)
      for (let attempt = 1; ; attempt++) {
        const current = await found(m.get(bundleId(member, day), { conflicts: true }));
        const losers = current?._conflicts ?? [];
        const copies = await Promise.all(losers.map((rev) => found(m.get(current!._id, { rev }))));
        const base = current && losers.length ? mergeBundles([current, ...copies.filter((c) => c !== null)]) : current;
        const { doc, changed } = add(base, member, day, list);
        if (!changed && losers.length === 0) break;
        const { _conflicts: _gone, ...body } = doc;
        try {
          await m.put(current ? { ...body, _rev: current._rev } : body);
          for (const rev of losers) await m.remove(doc._id, rev);
          break;
        } catch (e) {
          if ((e as { status?: number } | null)?.status !== 409 || attempt >= 3) throw e;
        }
      }
  };

  /** Keys of events waiting for the mirror, as the database holds them. */
  const outbox = async (): Promise<string[]> => {
    const value = (await db.settings.get(OUTBOX_KEY))?.value;
    return Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : [];
  };

  /** Changes the outbox, one change after another (two recordings at once must not drop each other's keys). */
  const updateOutbox = (change: (keys: string[]) => string[]): Promise<void> => {
    const run = outboxWrites.then(async () => {
      await db.settings.put({ key: OUTBOX_KEY, value: change(await outbox()) });
    });
    // The caller gets the failure (`run`); the chain goes on, so the next change is still written.
    outboxWrites = run.catch((e: unknown) =>
      log.info('team', 'an outbox change failed (its caller was told); the next change goes ahead', e),
    );
    return run;
  };

  /**
   * Sends events to the mirror, one batch after another, and takes their keys out of the outbox once they are there.
   * A failure is logged and the keys stay in the outbox (the next start sends them).
   */
  const sendEvents = (events: readonly MessageEvent[]): Promise<void> => {
    const member = config?.user;
    if (!member || !mirror || events.length === 0) return Promise.resolve();
    const sent = new Set(events.map((e) => e.key));
    publishing = publishing
      .then(() => publishEvents(member, events))
      .then(() => updateOutbox((keys) => keys.filter((k) => !sent.has(k))))
      .catch((e: unknown) =>
        log.error('team', 'message events could not be put in the team mirror; they are sent on the next start', e),
      );
    return publishing;
  };

  /** This member's document for a month, rebuilt from the entries and surveys of that month; written if it changed. */
  const publishMonth = async (m: PouchDBType.Database<FeedbackDoc>, member: string, month: string) => {
    const [from, to] = monthRange(month);
    const [entries, asks] = await Promise.all([
      db.feedback.where('at').between(from, to, true, false).toArray(),
      db.surveys.where('askedAt').between(from, to, true, false).toArray(),
    ]);
    const next = toFeedbackDoc(member, month, entries, asks);
    const current = await found(m.get(next._id));
    if (current ? sameRecord(current, next) : entries.length + asks.length === 0) return;
    await m.put(current ? { ...next, _rev: current._rev } : next);
  };

  /** This member's use counts of shared templates, rebuilt; written if they changed. */
  const publishUses = async (m: PouchDBType.Database<UsesDoc>, member: string) => {
    const counts: Record<string, number> = {};
    await db.templates.each((t) => {
      if (t.shared && t.teamId && t.useCount > 0) counts[t.teamId] = t.useCount;
    });
    const next: UsesDoc = { _id: usesDocId(member), type: 'uses', member, counts };
    const current = await found(m.get(next._id));
    if (current ? sameRecord(current, next) : Object.keys(counts).length === 0) return;
    await m.put(current ? { ...next, _rev: current._rev } : next);
  };

  /** Publishes what changed (all months when `dirtyMonths` is null) — after events are folded (surveys sent). */
  const publishRecords = (): Promise<void> => {
    clearTimeout(recordsTimer);
    const member = config?.user;
    if (!member || !mirror) return recording;
    const m = mirror;
    const months = dirtyMonths;
    const uses = usesDirty;
    dirtyMonths = new Set();
    usesDirty = false;
    recording = recording
      .then(async () => {
        await deps.fold?.();
        const all = months
          ? [...months]
          : [
              ...new Set([
                ...(await db.feedback.toArray()).map((e) => monthOf(e.at)),
                ...(await db.surveys.toArray()).map((a) => monthOf(a.askedAt)),
              ]),
            ];
        for (const month of all) await publishMonth(m as unknown as PouchDBType.Database<FeedbackDoc>, member, month);
        if (uses || !months) await publishUses(m as unknown as PouchDBType.Database<UsesDoc>, member);
      })
      .catch((e: unknown) => {
        log.error('team', 'feedback or use counts could not be put in the team mirror; they are sent on the next start', e);
      });
    return recording;
  };

  /** Marks what changed and publishes it shortly (changes close together go as one). */
  const recordsChanged = (change: { at?: number; uses?: boolean }) => {
    if (!config) return;
    if (change.at !== undefined) dirtyMonths?.add(monthOf(change.at));
    if (change.uses) usesDirty = true;
    clearTimeout(recordsTimer);
    recordsTimer = setTimeout(() => void publishRecords(), RECORDS_DELAY_MS);
  };

  /** Sends marks to the mirror after whatever is being sent (a failure is logged; the next start sends them again). */
  const sendMarks = (marks: readonly ThreadMark[]): Promise<void> => {
    const member = config?.user;
    if (!member || !mirror || marks.length === 0) return Promise.resolve();
    publishing = publishing
      .then(() => publishMarks(member, marks))
      .catch((e: unknown) => log.error('team', 'marks could not be put in the team mirror; they are sent on the next start', e));
    return publishing;
  };

  /** Shared templates of this device that the team's copy does not hold yet (or holds an older version of). */
  const publishAll = async (m: PouchDBType.Database<TemplateDoc>, member: string) => {
    for (const t of await db.templates.filter((t) => Boolean(t.shared)).toArray()) await publishTo(m, t, member);
  };

  const publishTo = async (m: PouchDBType.Database<TemplateDoc>, t: Template, member: string) => {
    let teamId = t.teamId;
    if (!teamId) {
      teamId = crypto.randomUUID();
      await db.templates.update(t.id, { teamId });
    }
    const id = `template:${teamId}`;
    const current = await found(m.get(id));
    if (current && sameContent(current, t)) return;
    await m.put({ ...toTemplateDoc({ ...t, teamId }, member), ...(current ? { _rev: current._rev } : {}) });
  };

  /**
   * The team's salt: read from the server (or made there by the first member), else the copy kept from last time;
   * none while the server has never been reached — events then keep this device's own keys.
   */
  const saltOf = async (remote: PouchDBType.Database<TemplateDoc>): Promise<string | null> => {
    const saltDb = remote as unknown as PouchDBType.Database<{ salt: string }>;
    const read = async () => {
      const doc = await saltDb.get(SALT_DOC);
      return /^[0-9a-f]{32}$/.test(doc.salt) ? doc.salt : null;
    };
    try {
      let salt: string | null;
      try {
        salt = await read();
      } catch (e) {
        if ((e as { status?: number }).status !== 404) throw e;
        // Two members making it at once: one put wins (409 for the other), and both read the winner.
        await saltDb.put({ _id: SALT_DOC, salt: randomHex(16) }).catch((put: unknown) => {
          if ((put as { status?: number }).status !== 409) throw put;
        });
        salt = await read();
      }
      if (salt) await db.settings.put({ key: SALT_KEY, value: salt });
      return salt;
    } catch (e) {
      log.warn('team', 'the team salt could not be read from the server; using the copy from last time', e);
      const kept = (await db.settings.get(SALT_KEY))?.value;
      return typeof kept === 'string' ? kept : null;
    }
  };

  /** Stops syncing and drops the local mirror, its place in the changes feed and the team salt. */
  const forgetMirror = async () => {
    await stop();
    await db.settings.bulkDelete([SEQ_KEY, SALT_KEY]);
    teamSalt = null;
    if (!mirror) {
      // A mirror left by an earlier worker: opened only to be destroyed.
      const { default: PouchDB } = await import('pouchdb-browser');
      mirror = new PouchDB<TemplateDoc>(MIRROR);
    }
    await mirror.destroy();
    mirror = null;
  };

  const stop = async () => {
    replication?.cancel();
    feed?.cancel();
    replication = null;
    feed = null;
    clearTimeout(recordsTimer);
    await applying;
    await publishing;
    await recording;
  };

  const start = async (c: TeamConfig) => {
    await stop();
    config = c;
    const origin = serverOrigin(c.url);
    if (!('origin' in origin)) throw new Error(origin.problem);
    // Loaded only once team sync is on: with it off, the worker never even evaluates PouchDB.
    const { default: PouchDB } = await import('pouchdb-browser');
    const m = (mirror ??= new PouchDB<TemplateDoc>(MIRROR, { auto_compaction: true }));
    const remote = new PouchDB<TemplateDoc>(databaseUrl(c), {
      skip_setup: true,
      auth: { username: c.user, password: c.password },
      fetch: fetchOnlyTo(origin.origin, fetchFn),
    });
    teamSalt = await saltOf(remote);
    await publishAll(m, c.user);
    const seq = ((await db.settings.get(SEQ_KEY))?.value as string | number | undefined) ?? 0;
    follow(m, seq);
    // Events stored while the worker stopped before they reached the mirror.
    const waiting = await outbox();
    if (waiting.length > 0) void sendEvents((await db.events.bulkGet(waiting)).filter((e) => e !== undefined));
    // Feedback and use counts changed while the worker was stopped: every month is checked (a small read).
    dirtyMonths = null;
    void publishRecords();
    // Marks are few: all of them, every start (a day document already holding them is not written again).
    void sendMarks(await db.marks.toArray());
    // Contact profiles, when this member shares them: the ones the team's copy lacks or holds older.
    if (c.contacts)
      void db.contacts
        .toArray()
        .then(publishProfiles)
        .catch((e: unknown) => log.error('team', 'contact profiles could not be put in the team mirror', e));
    set({ state: 'syncing', message: t('team.syncing'), server: publicServer(c), progress: undefined });
    // How many documents the server holds that the mirror does not (roughly): the first sync's progress.
    const [here, there] = await Promise.all([
      m.info(),
      remote.info().catch((e: unknown) => {
        // The server away at start: sync retries by itself; only the progress count is missing meanwhile.
        log.info('team', 'the server did not say how many documents it holds; the first sync shows no count', e);
        return null;
      }),
    ]);
    const total = there ? Math.max(0, there.doc_count - here.doc_count) : 0;
    // A request that failed (the server away) is reported by the one-way replication it belongs to; the sync as a
    // whole only says when both are idle.
    const failed = { push: false, pull: false };
    const online = () =>
      set({
        state: 'connected',
        message: t('team.connected', { user: c.user }),
        lastSyncAt: Date.now(),
        progress: undefined,
      });
    const offline = () => set({ state: 'offline', message: t('team.offline') });
    const sync = m.sync(remote, {
      live: true,
      retry: true,
      // Back off up to a minute while the server is away; PouchDB resumes from its checkpoint.
      back_off_function: (delay) => (delay === 0 ? 1000 : Math.min(60_000, delay * 2)),
      // Day documents are small (a few hundred events); bigger batches mean fewer round trips on a first sync.
      batch_size: 250,
    });
    if (total > 0)
      sync.pull.on('change', (info) => {
        const done = Math.min(total, info.docs_written);
        set({
          state: 'syncing',
          progress: { done, total },
          message: t('team.receiving', { done, total }),
        });
      });
    for (const side of ['push', 'pull'] as const) {
      sync[side].on('requestError', (e: unknown) => {
        log.info('team', `team sync's ${side} is retrying`, e);
        failed[side] = true;
        offline();
      });
      sync[side].on('active', () => {
        failed[side] = false;
      });
    }
    replication = sync
      .on('active', () => set({ state: 'syncing', message: t('team.syncing') }))
      .on('paused', () => (failed.push || failed.pull ? offline() : online()))
      .on('denied', (e: unknown) => {
        log.warn('team', 'the server refused a change', e);
        set({ state: 'error', message: syncProblem(e) });
      })
      .on('error', (e: unknown) => {
        log.error('team', 'team sync stopped', e);
        set({ state: 'error', message: syncProblem(e) });
      });
  };

  return {
    status: (): TeamStatus => status,

    /** At worker start: resumes sync where it was on (from its checkpoint). */
    async resume(): Promise<void> {
      // Off (the usual case): the worker's start touches neither the database nor PouchDB.
      if (deps.flags && !(await deps.flags.get(ON_FLAG))[ON_FLAG]) return;
      const saved = await loadConfig();
      if (saved) await start(saved);
    },

    /** Checks the server, the sign-in and the database; saves the settings and starts syncing only when all are right. */
    async connect(input: TeamConfig): Promise<TeamStatus> {
      const checked = v.safeParse(TeamConfigSchema, input);
      if (!checked.success) {
        set({ state: 'error', message: checked.issues[0]?.message ?? t('teamProblem.invalid') });
        return status;
      }
      const c = checked.output;
      const origin = serverOrigin(c.url);
      const check = await checkServer(c, 'origin' in origin ? fetchOnlyTo(origin.origin, fetchFn) : fetchFn);
      if (!check.ok) {
        set({ state: 'error', message: check.message, server: publicServer(c) });
        return status;
      }
      // Another server or database than before: the old team's mirror must never replicate into the new one.
      const before = await loadConfig();
      if (before && (before.url !== c.url || before.db !== c.db)) await forgetMirror();
      await db.settings.put({ key: CONFIG_KEY, value: c });
      await deps.flags?.set({ [ON_FLAG]: true });
      await start(c);
      // This member's history joins the team's figures (a day document already holding it is not written again).
      void sendEvents(await db.events.toArray());
      return status;
    },

    /** Stops syncing and forgets the server and password. The library (shared templates included) stays here. */
    async disconnect(): Promise<TeamStatus> {
      await db.settings.delete(CONFIG_KEY);
      await deps.flags?.remove(ON_FLAG);
      await forgetMirror();
      config = null;
      status = { state: 'off', message: t('teamProblem.disconnected') };
      return status;
    },

    /**
     * Ends a conflict: the version `keep` (one of the template's conflicting revisions) becomes the template for the
     * whole team, saved by this member; the other versions are removed from the team's database.
     */
    async resolveConflict(templateId: number, keep: string): Promise<void> {
      if (!config || !mirror) throw new Error(t('teamProblem.connectFirst'));
      const local = await db.templates.get(templateId);
      if (!local?.teamId) throw new Error(t('teamProblem.notShared'));
      const id = `template:${local.teamId}`;
      const winner = await mirror.get(id, { conflicts: true });
      const revs = [winner._rev, ...(winner._conflicts ?? [])];
      if (!revs.includes(keep)) throw new Error(t('teamProblem.versionGone'));
      if (keep !== winner._rev) {
        const chosen = await mirror.get(id, { rev: keep });
        const { _rev: _chosenRev, _conflicts: _c, ...content } = chosen;
        await mirror.put({ ...content, _id: id, _rev: winner._rev, by: config.user, updatedAt: Date.now() });
      }
      for (const rev of winner._conflicts ?? []) await mirror.remove(id, rev);
    },

    /** This member's name on the team's server; null with team sync off. */
    member: (): string | null => config?.user ?? null,

    /** The team's salt for keys of messages with a page id (KeySalts.team); null with team sync off. */
    keySalt: (): string | null => (config ? teamSalt : null),

    /**
     * Message events this device stored: they go to the team (times, direction, thread, member — never text). Their
     * keys wait in an outbox in the database until they are in the mirror, so a worker stopped in between sends them
     * on its next start.
     */
    async eventsRecorded(events: readonly MessageEvent[]): Promise<void> {
      if (!config || !mirror || events.length === 0) return;
      const keys = events.map((e) => e.key);
      await updateOutbox((waiting) => [...new Set([...waiting, ...keys])]);
      // Not awaited: the recording tab need not wait for the mirror (the outbox already holds the keys).
      void sendEvents(events);
    },

    /** The seller marked a conversation converted or done: the team's figures count it too. */
    marksRecorded(marks: readonly ThreadMark[]): Promise<void> {
      return sendMarks(marks);
    },

    /** A contact profile was saved here: the team's copy follows (when this member shares contact profiles). */
    async contactSaved(profile: ContactProfile): Promise<void> {
      await publishProfiles([profile]);
    },

    /** Feedback was logged, changed or deleted here (at `at`): the member's document for that month follows. */
    feedbackChanged(at: number): void {
      recordsChanged({ at });
    },

    /** A survey template was sent here (at `at`): the member's document for that month follows, once folded. */
    surveySent(at: number): void {
      recordsChanged({ at });
    },

    /** A template was used here: when it is shared, the member's use counts follow. */
    templateUsed(t: Template | undefined): void {
      if (t?.shared && t.teamId) recordsChanged({ uses: true });
    },

    /** Templates were imported here: the shared ones go to the team (when sync is on). */
    async publishShared(): Promise<void> {
      if (config && mirror) await publishAll(mirror, config.user);
    },

    /** A template was saved or deleted here: the team's copy follows (when sync is on). */
    async templateChanged(t: Template | null, removed?: Template): Promise<void> {
      if (!config || !mirror) return;
      const m = mirror;
      if (t?.shared) await publishTo(m, t, config.user);
      // Deleted, or no longer shared: it leaves the team's library.
      const gone = removed ?? (t && !t.shared && t.teamId ? t : null);
      if (gone?.teamId) {
        const doc = await found(m.get(`template:${gone.teamId}`));
        if (doc) await m.remove(doc);
      }
    },
  };
}

export type TeamSync = ReturnType<typeof createTeamSync>;
