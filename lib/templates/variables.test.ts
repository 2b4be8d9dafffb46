import { describe, expect, it } from 'vitest';
import { renderTemplate } from './render';
import { missingVariables, templateValues, unknownVariables, variableLabel } from './variables';

const base = {
  displayName: 'Dr. Jane Doe 🌸',
  handle: 'jane.doe_shop',
  platformLabel: 'Instagram',
  now: new Date('2026-11-26T14:05:00Z'),
  locale: 'en-US',
  timeZone: 'UTC',
};

describe('templateValues', () => {
  it('fills every standard variable', () => {
    const v = templateValues({ ...base, myName: 'Sam', business: 'Linen & Co' });
    expect(v).toMatchObject({
      first_name: 'Jane',
      last_name: 'Doe',
      name: 'Jane Doe',
      handle: '@jane.doe_shop',
      platform: 'Instagram',
      my_name: 'Sam',
      business: 'Linen & Co',
      date: 'November 26, 2026',
      time: '2:05 PM',
      weekday: 'Thursday',
    });
  });
  it('lets the profile override the first name', () => {
    expect(templateValues({ ...base, firstNameOverride: ' Janie ' }).first_name).toBe('Janie');
    expect(templateValues({ ...base, firstNameOverride: '  ' }).first_name).toBe('Jane');
  });
  it('includes custom contact fields, standard names winning', () => {
    const v = templateValues({ ...base, fields: { order_id: 'A-1001', first_name: 'Nope' } });
    expect(v.order_id).toBe('A-1001');
    expect(v.first_name).toBe('Jane');
  });
  it('leaves out what it does not know', () => {
    const v = templateValues({ ...base, displayName: null, handle: null });
    expect(v.first_name).toBeUndefined();
    expect(v.my_name).toBeUndefined();
    expect(v.handle).toBeUndefined();
  });
  it('uses the time zone for date, time and weekday', () => {
    const v = templateValues({ ...base, now: new Date('2026-11-26T23:30:00Z'), timeZone: 'Asia/Tokyo' });
    expect(v.weekday).toBe('Friday');
  });
  it('renders end to end', () => {
    const v = templateValues({ ...base, fields: { order_id: 'A-7' } });
    expect(renderTemplate('Hi {{ first_name }}, order {{order_id}} ships {{weekday}}. — {{my_name|The team}}', v)).toBe(
      'Hi Jane, order A-7 ships Thursday. — The team',
    );
  });
});

describe('missingVariables', () => {
  it('lists placeholders with no value and no fallback, once each', () => {
    expect(
      missingVariables('{{first_name}} {{order_id}} {{city|your city}} {{order_id}} {{x|}}', { first_name: 'Jane' }),
    ).toEqual(['order_id', 'x']);
  });
  it('treats blank values as missing', () => {
    expect(missingVariables('{{a}}', { a: '  ' })).toEqual(['a']);
  });
});

describe('unknownVariables', () => {
  it('flags names that are neither standard nor known custom fields', () => {
    expect(unknownVariables('{{first_name}} {{frist_name}} {{order_id}}', ['order_id'])).toEqual(['frist_name']);
  });
});

describe('variableLabel', () => {
  it('reads like a form label', () => {
    expect(variableLabel('order_id')).toBe('Order id');
  });
});
