// One small logger for every extension context. It keeps what went wrong, never what the seller or the customer
// wrote: a caller passes a scope and a reason it wrote itself, and an error is kept as its name and message only.

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface LogEntry {
  /** Milliseconds since the epoch. */
  time: number;
  level: LogLevel;
  /** Which part of the extension wrote it ("options", "dashboard", "background:fold"). */
  scope: string;
  /** The reason, in the caller's own words. */
  message: string;
  /** For an error: its name and message, cut to DETAIL_LIMIT characters. */
  detail?: string;
}

/** Entries kept per context; older ones are dropped. */
export const LOG_LIMIT = 500;
/** Longest `detail` kept. */
export const DETAIL_LIMIT = 300;
/** Longest reason kept (reasons are short sentences; a longer one is a mistake, not a reason to keep more). */
export const MESSAGE_LIMIT = 200;
/** Longest scope kept. */
export const SCOPE_LIMIT = 60;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * What a log keeps of a thrown value: an Error's name and message (cut to DETAIL_LIMIT), or only the kind of a value
 * that is not an Error (a thrown string or object may carry page text).
 */
export function describeError(e: unknown): string {
  if (e instanceof Error || (e && typeof e === 'object' && 'message' in e && typeof e.message === 'string')) {
    const err = e as { name?: unknown; message: string };
    const name = typeof err.name === 'string' && err.name ? err.name : 'Error';
    return clip(`${name}: ${err.message}`, DETAIL_LIMIT);
  }
  return `a thrown ${e === null ? 'null' : typeof e}`;
}

/** A bounded ring buffer: pushing past `limit` drops the oldest entry; `items()` is oldest first. */
export class RingBuffer<T> {
  private readonly slots: (T | undefined)[];
  private next = 0;
  private size = 0;

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError('a ring buffer holds at least one item');
    this.slots = new Array<T | undefined>(limit);
  }

  push(item: T): void {
    this.slots[this.next] = item;
    this.next = (this.next + 1) % this.limit;
    this.size = Math.min(this.size + 1, this.limit);
  }

  /** Oldest first. */
  items(): T[] {
    const start = (this.next - this.size + this.limit) % this.limit;
    return Array.from({ length: this.size }, (_, i) => this.slots[(start + i) % this.limit] as T);
  }

  get length(): number {
    return this.size;
  }
}

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

/** An entry read back from storage, held to the same limits as a new one; anything else is dropped. */
function checked(raw: unknown): LogEntry[] {
  if (!raw || typeof raw !== 'object') return [];
  const e = raw as Record<string, unknown>;
  if (typeof e.time !== 'number' || !LEVELS.includes(e.level as LogLevel)) return [];
  if (typeof e.scope !== 'string' || typeof e.message !== 'string') return [];
  const entry: LogEntry = {
    time: e.time,
    level: e.level as LogLevel,
    scope: clip(e.scope, SCOPE_LIMIT),
    message: clip(e.message, MESSAGE_LIMIT),
  };
  if (typeof e.detail === 'string') entry.detail = clip(e.detail, DETAIL_LIMIT);
  return [entry];
}

type Write = (scope: string, message: string, error?: unknown) => void;

export interface Logger {
  debug: Write;
  info: Write;
  warn: Write;
  error: Write;
  /** This context's entries, oldest first. */
  entries(): LogEntry[];
  /** Puts entries kept elsewhere (an earlier service worker's) before this context's own, within the limit. */
  restore(earlier: readonly unknown[]): void;
  /** Called after every entry (the background persists its log this way). */
  onEntry(listener: (entry: LogEntry) => void): void;
}

interface LoggerOptions {
  limit?: number;
  now?: () => number;
  /** Where entries are echoed; null for none. */
  console?: Pick<Console, LogLevel> | null;
}

/** A logger with its own ring buffer that also writes each entry to the console. */
export function createLogger({ limit = LOG_LIMIT, now = Date.now, console: out = console }: LoggerOptions = {}): Logger {
  let buffer = new RingBuffer<LogEntry>(limit);
  const listeners: ((entry: LogEntry) => void)[] = [];
  const write =
    (level: LogLevel): Write =>
    (scope, message, error) => {
      const entry: LogEntry = { time: now(), level, scope: clip(scope, SCOPE_LIMIT), message: clip(message, MESSAGE_LIMIT) };
      if (error !== undefined) entry.detail = describeError(error);
      buffer.push(entry);
      out?.[level](`DM Sidekick [${entry.scope}] ${entry.message}${entry.detail ? ` — ${entry.detail}` : ''}`);
      for (const listener of listeners) listener(entry);
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    entries: () => buffer.items(),
    restore(earlier) {
      const merged = new RingBuffer<LogEntry>(limit);
      for (const entry of [...earlier.flatMap(checked), ...buffer.items()]) merged.push(entry);
      buffer = merged;
    },
    onEntry: (listener) => void listeners.push(listener),
  };
}

/** This extension context's logger (each page, the content script and the service worker have their own). */
export const log = createLogger();
