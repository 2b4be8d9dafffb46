import { describe, expect, it } from 'vitest';
import type { ContactProfile } from '../contacts/types';
import { contactDocId, profileOfDoc, sameProfile, toContactDoc } from './contact-docs';

const jane: ContactProfile = {
  key: 'instagram:1001',
  platform: 'instagram',
  displayName: 'Jane Doe',
  firstNameOverride: 'Janie',
  tags: ['vip'],
  notes: 'Prefers <b>pickup</b>',
  fields: { order_id: 'A-17' },
  updatedAt: 1_800_000_000_000,
};

describe('team contact documents', () => {
  it('round-trip a profile, saved by a member, under an id no key can escape', () => {
    const doc = toContactDoc(jane, 'ana');
    expect(doc._id).toBe('contact:instagram%3A1001');
    expect(doc.by).toBe('ana');
    expect(profileOfDoc(JSON.parse(JSON.stringify({ ...doc, _rev: '1-x' })))).toEqual(jane);
    expect(sameProfile(jane, { ...jane })).toBe(true);
    expect(sameProfile(jane, { ...jane, notes: 'x' })).toBe(false);
  });

  it('refuse what the seller could not have saved: an id that does not match its key, bad fields, oversized notes', () => {
    const doc = toContactDoc(jane, 'ana');
    expect(profileOfDoc({ ...doc, _id: contactDocId('instagram:2002') })).toBeNull();
    expect(profileOfDoc({ ...doc, key: 'nowhere', _id: contactDocId('nowhere') })).toBeNull();
    expect(profileOfDoc({ ...doc, fields: { 'Not A Name': 'x' } })).toBeNull();
    expect(profileOfDoc({ ...doc, notes: 'x'.repeat(5001) })).toBeNull();
    expect(profileOfDoc({ ...doc, extra: 1 })).toBeNull();
    expect(profileOfDoc({ ...doc, updatedAt: 'now' })).toBeNull();
    expect(profileOfDoc({ ...doc, type: 'template' })).toBeNull();
    expect(profileOfDoc(null)).toBeNull();
  });
});
