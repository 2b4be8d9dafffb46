import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { builtCatalogue } from '../i18n/test-catalogue';
import { useMessages } from '../i18n/t';
import { SidekickDatabase } from './database';
import { isQuotaError, NotEnoughSpaceError, spaceProblem, withDatabase } from './storage-health';

const open: SidekickDatabase[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('withDatabase', () => {
  it('opens a database that a failure closed and runs the task again: no worker restart needed', async () => {
    const db = new SidekickDatabase(`health-${Math.random()}`);
    open.push(db);
    const before = await db.templates.count();
    db.close();
    await expect(db.templates.count()).rejects.toThrow(/closed/i);
    expect(await withDatabase(db, () => db.templates.count())).toBe(before);
  });
  it('says "not enough space" in words for a quota error, however it is wrapped', async () => {
    const db = new SidekickDatabase(`health-${Math.random()}`);
    open.push(db);
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const wrapped = Object.assign(new Error('AbortError'), { name: 'AbortError', inner: quota });
    for (const e of [quota, wrapped]) {
      expect(isQuotaError(e)).toBe(true);
      await expect(withDatabase(db, () => Promise.reject(e))).rejects.toThrow(NotEnoughSpaceError);
    }
    await expect(withDatabase(db, () => Promise.reject(quota))).rejects.toThrow(
      'Not enough space on this device to save this. Free some disk space, then try again — nothing was lost.',
    );
    await expect(withDatabase(db, () => Promise.reject(new TypeError('a bug')))).rejects.toThrow('a bug');
  });
});

describe('spaceProblem', () => {
  it('in the chosen language, with the sizes written as the language writes numbers', async () => {
    useMessages(builtCatalogue('es'), 'es');
    const problem = await spaceProblem(1024 * 1024, () => Promise.resolve({ quota: 1.5 * 1024 * 1024, usage: 0 }));
    useMessages(builtCatalogue('en'), 'en');
    expect(problem).toBe(
      'No hay espacio suficiente en este dispositivo para esta importación: necesita unos 4,0 MB y hay 1,5 MB libres. Libera espacio en el disco y vuelve a intentarlo. No se importó nada.',
    );
  });

  it('asks for room before a big import and says how much is missing', async () => {
    expect(await spaceProblem(1024 * 1024, () => Promise.resolve({ quota: 100 * 1024 * 1024, usage: 0 }))).toBeNull();
    expect(
      await spaceProblem(10 * 1024 * 1024, () => Promise.resolve({ quota: 20 * 1024 * 1024, usage: 15 * 1024 * 1024 })),
    ).toBe(
      'Not enough space on this device for this import: it needs about 40.0 MB and 5.0 MB is free. Free some disk space, then try again. Nothing was imported.',
    );
    // No estimate available: the import goes ahead (the write itself will still report a full disk in words).
    expect(await spaceProblem(1, () => Promise.reject(new Error('no storage manager')))).toBeNull();
  });
});
