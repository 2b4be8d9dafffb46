import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { STARTER_PACK } from '../templates/starter-pack';
import { SidekickDatabase } from './database';
import { MIGRATIONS } from './migrations';
import { DEFAULT_PREFERENCES } from '../settings/preferences';
import { IMPORT_LIMITS } from '../templates/limits';
import { importTemplates, listTemplates, recordTemplateUse } from './templates-store';

let n = 0;
const open: SidekickDatabase[] = [];
function freshDb(name = `test-${++n}`) {
  const db = new SidekickDatabase(name);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('migrations', () => {
  it('are numbered from 1, ascending, without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });
  it('the latest version has every table', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(MIGRATIONS.length);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'contacts',
      'conversations',
      'dayPacks',
      'dirtyDays',
      'events',
      'feedback',
      'hourly',
      'marks',
      'settings',
      'surveys',
      'teamConversations',
      'teamDayPacks',
      'teamDirtyPacks',
      'teamDirtyThreads',
      'teamHourly',
      'teamRecords',
      'teamThreads',
      'teamVolumes',
      'templateUses',
      'templates',
    ]);
  });
});

describe('first install', () => {
  it('seeds the starter pack once', async () => {
    const name = `seed-${++n}`;
    const db = freshDb(name);
    expect((await listTemplates(db)).map((t) => t.title).sort()).toEqual(STARTER_PACK.map((t) => t.title).sort());
    await db.templates.clear();
    db.close();
    const again = new SidekickDatabase(name);
    open.push(again);
    expect(await again.templates.count()).toBe(0);
  });
});

describe('templates store', () => {
  it('adds new templates and updates same-titled ones (ignoring case)', async () => {
    const db = freshDb();
    const summary = await importTemplates(db, [
      { title: 'greeting', body: 'Hello!', tags: [], kind: 'greeting' },
      { title: 'Brand new', body: 'New', tags: ['x'], kind: 'reply' },
    ]);
    expect(summary).toEqual({ added: 1, updated: 1 });
    const all = await listTemplates(db);
    expect(all).toHaveLength(STARTER_PACK.length + 1);
    expect(all.find((t) => t.title === 'greeting')?.body).toBe('Hello!');
  });

  it('is all or nothing', async () => {
    const db = freshDb();
    const before = await listTemplates(db);
    const bad = [
      { title: 'ok', body: 'fine', tags: [], kind: 'reply' as const },
      { title: 'bad', body: 'x', tags: [], kind: 'reply' as const, extra: { f: () => 1 } },
    ];
    await expect(importTemplates(db, bad)).rejects.toThrow();
    expect(await listTemplates(db)).toEqual(before);
  });

  it('counts uses and lists the most used first', async () => {
    const db = freshDb();
    const ship = (await listTemplates(db)).find((t) => t.title === 'Shipping time')!;
    await recordTemplateUse(db, ship.id, undefined, 1000);
    await recordTemplateUse(db, ship.id, 'instagram:1', 2000);
    const [first] = await listTemplates(db);
    expect(first).toMatchObject({ title: 'Shipping time', useCount: 2, lastUsedAt: 2000 });
  });
});

describe('preferences', () => {
  it('default to an open sidebar and remember a change', async () => {
    const { getPreferences, savePreferences } = await import('./settings-store');
    const db = freshDb();
    expect(await getPreferences(db)).toEqual(DEFAULT_PREFERENCES);
    expect(await savePreferences(db, { sidebarCollapsed: true })).toEqual({ ...DEFAULT_PREFERENCES, sidebarCollapsed: true });
    await savePreferences(db, { myName: 'Sam' });
    expect(await getPreferences(db)).toEqual({ ...DEFAULT_PREFERENCES, sidebarCollapsed: true, myName: 'Sam' });
  });
});

describe('upgrading a v1 database', () => {
  it('keeps the templates and adds the later tables', async () => {
    const Dexie = (await import('dexie')).default;
    const name = `upgrade-${++n}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(MIGRATIONS[0]!.stores);
    await v1
      .table('templates')
      .add({ title: 'Old', body: 'b', tags: [], kind: 'reply', createdAt: 1, updatedAt: 1, useCount: 3 });
    v1.close();
    const db = new SidekickDatabase(name);
    open.push(db);
    expect((await db.templates.toArray()).map((t) => t.title)).toEqual(['Old']);
    expect(await db.contacts.count()).toBe(0);
    expect(db.verno).toBe(MIGRATIONS.length);
  });
});

describe('upgrading a v5 database', () => {
  it('makes the untouched starter "Away message" an away template, and leaves a rewritten one alone', async () => {
    const Dexie = (await import('dexie')).default;
    const name = `upgrade-${++n}`;
    const v5 = new Dexie(name);
    for (const step of MIGRATIONS.slice(0, 5)) v5.version(step.version).stores(step.stores);
    const away = STARTER_PACK.find((t) => t.title === 'Away message')!;
    await v5.table('templates').bulkAdd([
      { ...away, kind: 'reply', tags: [...away.tags], createdAt: 1, updatedAt: 1, useCount: 0 },
      {
        title: 'Closed today',
        body: 'We are closed today, back tomorrow!',
        tags: [],
        kind: 'reply',
        createdAt: 1,
        updatedAt: 1,
        useCount: 0,
      },
    ]);
    v5.close();
    const db = new SidekickDatabase(name);
    open.push(db);
    const kinds = Object.fromEntries((await db.templates.toArray()).map((t) => [t.title, t.kind]));
    expect(kinds).toEqual({ 'Away message': 'away', 'Closed today': 'reply' });
  });
});

describe('upgrading a v6 database', () => {
  it('deletes the stored text salt (so stored keys confirm no guess) and keeps every event and setting', async () => {
    const Dexie = (await import('dexie')).default;
    const name = `upgrade-${++n}`;
    const v6 = new Dexie(name);
    for (const step of MIGRATIONS.slice(0, 6)) v6.version(step.version).stores(step.stores);
    await v6.table('settings').bulkAdd([
      { key: 'salt', value: '00112233445566778899aabbccddeeff' },
      { key: 'preferences', value: { myName: 'Sam' } },
    ]);
    const event = {
      key: 'ab'.repeat(16),
      platform: 'instagram',
      threadId: '1',
      contactKey: 'instagram:1',
      direction: 'in',
      at: 1,
      source: 'observed',
      precisionMs: 1000,
      observedAt: 1,
      history: false,
    };
    await v6.table('events').add(event);
    v6.close();
    const db = new SidekickDatabase(name);
    open.push(db);
    expect(await db.settings.get('salt')).toBeUndefined();
    expect((await db.settings.get('preferences'))?.value).toEqual({ myName: 'Sam' });
    expect(await db.events.toArray()).toEqual([event]);
  });
});

describe('upgrading a v10 database', () => {
  it('keeps the teammates’ events and adds empty team tables (built at the first team figures)', async () => {
    const Dexie = (await import('dexie')).default;
    const name = `upgrade-${++n}`;
    const v10 = new Dexie(name);
    for (const step of MIGRATIONS.slice(0, 10)) v10.version(step.version).stores(step.stores);
    const thread = {
      contactKey: 'whatsapp:1',
      events: [
        {
          key: 'cd'.repeat(16),
          member: 'ben',
          platform: 'whatsapp',
          threadId: '1',
          contactKey: 'whatsapp:1',
          direction: 'in',
          at: 1,
          source: 'observed',
          precisionMs: 1000,
          history: false,
        },
      ],
    };
    await v10.table('teamThreads').add(thread);
    v10.close();
    const db = new SidekickDatabase(name);
    open.push(db);
    expect(await db.teamThreads.toArray()).toEqual([thread]);
    expect(await db.teamConversations.count()).toBe(0);
    expect(await db.teamDayPacks.where('[scope+day]').between(['team', 0], ['team', Infinity]).count()).toBe(0);
  });
});

describe('contacts and template uses', () => {
  it('logs uses per thread, newest first, and knows custom field names', async () => {
    const { saveContact, usesInThread, knownFieldNames, getContact } = await import('./contacts-store');
    const db = freshDb();
    const [a, b] = await listTemplates(db);
    await recordTemplateUse(db, a!.id, 'instagram:1', 100);
    await recordTemplateUse(db, b!.id, 'instagram:1', 200);
    await recordTemplateUse(db, b!.id, 'instagram:2', 300);
    expect((await usesInThread(db, 'instagram:1', 0)).map((u) => u.at)).toEqual([200, 100]);
    expect((await usesInThread(db, 'instagram:1', 150)).map((u) => u.at)).toEqual([200]);
    expect(await getContact(db, 'instagram:1', 'instagram')).toMatchObject({ firstNameOverride: '', tags: [], fields: {} });
    await saveContact(db, {
      key: 'instagram:1',
      platform: 'instagram',
      firstNameOverride: 'Janie',
      tags: ['vip'],
      notes: '',
      fields: { order_id: 'A1' },
    });
    expect(await getContact(db, 'instagram:1', 'instagram')).toMatchObject({
      firstNameOverride: 'Janie',
      fields: { order_id: 'A1' },
    });
    expect(await knownFieldNames(db)).toEqual(['order_id']);
  });
});

describe('the library limit', () => {
  it('refuses an import that would pass it, in words, adding nothing', async () => {
    const db = freshDb();
    const before = (await listTemplates(db)).length;
    const drafts = Array.from({ length: IMPORT_LIMITS.library - before + 1 }, (_, i) => ({
      title: `T${i}`,
      body: 'Hi',
      tags: [],
      kind: 'reply' as const,
    }));
    await expect(importTemplates(db, drafts)).rejects.toThrow(
      `Your library has ${before} templates; adding ${drafts.length.toLocaleString('en')} would pass the limit of 10,000. Delete some first, or import fewer.`,
    );
    expect(await db.templates.count()).toBe(before);
    await expect(importTemplates(db, drafts.slice(1))).resolves.toEqual({ added: IMPORT_LIMITS.library - before, updated: 0 });
  }, 30_000);
});
