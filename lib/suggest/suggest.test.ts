import { describe, expect, it } from 'vitest';
import type { TemplateUse } from '../contacts/types';
import { STARTER_PACK } from '../templates/starter-pack';
import type { Template } from '../templates/types';
import { intentsOf } from './intents';
import { recentPromo, suggestTemplates, type SuggestInput } from './suggest';
import { DAY_MS as DAY } from '../vocab/time';

const NOW = Date.UTC(2026, 10, 26, 12);
const templates: Template[] = STARTER_PACK.map((t, i) => ({
  ...t,
  tags: [...t.tags],
  id: i + 1,
  createdAt: 0,
  updatedAt: 0,
  useCount: 0,
}));
const byTitle = (title: string) => templates.find((t) => t.title === title)!;
const use = (title: string, at: number): TemplateUse => ({
  templateId: byTitle(title).id,
  contactKey: 'instagram:1',
  kind: byTitle(title).kind,
  at,
});

const base: SuggestInput = {
  templates,
  platform: 'instagram',
  latestIncoming: null,
  lastFrom: null,
  outgoingCount: 3,
  contactTags: [],
  uses: [],
  now: NOW,
  promoCooldownDays: 7,
};
const suggest = (over: Partial<SuggestInput>) => suggestTemplates({ ...base, ...over });
const titles = (over: Partial<SuggestInput>) => suggest(over).map((s) => s.template.title);

describe('intentsOf', () => {
  it.each([
    ['How long does shipping take?', ['shipping']],
    ['¿Cuánto cuesta el envío a Madrid?', ['price', 'shipping']],
    ['Quanto custa? Tem frete?', ['price', 'shipping']],
    ['Do you have it in size M?', ['size']],
    ['It arrived broken 😞', ['complaint']],
    ['Thank you so much!', ['thanks']],
    ['Obrigada ❤️', ['thanks']],
    ['Is the black one still available?', ['availability']],
    ['Can I pay with PayPal?', ['payment']],
    ['See you!', []],
    ['Thanks! How long does shipping take? 🙏', ['shipping']],
    ['I need it before Friday 🙏', []],
  ])('%s → %j', (message, ids) => {
    expect(intentsOf(message).map((i) => i.id)).toEqual(ids);
  });
});

describe('suggestTemplates', () => {
  it('proposes the shipping reply when the customer asks about shipping, with its reason', () => {
    const [first] = suggest({ latestIncoming: 'Hi! How long does delivery take to Lisbon?', lastFrom: 'in' });
    expect(first).toMatchObject({ template: { title: 'Shipping time' }, reason: { kind: 'intent', intent: 'shipping' } });
  });
  it('answers Spanish and Portuguese questions too', () => {
    expect(titles({ latestIncoming: '¿Cuál es el precio?', lastFrom: 'in' })[0]).toBe('Price question');
    expect(titles({ latestIncoming: 'Chegou quebrado, quero reembolso', lastFrom: 'in' })[0]).toBe('Resolving a complaint');
  });
  it('greets a new customer', () => {
    const [first] = suggest({ latestIncoming: 'hey', lastFrom: 'in', outgoingCount: 0 });
    expect(first).toMatchObject({ template: { title: 'Greeting' }, reason: { kind: 'new-customer' } });
  });
  it('does not treat a known thread as first contact', () => {
    expect(titles({ latestIncoming: 'hey', lastFrom: 'in', outgoingCount: 2 })).not.toContain('Greeting');
  });
  it('proposes a review request or survey after thanks', () => {
    const result = suggest({ latestIncoming: 'Got it, thank you!!', lastFrom: 'in' });
    expect(result.map((s) => s.template.title).sort()).toEqual(['Review request', 'Satisfaction survey']);
    expect(result[0]!.reason).toEqual({ kind: 'intent', intent: 'thanks' });
  });
  it('proposes a follow-up after a long silence from the customer', () => {
    const [first] = suggest({ latestIncoming: 'How much?', lastFrom: 'out', uses: [use('Price question', NOW - 3 * DAY)] });
    expect(first).toMatchObject({ template: { title: 'Follow-up' }, reason: { kind: 'no-reply', ms: 3 * DAY } });
  });
  it('does not suggest a follow-up when the customer wrote last', () => {
    expect(titles({ latestIncoming: 'ok', lastFrom: 'in', uses: [use('Price question', NOW - 3 * DAY)] })).not.toContain(
      'Follow-up',
    );
  });
  it('uses the contact’s tags', () => {
    const [first] = suggest({ latestIncoming: 'ok', lastFrom: 'in', contactTags: ['Sale'] });
    expect(first).toMatchObject({ template: { title: 'Promotion' }, reason: { kind: 'tag', tag: 'sale' } });
  });
  it('demotes and flags a promo sent within the cooldown', () => {
    const recent = suggest({
      latestIncoming: 'ok',
      lastFrom: 'in',
      contactTags: ['sale'],
      uses: [use('Promotion', NOW - 2 * DAY)],
    });
    const promo = recent.find((s) => s.template.title === 'Promotion');
    expect(promo).toMatchObject({ recentPromoAt: NOW - 2 * DAY, reason: { kind: 'promo-sent', ms: 2 * DAY } });
    const fresh = suggest({
      latestIncoming: 'ok',
      lastFrom: 'in',
      contactTags: ['sale'],
      uses: [use('Promotion', NOW - 8 * DAY)],
    });
    expect(fresh[0]).toMatchObject({ template: { title: 'Promotion' } });
    expect(fresh[0]!.recentPromoAt).toBeUndefined();
    expect(promo!.score).toBeLessThan(fresh[0]!.score);
  });
  it('respects a template’s platforms', () => {
    const onlyMessenger = templates.map((t) => (t.title === 'Shipping time' ? { ...t, platforms: ['messenger'] } : t));
    expect(titles({ templates: onlyMessenger, latestIncoming: 'shipping?', lastFrom: 'in' })).not.toContain('Shipping time');
  });
  it('suggests nothing without a reason', () => {
    expect(suggest({ latestIncoming: 'ok', lastFrom: 'in' })).toEqual([]);
  });
  it('breaks ties by the seller’s own usage', () => {
    const used = templates.map((t) => (t.title === 'Satisfaction survey' ? { ...t, useCount: 50 } : t));
    expect(titles({ templates: used, latestIncoming: 'thanks', lastFrom: 'in' })[0]).toBe('Satisfaction survey');
  });
  it('gives at most three', () => {
    expect(suggest({ latestIncoming: 'price shipping size refund thanks', lastFrom: 'in' }).length).toBeLessThanOrEqual(3);
  });
});

describe('recentPromo', () => {
  it('finds the latest promo within the cooldown', () => {
    expect(recentPromo([use('Greeting', NOW - DAY), use('Promotion', NOW - 6 * DAY)], NOW, 7)).toBe(NOW - 6 * DAY);
    expect(recentPromo([use('Promotion', NOW - 6 * DAY)], NOW, 5)).toBeUndefined();
  });
});
