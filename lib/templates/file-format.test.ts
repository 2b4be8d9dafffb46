import { describe, expect, it } from 'vitest';
import { parseTemplatesFile, toTemplatesFile } from './file-format';
import { STARTER_PACK } from './starter-pack';

const file = (templates: unknown) => JSON.stringify({ templates });

function error(content: string): string {
  const result = parseTemplatesFile(content);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.error;
}

describe('parseTemplatesFile', () => {
  it('reads the documented format', () => {
    const result = parseTemplatesFile(
      file([{ title: 'Shipping time', body: 'Hi {{first_name|there}}! …', shortcut: 'ship', tags: ['shipping'], kind: 'reply' }]),
    );
    expect(result).toEqual({
      ok: true,
      notes: [],
      templates: [
        { title: 'Shipping time', body: 'Hi {{first_name|there}}! …', shortcut: 'ship', tags: ['shipping'], kind: 'reply' },
      ],
    });
  });

  it('fills defaults and normalises: kind reply, tags from a comma list, shortcut without "/" in lower case', () => {
    const result = parseTemplatesFile(
      file([{ title: '  Hello ', body: 'Hi', shortcut: '/Hello', tags: ' Welcome, hi ,welcome' }]),
    );
    expect(result.ok && result.templates[0]).toEqual({
      title: 'Hello',
      body: 'Hi',
      shortcut: 'hello',
      tags: ['welcome', 'hi'],
      kind: 'reply',
    });
  });

  it('keeps unknown fields (never fatal) but not prototype keys', () => {
    const result = parseTemplatesFile(
      '{"templates":[{"title":"A","body":"b","color":"red","meta":{"x":1},"__proto__":{"evil":1}}]}',
    );
    expect(result.ok && result.templates[0]!.extra).toEqual({ color: 'red', meta: { x: 1 } });
    expect(({} as Record<string, unknown>).evil).toBeUndefined();
  });

  it('accepts survey templates with their scale, and notes a survey without one', () => {
    const result = parseTemplatesFile(
      file([
        { title: 'CSAT', body: 'Rate us 1-5', kind: 'survey', survey: 'csat' },
        { title: 'Ask', body: 'Thoughts?', kind: 'survey' },
      ]),
    );
    expect(result.ok && result.templates.map((t) => t.survey)).toEqual(['csat', 'text']);
    expect(result.ok && result.notes[0]).toMatch(/Template 2 \("Ask"\): survey without a "survey" scale/);
  });

  it('reads a bare list with a note, and a UTF-8 byte-order mark', () => {
    const result = parseTemplatesFile('\uFEFF' + JSON.stringify([{ title: 'A', body: 'b' }]));
    expect(result.ok && result.notes).toEqual(['The file is a bare list; read it as {"templates": [...]}.']);
  });

  it.each([
    ['not JSON', '{"templates": [', /^The file is not valid JSON/],
    ['a number', '42', /Expected \{"templates": \[ … \]\} but the file holds a number/],
    ['no templates key', '{"items": []}', /no "templates" list/],
    ['templates not a list', '{"templates": {"a": 1}}', /"templates" must be a list, but it is a object/],
    ['empty list', '{"templates": []}', /no templates in it/],
    ['an entry that is not an object', file(['hello']), /Template 1: must be an object with a title and a body, but it is text/],
    ['missing title', file([{ body: 'x' }]), /Template 1: "title" is missing/],
    ['empty body', file([{ title: 'T', body: '   ' }]), /Template 1 \("T"\): "body" must not be empty/],
    ['numeric body', file([{ title: 'T', body: 5 }]), /"body" must be text \(got a number\)/],
    [
      'unknown kind',
      file([{ title: 'T', body: 'b', kind: 'spam' }]),
      /"kind" must be one of reply, greeting, promo, follow-up, survey \(got "spam"\)/,
    ],
    [
      'bad survey scale',
      file([{ title: 'T', body: 'b', kind: 'survey', survey: 'stars' }]),
      /"survey" must be one of csat, nps, text/,
    ],
    ['shortcut with a space', file([{ title: 'T', body: 'b', shortcut: 'two words' }]), /"shortcut" may hold only letters/],
    ['tags of numbers', file([{ title: 'T', body: 'b', tags: [1, 2] }]), /"tags" must be a list of words/],
    ['a 10,001-character body', file([{ title: 'T', body: 'x'.repeat(10_001) }]), /"body" must be at most 10000 characters/],
    [
      'duplicate shortcuts',
      file([
        { title: 'A', body: 'b', shortcut: 'x' },
        { title: 'B', body: 'b', shortcut: '/X' },
      ]),
      /Template 2 \("B"\): shortcut "\/x" is already used by Template 1 \("A"\)/,
    ],
    [
      'duplicate titles',
      file([
        { title: 'A', body: 'b' },
        { title: 'a', body: 'c' },
      ]),
      /Template 2 \("a"\): the title is already used by template 1/,
    ],
  ])('rejects %s with a clear error', (_name, content, expected) => {
    expect(error(content)).toMatch(expected);
  });

  it('names the bad row among 500 and imports nothing', () => {
    const rows: unknown[] = Array.from({ length: 500 }, (_, i) => ({ title: `T${i}`, body: 'b' }));
    rows[316] = { title: 'Broken', body: null };
    const message = error(file(rows));
    expect(message).toMatch(/^Nothing was imported/);
    expect(message).toMatch(/Template 317 \("Broken"\): "body" must be text/);
  });

  it('summarises many problems instead of listing them all', () => {
    const message = error(file(Array.from({ length: 9 }, () => ({ title: 1 }))));
    expect(message).toMatch(/…and \d+ more problems\./);
  });

  it('treats hostile text as text', () => {
    const body = '<script>alert(1)</script> {{first_name}} ‮RTL‬ 🎉';
    const result = parseTemplatesFile(file([{ title: '<img src=x onerror=alert(1)>', body }]));
    expect(result.ok && result.templates[0]).toMatchObject({ title: '<img src=x onerror=alert(1)>', body });
  });
});

describe('toTemplatesFile', () => {
  it('round-trips through parseTemplatesFile, extra fields included', () => {
    const drafts = [...STARTER_PACK, { title: 'X', body: 'y', tags: [], kind: 'promo' as const, extra: { color: 'red' } }];
    const result = parseTemplatesFile(JSON.stringify(toTemplatesFile(drafts)));
    expect(result.ok && result.templates).toEqual(drafts);
  });
});
