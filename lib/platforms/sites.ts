/**
 * The site registry: the only list of supported DM sites. Types, the content script's matches, the protocol's
 * picklists and contact-key pattern, template "sites" options, thread links, dashboard and feedback filters, the
 * options page and the e2e fixture hosts all derive from it. Adding a site = its folder lib/platforms/<id>/ and one
 * line below (docs/adding-a-site.md; `npm run new-site -- <id>` writes both).
 */
import { instagram } from './instagram';
import { messenger } from './messenger';
import { whatsapp } from './whatsapp';
import { x } from './x';
import { linkedin } from './linkedin';
import { alibaba } from './alibaba';
import { businessSuite } from './business-suite';
import { siteMatches, type SiteDefinition } from './types';

export const SITES = [instagram, messenger, whatsapp, x, linkedin, alibaba, businessSuite] as const;

export type Site = (typeof SITES)[number];
export type PlatformId = Site['id'];

/** Every site id, for picklists (valibot needs a non-empty tuple). */
export const PLATFORM_IDS = SITES.map((s) => s.id) as [PlatformId, ...PlatformId[]];

export function isPlatformId(value: unknown): value is PlatformId {
  return (PLATFORM_IDS as readonly unknown[]).includes(value);
}

export function siteById(id: PlatformId): SiteDefinition<PlatformId> {
  return SITES.find((s) => s.id === id)!;
}

/** The site a page belongs to by its host (whatever its path), or null on an unsupported host or scheme. */
export function siteForUrl(url: URL): SiteDefinition<PlatformId> | null {
  if (url.protocol !== 'https:') return null;
  return SITES.find((s) => s.hosts.includes(url.hostname)) ?? null;
}

/** True when the host is one the content script runs on. */
export function isDmHost(url: URL): boolean {
  return siteForUrl(url) !== null;
}

/** Match patterns of every supported DM site (the content script's `matches`). */
export const DM_MATCHES: string[] = SITES.flatMap(siteMatches);

/** A contact key is `<site id>:<thread id>`: one DM thread is one contact (built and read in lib/vocab/contact-key.ts). */
export const CONTACT_KEY = new RegExp(`^(${PLATFORM_IDS.join('|')}):[^\\s]{1,200}$`);

/** The site's name as users say it ("Instagram"); the id itself for an unknown one. */
export function siteLabel(id: string): string {
  return isPlatformId(id) ? siteById(id).label : id;
}

/** "Instagram and Messenger", "Instagram, Messenger and X": the supported sites in words, in `locale`. */
export function siteList(locale: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(SITES.map((s) => s.label));
}
