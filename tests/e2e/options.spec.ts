import { dbRows, expect, test } from './harness';

type Row = {
  title: string;
  body: string;
  shortcut?: string;
  tags: string[];
  kind: string;
  survey?: string;
  extra?: Record<string, unknown>;
};

async function openOptions(context: import('@playwright/test').BrowserContext, extensionId: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('library-row')).toHaveCount(10);
  return page;
}

test('imports a templates file, then the sidebar offers the new reply', async ({ context, extensionId, worker, openDm }) => {
  const page = await openOptions(context, extensionId);
  const file = {
    templates: [
      {
        title: 'Restock date',
        body: 'Hi {{first_name|there}}! The next restock is on Friday.',
        shortcut: '/restock',
        tags: ['stock'],
        kind: 'reply',
        color: 'blue',
      },
      { title: 'Shipping time', body: 'Hi {{first_name|there}}! We ship tomorrow.', tags: 'shipping, fast', kind: 'reply' },
      { title: 'NPS', body: 'From 0 to 10, how likely are you to recommend us?', kind: 'survey', survey: 'nps' },
    ],
    exportedBy: 'another tool',
  };
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByTestId('import-status')).toContainText('Imported 3 templates from mine.json: 2 new, 1 updated.');
  await expect(page.getByTestId('library-row')).toHaveCount(12);

  const rows = await dbRows<Row>(worker, 'templates');
  expect(rows).toHaveLength(12);
  const restock = rows.find((r) => r.title === 'Restock date')!;
  expect(restock).toMatchObject({ shortcut: 'restock', tags: ['stock'], kind: 'reply', extra: { color: 'blue' } });
  expect(rows.find((r) => r.title === 'Shipping time')).toMatchObject({
    body: 'Hi {{first_name|there}}! We ship tomorrow.',
    tags: ['shipping', 'fast'],
  });
  expect(rows.find((r) => r.title === 'NPS')).toMatchObject({ kind: 'survey', survey: 'nps' });

  const dm = await openDm('https://www.instagram.com/direct/t/1001/');
  await dm.template('Restock date').click();
  await expect.poll(() => dm.editorText()).toBe('Hi Jane! The next restock is on Friday.');
});

test('a bad file names the problem and changes nothing', async ({ context, extensionId, worker }) => {
  const page = await openOptions(context, extensionId);
  const before = await dbRows<Row>(worker, 'templates');
  const cases: [string, string, RegExp][] = [
    ['broken.json', '{"templates": [ {"title": "A", "body": "x"}, ', /not valid JSON/],
    ['wrong-shape.json', '{"replies": []}', /no "templates" list/],
    [
      'row.json',
      JSON.stringify({
        templates: [{ title: 'Ok', body: 'fine' }, { title: 'Bad kind', body: 'x', kind: 'spam' }, { title: 'No body' }],
      }),
      /Template 2 \("Bad kind"\): "kind" must be one of reply, greeting, promo, follow-up, survey, away \(got "spam"\)\.[\s\S]*Template 3 \("No body"\): "body" is missing/,
    ],
    [
      'dupes.json',
      JSON.stringify({
        templates: [
          { title: 'A', body: 'x', shortcut: 'a' },
          { title: 'B', body: 'y', shortcut: '/A' },
        ],
      }),
      /shortcut "\/a" is already used by Template 1/,
    ],
    [
      'proto.json',
      '{"templates":[{"title":"P","body":"x","__proto__":{"polluted":true},"tags":[1,2]}]}',
      /Template 1 \("P"\): "tags" must be a list of words, like \["shipping", "price"\]\./,
    ],
  ];
  for (const [name, content, expected] of cases) {
    await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect(page.getByTestId('import-status')).toContainText(`Could not import ${name}`);
    await expect(page.getByTestId('import-status')).toHaveText(expected);
  }
  expect(await dbRows<Row>(worker, 'templates')).toEqual(before);
});

test('export writes the import format, and importing it back changes nothing', async ({ context, extensionId, worker }) => {
  const page = await openOptions(context, extensionId);
  const download = page.waitForEvent('download');
  await page.getByTestId('export').click();
  const file = await (await download).path();
  const content = (await import('node:fs')).readFileSync(file, 'utf8');
  const parsed = JSON.parse(content) as { templates: Row[] };
  expect(parsed.templates).toHaveLength(10);
  expect(parsed.templates.find((t) => t.title === 'Satisfaction survey')).toMatchObject({
    kind: 'survey',
    survey: 'csat',
    shortcut: 'rate',
  });
  const before = await dbRows<Row>(worker, 'templates');
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'back.json', mimeType: 'application/json', buffer: Buffer.from(content) });
  await expect(page.getByTestId('import-status')).toContainText('0 new, 10 updated');
  const after = await dbRows<Row & { updatedAt: number }>(worker, 'templates');
  const strip = (rows: (Row & { updatedAt?: number })[]) => rows.map(({ updatedAt: _u, ...rest }) => rest);
  expect(strip(after)).toEqual(strip(before));
});
