import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { getContact, knownFieldNames, saveContact, usesInThread } from '../db/contacts-store';
import type { SidekickDatabase } from '../db/database';
import { getPreferences, savePreferences } from '../db/settings-store';
import { deleteTemplate, importTemplates, listTemplates, recordTemplateUse, saveTemplate } from '../db/templates-store';
import { messenger, REQUESTS, type ProtocolMap, type SenderKind } from '../messaging/protocol';
import { isDmHost } from '../platforms/urls';
import { shortcutClashes, shortcutOwner } from '../templates/conflicts';
import { checkTemplateEntry, describeProblems, readTemplatesFile, toTemplatesFile } from '../templates/file-format';

interface SenderLike {
  id?: string;
  url?: string;
  tab?: { url?: string };
}

const DAY = 24 * 60 * 60 * 1000;

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
type Handler<K extends Served> = (data: v.InferOutput<(typeof REQUESTS)[K]['data']>) => Promise<ReturnType<ProtocolMap[K]>>;

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
  serve('recordTemplateUse', ({ id, contactKey }) => recordTemplateUse(db, id, contactKey));
  serve('deleteTemplate', ({ id }) => deleteTemplate(db, id));
  serve('saveTemplate', async ({ id, entry }) => {
    const checked = checkTemplateEntry(entry);
    if ('problems' in checked) return { ok: false, error: `Not saved: ${checked.problems.join('; ')}.` };
    const library = await listTemplates(db);
    const owner = shortcutOwner(checked.draft, id, library);
    if (owner)
      return { ok: false, error: `Not saved: the shortcut "/${checked.draft.shortcut}" is already used by "${owner.title}".` };
    const sameTitle = library.find((t) => t.title.toLowerCase() === checked.draft.title.toLowerCase() && t.id !== id);
    if (sameTitle) return { ok: false, error: `Not saved: another template is already called "${sameTitle.title}".` };
    return { ok: true, template: await saveTemplate(db, checked.draft, id) };
  });
  serve('importTemplatesFile', async ({ content, format, validOnly }) => {
    const read = readTemplatesFile(content, format);
    if (read.fatal !== undefined) return { ok: false, error: read.fatal, validCount: 0 };
    const clashes = shortcutClashes(read.templates, read.labels, await listTemplates(db));
    const problems = [...read.problems, ...clashes.problems];
    const valid = read.templates.filter((_, i) => !clashes.clashing.has(i));
    if (problems.length > 0 && !validOnly)
      return { ok: false, error: describeProblems(problems, valid.length), validCount: valid.length };
    const summary = await importTemplates(db, valid);
    return { ok: true, ...summary, skipped: read.rows - valid.length, notes: read.notes };
  });
  serve('getThreadContext', async ({ contactKey, platform }) => ({
    contact: await getContact(db, contactKey, platform),
    uses: await usesInThread(db, contactKey, Date.now() - 30 * DAY),
  }));
  serve('saveContact', (profile) => saveContact(db, profile));
  serve('listKnownFields', () => knownFieldNames(db));
  serve('getPreferences', () => getPreferences(db));
  serve('savePreferences', (change) => savePreferences(db, change));
}
