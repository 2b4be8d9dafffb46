/** WhatsApp Web: one URL for every chat (`https://web.whatsapp.com/`), plus `/send?phone=<number>` deep links. */
export const WHATSAPP_HOSTS = ['web.whatsapp.com'];

/** Every page of WhatsApp Web is its chat app (which chat is open is the page's state, not its URL). */
export function isWhatsAppDmArea(url: URL): boolean {
  return WHATSAPP_HOSTS.includes(url.hostname);
}

/**
 * A link back to a thread: a one-to-one chat's deep link by its phone number; other chats (groups, `@lid` ids, a
 * chat known only by its header) have none, so the app's start page.
 */
export function whatsappThreadUrl(threadId: string): string {
  const phone = /^(\d{5,15})@c\.us$/.exec(threadId)?.[1];
  return phone ? `https://web.whatsapp.com/send?phone=${phone}` : 'https://web.whatsapp.com/';
}

/** The chat jid inside a message's `data-id` (`true_<jid>_<msgid>`, `false_<jid>_<msgid>[_<participant>]`). */
export function jidOfMessageId(dataId: string | null | undefined): string | null {
  return /^(?:true|false)_([^_\s@]+@[a-z.]+)_/.exec(dataId ?? '')?.[1] ?? null;
}

/**
 * A chat with no message rendered yet is known by its header: an unsaved contact's header is their phone number
 * (the same jid its rows will carry); any other title gives a `name:` id (no spaces: contact keys have none).
 */
export function threadIdFromTitle(title: string | null): string | null {
  if (!title) return null;
  const digits = title.replace(/[\s()+.-]/g, '');
  if (/^\+?[\d\s().-]+$/.test(title) && /^\d{7,15}$/.test(digits)) return `${digits}@c.us`;
  return `name:${title.replace(/\s+/g, '_').slice(0, 120)}`;
}
