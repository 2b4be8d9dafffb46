import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { STARTER_PACK } from '../templates/starter-pack';
import { SidekickDatabase } from './database';
import { MIGRATIONS } from './migrations';
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
  it('v1 has the templates and settings tables', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(MIGRATIONS.length);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['settings', 'templates']);
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
    await recordTemplateUse(db, ship.id, 1000);
    await recordTemplateUse(db, ship.id, 2000);
    const [first] = await listTemplates(db);
    expect(first).toMatchObject({ title: 'Shipping time', useCount: 2, lastUsedAt: 2000 });
  });
});

describe('preferences', () => {
  it('default to an open sidebar and remember a change', async () => {
    const { getPreferences, savePreferences } = await import('./settings-store');
    const db = freshDb();
    expect(await getPreferences(db)).toEqual({ sidebarCollapsed: false });
    expect(await savePreferences(db, { sidebarCollapsed: true })).toEqual({ sidebarCollapsed: true });
    expect(await getPreferences(db)).toEqual({ sidebarCollapsed: true });
  });
});
