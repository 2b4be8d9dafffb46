import type { TemplateUse } from '../contacts/types';
import type { PlatformId } from '../platforms/sites';
import type { Direction } from '../platforms/types';
import type { Template } from '../templates/types';
import { foldText } from '../vocab/fold';
import { DAY_MS } from '../vocab/time';
import { intentsOf } from './intents';

const STOPWORDS = new Set(
  'this that with have from your about what when where which there their would could should please thanks hello there just como para pero esta esto tiene'.split(
    ' ',
  ),
);

export interface SuggestInput {
  templates: readonly Template[];
  platform: PlatformId;
  /** The customer's latest visible message, read from the page and kept in memory only. */
  latestIncoming: string | null;
  lastFrom: Direction | null;
  /** Outgoing rows visible in the thread. */
  outgoingCount: number;
  contactTags: readonly string[];
  /** Template insertions in this thread, newest first. */
  uses: readonly TemplateUse[];
  now: number;
  promoCooldownDays: number;
}

/** Why a reply is suggested; the sidebar says it in words ("asks about shipping", "new customer"). */
export type Reason =
  | { kind: 'intent'; intent: string }
  | { kind: 'mentions'; word: string }
  | { kind: 'new-customer' }
  | { kind: 'no-reply'; ms: number }
  | { kind: 'tag'; tag: string }
  | { kind: 'promo-sent'; ms: number };

export interface Suggestion {
  template: Template;
  score: number;
  reason: Reason;
  /** When a promo went to this contact within the cooldown: inserting another asks first. */
  recentPromoAt?: number;
}

/** When a promo template was last inserted for this contact, if within the cooldown. */
export function recentPromo(uses: readonly TemplateUse[], now: number, cooldownDays: number): number | undefined {
  const last = uses.find((u) => u.kind === 'promo');
  return last && now - last.at < cooldownDays * DAY_MS ? last.at : undefined;
}

function has(template: Template, words: readonly string[], where: 'tags' | 'title' | 'body'): boolean {
  if (where === 'tags') return template.tags.some((tag) => words.some((w) => foldText(tag).startsWith(w)));
  const text = foldText(where === 'title' ? template.title : template.body);
  return words.some((w) => new RegExp(`\\b${w}`).test(text));
}

/**
 * Ranks templates for this moment in the conversation: what the customer's latest message asks (price, shipping,
 * size, a problem, thanks…), where the conversation is (first contact → greeting; thanks → review or survey; the
 * seller wrote last a day or more ago → follow-up), the contact's tags and the seller's own usage. A promo sent to
 * this contact within the cooldown is demoted and flagged. Returns the best `limit`, each with its reason.
 */
export function suggestTemplates(input: SuggestInput, limit = 3): Suggestion[] {
  const intents = input.latestIncoming && input.lastFrom !== 'out' ? intentsOf(input.latestIncoming) : [];
  const messageWords = new Set(
    foldText(input.latestIncoming ?? '')
      .match(/\p{L}{4,}/gu)
      ?.filter((w) => !STOPWORDS.has(w)) ?? [],
  );
  const firstContact = input.outgoingCount === 0 && input.uses.length === 0 && input.lastFrom === 'in';
  const lastUse = input.uses[0];
  const silence = input.lastFrom === 'out' && lastUse ? input.now - lastUse.at : 0;
  const promoAt = recentPromo(input.uses, input.now, input.promoCooldownDays);
  const contactTags = new Set(input.contactTags.map(foldText));

  const out: Suggestion[] = [];
  for (const template of input.templates) {
    if (template.platforms?.length && !template.platforms.includes(input.platform)) continue;
    let score = 0;
    const reasons: [number, Reason][] = [];
    const add = (points: number, reason: Reason) => {
      score += points;
      reasons.push([points, reason]);
    };
    for (const intent of intents) {
      const points = has(template, intent.answers, 'tags')
        ? 5
        : has(template, intent.answers, 'title')
          ? 4
          : has(template, intent.answers, 'body')
            ? 1.5
            : 0;
      if (points) add(points, { kind: 'intent', intent: intent.id });
    }
    const titleWords = new Set(foldText(`${template.title} ${template.tags.join(' ')}`).match(/\p{L}{4,}/gu) ?? []);
    const shared = [...messageWords].filter((w) => titleWords.has(w));
    if (shared.length) add(Math.min(3, shared.length), { kind: 'mentions', word: shared[0]! });
    if (firstContact && template.kind === 'greeting') add(4, { kind: 'new-customer' });
    if (silence >= DAY_MS && template.kind === 'follow-up' && !template.tags.includes('review'))
      add(4, { kind: 'no-reply', ms: silence });
    const tag = template.tags.find((t) => contactTags.has(foldText(t)));
    if (tag) add(2, { kind: 'tag', tag });
    if (score === 0) continue;
    score += Math.min(1, Math.log10(1 + template.useCount) / 2);
    const suggestion: Suggestion = { template, score, reason: reasons.sort((a, b) => b[0] - a[0])[0]![1] };
    if (template.kind === 'promo' && promoAt !== undefined) {
      suggestion.score *= 0.1;
      suggestion.recentPromoAt = promoAt;
      suggestion.reason = { kind: 'promo-sent', ms: input.now - promoAt };
    }
    out.push(suggestion);
  }
  return out.sort((a, b) => b.score - a.score || b.template.useCount - a.template.useCount).slice(0, limit);
}
