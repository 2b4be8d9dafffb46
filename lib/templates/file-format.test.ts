import { describe, expect, it } from 'vitest';
import { shortcutClashes } from './conflicts';
import { checkTemplateEntry, describeProblems, readTemplatesFile, toTemplatesFile } from './file-format';
import { STARTER_PACK } from './starter-pack';
import type { Template } from './types';

const file = (templates: unknown) => JSON.stringify({ templates });

function read(content: string, format: 'json' | 'csv' = 'json') {
  const result = readTemplatesFile(content, format);
  if (result.fatal !== undefined) throw new Error(`fatal: ${result.fatal}`);
  return result;
}
function fatal(content: string, format: 'json' | 'csv' = 'json'): string {
  const result = readTemplatesFile(content, format);
  if (result.fatal === undefined) throw new Error('expected a fatal error');
  return result.fatal;
}
const problems = (content: string, format: 'json' | 'csv' = 'json') => read(content, format).problems.join('\n');

describe('readTemplatesFile (JSON)', () => {
  it('reads the documented format', () => {
    const result = read(
      file([{ title: 'Shipping time', body: 'Hi {{first_name|there}}! …', shortcut: 'ship', tags: ['shipping'], kind: 'reply' }]),
    );
    expect(result.templates).toEqual([
      { title: 'Shipping time', body: 'Hi {{first_name|there}}! …', shortcut: 'ship', tags: ['shipping'], kind: 'reply' },
    ]);
    expect(result.problems).toEqual([]);
    expect(result.labels).toEqual(['Template 1 ("Shipping time")']);
  });

  it('fills defaults and normalises: kind reply, tags from a comma list, shortcut without "/" in lower case', () => {
    const result = read(file([{ title: '  Hello ', body: 'Hi', shortcut: '/Hello', tags: ' Welcome, hi ,welcome' }]));
    expect(result.templates[0]).toEqual({
      title: 'Hello',
      body: 'Hi',
      shortcut: 'hello',
      tags: ['welcome', 'hi'],
      kind: 'reply',
    });
  });

  it('reads optional platforms and language', () => {
    const result = read(file([{ title: 'A', body: 'b', platforms: ['Instagram'], language: 'es' }]));
    expect(result.templates[0]).toMatchObject({ platforms: ['instagram'], language: 'es' });
  });

  it('keeps unknown fields (never fatal) but no key that reaches a prototype', () => {
    const result = read(
      '{"templates":[{"title":"A","body":"b","color":"red","meta":{"x":1},' +
        '"__proto__":{"evil":1},"constructor":{"prototype":{"evil":2}},"prototype":{"evil":3}}]}',
    );
    const extra = result.templates[0]!.extra!;
    // JSON.parse makes "__proto__" an own key; copied with `extra[key] = value` it would become extra's prototype,
    // which toEqual (own keys only) does not see.
    expect(Object.getPrototypeOf(extra)).toBe(Object.prototype);
    expect('evil' in extra).toBe(false);
    expect(Object.keys(extra)).toEqual(['color', 'meta']);
    expect(extra).toEqual({ color: 'red', meta: { x: 1 } });
  });

  it('accepts survey templates with their scale, and notes a survey without one', () => {
    const result = read(
      file([
        { title: 'CSAT', body: 'Rate us 1-5', kind: 'survey', survey: 'csat' },
        { title: 'Ask', body: 'Thoughts?', kind: 'survey' },
      ]),
    );
    expect(result.templates.map((t) => t.survey)).toEqual(['csat', 'text']);
    expect(result.notes[0]).toMatch(/Template 2 \("Ask"\): survey without a "survey" scale/);
  });

  it('reads a bare list with a note, and a UTF-8 byte-order mark', () => {
    expect(read('\uFEFF' + JSON.stringify([{ title: 'A', body: 'b' }])).notes).toEqual([
      'The file is a bare list; read it as {"templates": [...]}.',
    ]);
  });

  it.each([
    ['not JSON', '{"templates": [', /^The file is not valid JSON/],
    ['a number', '42', /Expected \{"templates": \[ … \]\} but the file holds a number/],
    ['no templates key', '{"items": []}', /no "templates" list/],
    ['templates not a list', '{"templates": {"a": 1}}', /"templates" must be a list, but it is an object/],
    ['empty list', '{"templates": []}', /no templates in it/],
  ])('rejects %s outright', (_name, content, expected) => {
    expect(fatal(content)).toMatch(expected);
  });

  it.each([
    ['an entry that is not an object', file(['hello']), /Template 1: must be an object with a title and a body, but it is text/],
    ['missing title', file([{ body: 'x' }]), /Template 1: "title" is missing/],
    ['empty body', file([{ title: 'T', body: '   ' }]), /Template 1 \("T"\): "body" must not be empty/],
    ['numeric body', file([{ title: 'T', body: 5 }]), /"body" must be text \(got a number\)/],
    [
      'unknown kind',
      file([{ title: 'T', body: 'b', kind: 'spam' }]),
      /"kind" must be one of reply, greeting, promo, follow-up, survey, away \(got "spam"\)/,
    ],
    [
      'bad survey scale',
      file([{ title: 'T', body: 'b', kind: 'survey', survey: 'stars' }]),
      /"survey" must be one of csat, nps, text/,
    ],
    ['shortcut with a space', file([{ title: 'T', body: 'b', shortcut: 'two words' }]), /"shortcut" may hold only letters/],
    ['tags of numbers', file([{ title: 'T', body: 'b', tags: [1, 2] }]), /"tags" must be a list of words/],
    ['a 10,001-character body', file([{ title: 'T', body: 'x'.repeat(10_001) }]), /"body" must be at most 10,000 characters/],
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
      /Template 2 \("a"\): the title is already used by Template 1 \("A"\)/,
    ],
  ])('reports %s as a row problem', (_name, content, expected) => {
    expect(problems(content)).toMatch(expected);
  });

  it('treats hostile text as text', () => {
    const body = '<script>alert(1)</script> {{first_name}} ‮RTL‬ 🎉';
    expect(read(file([{ title: '<img src=x onerror=alert(1)>', body }])).templates[0]).toMatchObject({
      title: '<img src=x onerror=alert(1)>',
      body,
    });
  });
});

describe('readTemplatesFile (CSV)', () => {
  it('names a row as a spreadsheet numbers it, never grouped (Row 1100, not 1,100)', () => {
    const rows = Array.from({ length: 1200 }, (_, i) => (i === 1098 ? `Reply ${i},` : `Reply ${i},Body ${i}`));
    const result = read(`title,body\n${rows.join('\n')}\n`, 'csv');
    expect(result.problems).toEqual(['Row 1100 ("Reply 1098"): "body" is missing.']);
  });

  it('drops prototype keys from CSV columns too', () => {
    const result = read('title,body,color,__proto__,constructor,prototype\nA,b,red,x,y,z\n', 'csv');
    const extra = result.templates[0]!.extra!;
    expect(Object.getPrototypeOf(extra)).toBe(Object.prototype);
    expect(Object.keys(extra)).toEqual(['color']);
  });

  it('reads title, body, shortcut and tags columns, with quoted multi-line bodies', () => {
    const csv =
      'Title,Body,Shortcut,Tags\n"Shipping time","Hi {{first_name|there}}!\nWe ship in 2 days, promise.",/ship,"shipping, delivery"\nThanks,Thank you!,,\n';
    const result = read(csv, 'csv');
    expect(result.problems).toEqual([]);
    expect(result.templates).toEqual([
      {
        title: 'Shipping time',
        body: 'Hi {{first_name|there}}!\nWe ship in 2 days, promise.',
        shortcut: 'ship',
        tags: ['shipping', 'delivery'],
        kind: 'reply',
      },
      { title: 'Thanks', body: 'Thank you!', tags: [], kind: 'reply' },
    ]);
  });

  it('keeps extra columns, and reads kind and survey when present', () => {
    const result = read('title,body,kind,survey,owner\nRate,How was it?,survey,csat,sam\n', 'csv');
    expect(result.templates[0]).toMatchObject({ kind: 'survey', survey: 'csat', extra: { owner: 'sam' } });
  });

  it('names the bad row among 500 by its spreadsheet row number, and offers the valid ones', () => {
    const rows = Array.from({ length: 500 }, (_, i) => (i === 316 ? 'Broken,,,' : `T${i},Body ${i},s${i},tag`));
    const result = read(`title,body,shortcut,tags\n${rows.join('\n')}\n`, 'csv');
    expect(result.problems).toEqual(['Row 318 ("Broken"): "body" is missing.']);
    expect(result.templates).toHaveLength(499);
    expect(describeProblems(result.problems, result.templates.length)).toBe(
      'Nothing was imported. Fix this first:\nRow 318 ("Broken"): "body" is missing.\nOr import only the 499 valid templates and skip the rest.',
    );
  });

  it('rejects a CSV without title and body columns, or with a broken quote', () => {
    expect(fatal('name,text\na,b\n', 'csv')).toMatch(/needs a header row with "title" and "body" columns \(found: name, text\)/);
    expect(fatal('title,body\n"A,b\n', 'csv')).toMatch(/malformed at row 2/);
  });

  it('never evaluates spreadsheet formulas or markup: they stay text', () => {
    expect(read('title,body\n=HYPERLINK("x"),<b>hi</b>\n', 'csv').templates[0]).toMatchObject({
      title: '=HYPERLINK("x")',
      body: '<b>hi</b>',
    });
  });
});

describe('describeProblems', () => {
  it('shows five problems, then a count', () => {
    const message = describeProblems(
      Array.from({ length: 9 }, (_, i) => `P${i}`),
      0,
    );
    expect(message).toMatch(/P4\n…and 4 more problems\.$/);
  });
});

describe('shortcutClashes', () => {
  const library = [{ id: 1, title: 'Shipping time', shortcut: 'ship' }] as Template[];
  it('reports a shortcut another library template holds', () => {
    const clash = shortcutClashes(
      [{ title: 'Ship fast', body: 'b', shortcut: 'ship', tags: [], kind: 'reply' }],
      ['Row 2 ("Ship fast")'],
      library,
    );
    expect(clash.problems).toEqual(['Row 2 ("Ship fast"): shortcut "/ship" is already used by your template "Shipping time".']);
    expect([...clash.clashing]).toEqual([0]);
  });
  it('allows it when the incoming template replaces the holder (same title)', () => {
    expect(
      shortcutClashes([{ title: 'shipping TIME', body: 'b', shortcut: 'ship', tags: [], kind: 'reply' }], ['x'], library)
        .problems,
    ).toEqual([]);
  });
});

describe('checkTemplateEntry', () => {
  it('gives problems for the editor', () => {
    expect(checkTemplateEntry({ title: '', body: 'x' })).toEqual({ problems: ['"title" must not be empty'] });
  });
});

describe('toTemplatesFile', () => {
  it('round-trips through readTemplatesFile, extra fields included', () => {
    const drafts = [
      ...STARTER_PACK,
      {
        title: 'X',
        body: 'y',
        tags: [],
        kind: 'promo' as const,
        extra: { color: 'red' },
        platforms: ['instagram'],
        language: 'pt',
      },
    ];
    expect(read(JSON.stringify(toTemplatesFile(drafts))).templates).toEqual(drafts);
  });
});

describe('fields this version does not know', () => {
  const base = { title: 'Hi', body: 'Hello {{first_name}}' };
  it('are kept within bounds, and a field too large or too deep is named in words', () => {
    const ok = checkTemplateEntry({ ...base, color: 'blue', meta: { source: 'crm', ids: [1, 2] } });
    expect('draft' in ok && ok.draft.extra).toEqual({ color: 'blue', meta: { source: 'crm', ids: [1, 2] } });
    const huge = checkTemplateEntry({ ...base, notes: 'x'.repeat(15 * 1024 * 1024) });
    expect(huge).toEqual({ problems: ['the extra field "notes" is too large to keep (at most 2,000 characters)'] });
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(checkTemplateEntry({ ...base, deep })).toEqual({
      problems: ['the extra field "deep" is nested more than 5 levels deep'],
    });
    const many = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`f${i}`, i]));
    expect(checkTemplateEntry({ ...base, ...many })).toEqual({ problems: ['it has 25 extra fields; at most 20 are kept'] });
  });
  it('never show a validator’s internals or a stack overflow for a file nested thousands deep', () => {
    const read = readTemplatesFile(`${'['.repeat(200_000)}${']'.repeat(200_000)}`, 'json');
    expect(JSON.stringify(read)).toMatch(/Template 1: must be an object|nested too deeply/);
    expect(JSON.stringify(read)).not.toMatch(/Maximum call stack|Invalid length|Expected/);
  });
});

describe('the "shared" field (team sync)', () => {
  it('reads JSON true/false and CSV yes/no/1/0/empty; writes it back only for shared templates', () => {
    const json = read(
      file([
        { title: 'A', body: 'a', shared: true },
        { title: 'B', body: 'b', shared: false },
        { title: 'C', body: 'c' },
      ]),
    );
    expect(json.templates.map((t) => t.shared ?? false)).toEqual([true, false, false]);
    const csv = read('title,body,shared\nA,a,yes\nB,b,no\nC,c,1\nD,d,\nE,e,TRUE\n', 'csv');
    expect(csv.templates.map((t) => t.shared ?? false)).toEqual([true, false, true, false, true]);
    expect(toTemplatesFile(json.templates).templates.map((t) => t.shared)).toEqual([true, undefined, undefined]);
    // Never kept as an unknown extra field.
    expect(json.templates[0]!.extra).toBeUndefined();
  });
  it('names a value that is neither', () => {
    expect(problems(file([{ title: 'A', body: 'a', shared: 'maybe' }]))).toMatch(/"shared" must be true or false/);
    expect(problems(file([{ title: 'A', body: 'a', shared: 3 }]))).toMatch(/"shared" must be true or false/);
  });
});
