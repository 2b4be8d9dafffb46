import { describe, expect, it } from 'vitest';
import type { ContactProfile } from '../contacts/types';
import { valueMap } from '../templates/render';
import type { Template } from '../templates/types';
import { DAY_MS } from '../vocab/time';
import { planInsertion, rememberEntered } from './plan-insertion';

const NOW = Date.UTC(2026, 10, 27, 12);
const template = (body: string, kind: Template['kind'] = 'reply'): Template => ({
  id: 1,
  title: 'T',
  body,
  tags: [],
  kind,
  createdAt: 0,
  updatedAt: 0,
  useCount: 0,
});
const base = { values: valueMap([['first_name', 'Jane']]), uses: [], now: NOW, promoCooldownDays: 7, locale: 'en' };
const promoUse = (daysAgo: number) => ({ templateId: 2, contactKey: 'instagram:1', kind: 'promo', at: NOW - daysAgo * DAY_MS });

describe('planInsertion', () => {
  it('renders the reply with the contact’s values', () => {
    expect(planInsertion({ ...base, template: template('Hi {{first_name}}!') })).toEqual({ step: 'insert', text: 'Hi Jane!' });
  });

  it('asks before a second promo within the cool-down, and not after it or once confirmed', () => {
    const promo = template('Sale!', 'promo');
    expect(planInsertion({ ...base, template: promo, uses: [promoUse(2)] })).toEqual({
      step: 'confirm-promo',
      promoAt: NOW - 2 * DAY_MS,
    });
    expect(planInsertion({ ...base, template: promo, uses: [promoUse(8)] }).step).toBe('insert');
    expect(planInsertion({ ...base, template: promo, uses: [promoUse(2)], promoConfirmed: true }).step).toBe('insert');
    // Only promos are guarded.
    expect(planInsertion({ ...base, template: template('Thanks'), uses: [promoUse(1)] }).step).toBe('insert');
  });

  it('asks for values that have neither a value nor a fallback, then uses what was typed', () => {
    const t = template('Order {{order_id}} for {{first_name}} in {{city|your city}}');
    expect(planInsertion({ ...base, template: t })).toEqual({ step: 'fill-in', missing: ['order_id'] });
    expect(planInsertion({ ...base, template: t, entered: { order_id: 'A7' } })).toEqual({
      step: 'insert',
      text: 'Order A7 for Jane in your city',
    });
  });

  it('writes the date and weekday at the moment of insertion, in the template’s language, else the interface’s', () => {
    // Worked out when the chat opened, in another language: never what a reply inserted now says.
    const values = valueMap([
      ['first_name', 'Jane'],
      ['weekday', 'Monday'],
      ['date', 'November 23, 2026'],
    ]);
    const body = '{{weekday}}, {{date}}';
    const spanish = { ...template(body), language: 'es' };
    expect(planInsertion({ ...base, values, template: spanish })).toEqual({
      step: 'insert',
      text: 'viernes, 27 de noviembre de 2026',
    });
    expect(planInsertion({ ...base, values, locale: 'pt-BR', template: template(body) })).toEqual({
      step: 'insert',
      text: 'sexta-feira, 27 de novembro de 2026',
    });
    // Chrome's spelling of a tag is read; a language name that is no tag falls back to the interface's language.
    expect(planInsertion({ ...base, values, template: { ...template(body), language: 'pt_BR' } })).toMatchObject({
      text: 'sexta-feira, 27 de novembro de 2026',
    });
    expect(planInsertion({ ...base, values, template: { ...template(body), language: 'Spanish (Mexico)' } })).toMatchObject({
      text: 'Friday, November 27, 2026',
    });
    // Shaped like a tag, but no language Intl writes: the interface's language, not Intl's default.
    expect(
      planInsertion({ ...base, values, locale: 'pt-BR', template: { ...template(body), language: 'english' } }),
    ).toMatchObject({ text: 'sexta-feira, 27 de novembro de 2026' });
    // What the seller typed in the fill-in form still wins.
    expect(planInsertion({ ...base, values, template: spanish, entered: { weekday: 'mañana' } })).toMatchObject({
      text: 'mañana, 27 de noviembre de 2026',
    });
  });

  it('checks the promo guard before the missing values', () => {
    const t = template('Sale for {{order_id}}', 'promo');
    expect(planInsertion({ ...base, template: t, uses: [promoUse(1)] }).step).toBe('confirm-promo');
  });

  it('treats hostile variable names as data', () => {
    expect(planInsertion({ ...base, template: template('{{constructor}} {{__proto__}}') })).toEqual({
      step: 'fill-in',
      missing: ['constructor', '__proto__'],
    });
    expect(planInsertion({ ...base, template: template('{{constructor}}!'), entered: { constructor: '<b>x</b>' } })).toEqual({
      step: 'insert',
      text: '<b>x</b>!',
    });
  });
});

describe('rememberEntered', () => {
  const profile: ContactProfile = {
    key: 'instagram:1',
    platform: 'instagram',
    firstNameOverride: '',
    tags: [],
    notes: '',
    fields: { city: 'Porto' },
    updatedAt: 0,
  };

  it('keeps a typed first name and custom fields, never page or settings values', () => {
    expect(rememberEntered(profile, { first_name: ' Janie ', order_id: ' A7 ', date: 'today', my_name: 'Sam' })).toEqual({
      ...profile,
      firstNameOverride: 'Janie',
      fields: { city: 'Porto', order_id: 'A7' },
    });
  });
});
