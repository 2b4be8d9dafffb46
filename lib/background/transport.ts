import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { log } from '../log';
import type { AnswerOf, CheckedDataOf, SenderKind } from '../messaging/define';
import { REQUESTS } from '../messaging/messages';
import { messenger } from '../messaging/protocol';
import { isDmHost } from '../platforms/sites';

interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

/**
 * Who sent a message: an extension page, a content script on a supported DM site, or null for anything else
 * (another extension, a page on another host).
 */
export function senderKind(sender: SenderLike, self: { id: string; base: string }): SenderKind | null {
  if (sender.id !== self.id || !sender.url) return null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  // Compared by scheme and host: URL.origin is "null" for extension schemes outside the browser.
  const own = new URL(self.base);
  if (url.protocol === own.protocol && url.host === own.host) return 'page';
  if (sender.tab && isDmHost(url)) return 'content';
  return null;
}

/** Who asked: the tab, for a content script (the background pushes that tab's thread updates back to it). */
export interface Asker {
  tabId?: number;
}

type Requests = typeof REQUESTS;
export type RequestName = keyof Requests;
export type Handler<K extends RequestName> = (
  data: CheckedDataOf<Requests[K]>,
  from: Asker,
) => AnswerOf<Requests[K]> | Promise<AnswerOf<Requests[K]>>;
/** One handler per request: a request with no handler (or a handler with the wrong answer) does not compile. */
export type Handlers = { [K in RequestName]: Handler<K> };

/** Runs a handler; the background wraps each in its database guard (lib/db/storage-health.ts `withDatabase`). */
export type Around = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * Registers every request's handler behind the same checks: the sender must be one the definition allows, the
 * payload must match its schema. A refused request and a failing handler are logged (what and why, never the
 * payload) and answered with the error.
 */
export function serveRequests(handlers: Handlers, around: Around = (task) => task()): void {
  for (const name of Object.keys(REQUESTS) as RequestName[]) serveOne(name, handlers[name], around);
}

function serveOne<K extends RequestName>(name: K, handler: Handler<K>, around: Around) {
  const rule: Requests[K] = REQUESTS[name];
  const listen = messenger.onMessage as (
    name: K,
    listener: (message: { data: unknown; sender: SenderLike }) => Promise<unknown>,
  ) => void;
  listen(name, async (message) => {
    const kind = senderKind(message.sender, { id: browser.runtime.id, base: browser.runtime.getURL('/') });
    if (!kind || !rule.from.includes(kind)) {
      log.warn('background:requests', `refused "${name}" from ${kind ?? 'an unknown sender'}`);
      throw new Error(`"${name}" is not accepted from this sender.`);
    }
    const parsed = v.safeParse(rule.data, message.data);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      // The log names the failed check and where, never the value (a message can quote it).
      const where = issue?.path?.map((p) => String(p.key)).join('.') || 'payload';
      log.warn('background:requests', `"${name}" carried malformed data (${issue?.type ?? 'invalid'} check on ${where})`);
      throw new Error(`"${name}" carried malformed data: ${issue?.message ?? 'invalid'}`);
    }
    try {
      return await around(async () => handler(parsed.output as CheckedDataOf<Requests[K]>, { tabId: message.sender.tab?.id }));
    } catch (e) {
      log.error('background:requests', `"${name}" failed`, e);
      throw e;
    }
  });
}
