import { formatNumber, t } from '../i18n/words';
import { log } from '../log';
import type { SidekickDatabase } from './database';

/** A write the device has no room for, in words the seller can act on. */
export class NotEnoughSpaceError extends Error {
  constructor() {
    super(t('saveProblem.noSpace'));
    this.name = 'NotEnoughSpaceError';
  }
}

const names = (e: unknown): string[] => {
  const out: string[] = [];
  for (let x: unknown = e, depth = 0; x && typeof x === 'object' && depth < 4; depth++) {
    const err = x as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof err.name === 'string') out.push(err.name);
    x = err.inner ?? err.cause;
  }
  return out;
};

/** True for the errors a full disk or an exceeded quota raises (Dexie wraps them; the cause is inside). */
export function isQuotaError(e: unknown): boolean {
  return names(e).some((n) => n === 'QuotaExceededError');
}

/** True for the errors after which the open database handle is unusable until it is opened again. */
export function isClosedError(e: unknown): boolean {
  return names(e).some((n) => ['DatabaseClosedError', 'InvalidStateError', 'UnknownError', 'AbortError'].includes(n));
}

/**
 * Runs a database task so that one failure never leaves the background broken: a quota error becomes words
 * ("Not enough space…"); a handle closed by a failure is opened again and the task tried once more, so the service
 * worker works again as soon as space returns, without a restart.
 */
export async function withDatabase<T>(db: SidekickDatabase, task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (e) {
    if (isQuotaError(e)) throw new NotEnoughSpaceError();
    if (!isClosedError(e)) throw e;
    log.warn('background:db', 'the database failed; opening it again', e);
    db.close();
    await db.open();
    try {
      return await task();
    } catch (again) {
      if (isQuotaError(again)) throw new NotEnoughSpaceError();
      throw again;
    }
  }
}

/**
 * Room left for a write of about `bytes` (IndexedDB keeps several copies while it writes: asked with a margin).
 * Resolves with null when there is room, or the problem in words.
 */
export async function spaceProblem(
  bytes: number,
  estimate: () => Promise<StorageEstimate> = () => navigator.storage.estimate(),
): Promise<string | null> {
  let free: number;
  try {
    const { quota, usage } = await estimate();
    if (quota === undefined || usage === undefined) return null;
    free = quota - usage;
  } catch (e) {
    log.warn('background:db', 'could not ask how much space is left', e);
    return null;
  }
  const needed = bytes * 4;
  if (free >= needed) return null;
  const mb = (n: number) => formatNumber(Math.max(0.1, n / 1024 / 1024), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return t('saveProblem.noSpaceForImport', { needed: mb(needed), free: mb(free) });
}
