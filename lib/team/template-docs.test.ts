import { describe, expect, it } from 'vitest';
import { checkTemplateEntry } from '../templates/file-format';
import type { Template } from '../templates/types';
import { draftFromDoc, sameContent, teamIdOf, templateDocId, toTemplateDoc } from './template-docs';

const template: Template & { teamId: string } = {
  id: 7,
  title: 'Pickup hours',
  body: 'Hi {{first_name}}! <b>9–17</b>',
  shortcut: 'pickup',
  tags: ['pickup'],
  kind: 'reply',
  platforms: ['instagram'],
  shared: true,
  createdAt: 1,
  updatedAt: 2,
  useCount: 41,
  lastUsedAt: 3,
  teamId: 'abc',
};

describe('team template documents', () => {
  it('carry the template and who saved it — never its use on this device', () => {
    const doc = toTemplateDoc(template, 'ana');
    expect(doc).toEqual({
      _id: 'template:abc',
      type: 'template',
      title: 'Pickup hours',
      body: 'Hi {{first_name}}! <b>9–17</b>',
      shortcut: 'pickup',
      tags: ['pickup'],
      kind: 'reply',
      platforms: ['instagram'],
      by: 'ana',
      updatedAt: 2,
    });
    expect(JSON.stringify(doc)).not.toMatch(/useCount|lastUsedAt|"id"/);
    expect(teamIdOf(templateDocId('abc'))).toBe('abc');
    expect(teamIdOf('event:x')).toBeNull();
  });

  it('round-trip through the import checks to the same content', () => {
    const doc = toTemplateDoc(template, 'ana');
    const checked = checkTemplateEntry(draftFromDoc(doc));
    expect('draft' in checked && checked.draft).toMatchObject({
      title: 'Pickup hours',
      shortcut: 'pickup',
      platforms: ['instagram'],
    });
    expect(sameContent(doc, template)).toBe(true);
    expect(sameContent({ ...doc, body: 'changed' }, template)).toBe(false);
    expect(sameContent({ ...doc, tags: ['pick', 'up'] }, { ...template, tags: ['pick up'] })).toBe(false);
  });

  it('a hostile document from the server is refused by the same checks as an import', () => {
    const hostile = { ...toTemplateDoc(template, 'x'), title: '', body: 'x'.repeat(20_000) };
    expect('problems' in checkTemplateEntry(draftFromDoc(hostile))).toBe(true);
  });
});
