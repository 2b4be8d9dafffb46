import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { SidekickDatabase } from '../db/database';
import { getPreferences, savePreferences } from '../db/settings-store';
import { importTemplates, listTemplates, recordTemplateUse } from '../db/templates-store';
import { messenger, REQUESTS, type ProtocolMap, type SenderKind } from '../messaging/protocol';
import { isDmHost } from '../platforms/urls';
import { parseTemplatesFile, toTemplatesFile } from '../templates/file-format';

interface SenderLike {
  id?: string;
  url?: string;
  tab?: { url?: string };
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

type Served = keyof typeof REQUESTS;
type Handler<K extends Served> = (data: Parameters<ProtocolMap[K]>[0]) => Promise<ReturnType<ProtocolMap[K]>>;

function serve<K extends Served>(name: K, handler: Handler<K>) {
  const rule = REQUESTS[name];
  messenger.onMessage(name, async (message) => {
    const self = { id: browser.runtime.id, base: browser.runtime.getURL('/') };
    const kind = senderKind(message.sender, self);
    if (!kind || !(rule.from as readonly SenderKind[]).includes(kind)) {
      throw new Error(`"${name}" is not accepted from this sender.`);
    }
    const parsed = v.safeParse(rule.data, message.data);
    if (!parsed.success) throw new Error(`"${name}" carried malformed data: ${parsed.issues[0]?.message ?? 'invalid'}`);
    return handler(parsed.output);
  });
}

/** Registers the background's answer to every request. Call synchronously at service-worker start. */
export function serveRequests(db: SidekickDatabase): void {
  serve('listTemplates', () => listTemplates(db));
  serve('exportTemplates', async () => toTemplatesFile(await listTemplates(db)));
  serve('recordTemplateUse', ({ id }) => recordTemplateUse(db, id));
  serve('getPreferences', () => getPreferences(db));
  serve('savePreferences', (change) => savePreferences(db, change));
  serve('importTemplatesFile', async ({ content }) => {
    const parsed = parseTemplatesFile(content);
    if (!parsed.ok) return parsed;
    const summary = await importTemplates(db, parsed.templates);
    return { ok: true, ...summary, notes: parsed.notes };
  });
}
