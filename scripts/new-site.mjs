// npm run new-site -- <id> [--label "Name"] [--host www.example.com]: scaffolds a DM site plug-in — its folder
// lib/platforms/<id>/ (definition and URL rules, content script, adapter, adapter unit test, fixture skin, conformance run) and its
// one line in the registry (lib/platforms/sites.ts). The generated adapter reads a page built on roles (role=main,
// role=row, a role=textbox composer): fill in the real site's anchors from docs/platforms.md, then make the fixture skin
// look like the real page, until `npm test` (the conformance kit) passes. docs/adding-a-site.md walks through it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
/** @param {string} name @param {string} fallback */
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return (i >= 0 && args[i + 1] ? args.splice(i, 2)[1] : undefined) ?? fallback;
};
const root = flag('root', fileURLToPath(new URL('..', import.meta.url)));
const id = args.find((a) => !a.startsWith('--'));
if (!id || !/^[a-z][a-z0-9-]{0,30}$/.test(id)) {
  console.error(
    'usage: npm run new-site -- <id> [--label "Name"] [--host www.example.com]\n  <id>: lower-case letters, digits and "-", e.g. "whatsapp"',
  );
  process.exit(2);
}
const label = flag(
  'label',
  id.replace(/(^|-)(\w)/g, (_m, dash, c) => (dash ? ' ' : '') + c.toUpperCase()),
);
const host = flag('host', `www.${id}.com`);
const camel = id.replace(/-(\w)/g, (_m, c) => c.toUpperCase());
const dir = `${root}/lib/platforms/${id}`;
const registry = `${root}/lib/platforms/sites.ts`;
if (existsSync(dir)) {
  console.error(`lib/platforms/${id}/ exists already.`);
  process.exit(1);
}

const files = {
  'index.ts': `import { defineSite } from '../types';
import { ${camel}Adapter } from './adapter';

const HOST = '${host}';

/** The open thread's id from a URL such as https://${host}/messages/t/<id>/ (adapt to the real site's routes). */
export function ${camel}ThreadIdFromUrl(url: URL): string | null {
  if (url.hostname !== HOST) return null;
  return /^\\/messages\\/t\\/([^/]+)\\/?/.exec(url.pathname)?.[1] ?? null;
}

export const ${camel} = defineSite({
  id: '${id}',
  label: '${label}',
  hosts: [HOST],
  urlHint: '${host.replace(/^www\./, '')}/messages/…',
  isDmArea: (url) => url.hostname === HOST && url.pathname.startsWith('/messages'),
  threadUrl: (threadId) => \`https://\${HOST}/messages/t/\${encodeURIComponent(threadId)}/\`,
  adapter: ${camel}Adapter,
});
`,
  'content.ts': `// This site's content script: the sidebar with this site's adapter only (wxt.config.ts builds one per site).
import { sidekickContentScript } from '../../../components/sidebar/start';
import { ${camel} } from '.';

export default sidekickContentScript(${camel});
`,
  'adapter.ts': `import { anchoredAdapter, ANY, css, locateOne, ONE, repeatedChildren, scrollingList, SOME, structural, type Anchor } from '../anchors';
import { alignedRight, bodyText, textOf } from '../dom';
import type { MessageRow, PlatformAdapter } from '../types';
import { ${camel}ThreadIdFromUrl } from '.';

// Every selector of ${label} lives in this folder. Start from docs/platforms.md; keep the semantic anchor first and a
// structural fallback after it, each with the number of matches it expects.
const THREAD: Anchor[] = [css('[role="main"]', ONE)];
const LIST: Anchor[] = [css('[role="log"], [role="grid"]', ONE), scrollingList];
const ROWS: Anchor[] = [
  css('[role="row"]', SOME),
  structural('the repeated children of the message list', (list) => repeatedChildren(list as Element), ANY),
];
const COMPOSER: Anchor<HTMLElement>[] = [css('[role="textbox"][contenteditable="true"]', ONE)];
// Labels are localised: list the interface languages' words (English, Spanish, Portuguese).
const SEND: Anchor<HTMLElement>[] = [css('[aria-label="Send" i], [aria-label="Enviar" i]', ONE)];
/** Parts of a row that are not the message. */
const NOT_BODY = 'h1, h2, h3, h4, h5, h6, time';

function rowOf(element: Element): MessageRow {
  const sender = textOf(element.querySelector('h5')) ?? undefined;
  return {
    element,
    direction: alignedRight(element) ? 'out' : 'in',
    text: bodyText(element, NOT_BODY),
    time: element.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined,
    ...(sender ? { sender } : {}),
  };
}

export const ${camel}Adapter: PlatformAdapter = anchoredAdapter({
  chats: (doc) => [locateOne(doc, THREAD) ?? doc],
  threadId: (url) => ${camel}ThreadIdFromUrl(url),
  list: LIST,
  rows: ROWS,
  readRow: rowOf,
  composer: COMPOSER,
  send: SEND,
  contact(chat, list) {
    const group = Boolean(list?.querySelector('h5'));
    return { displayName: textOf(chat.querySelector('header h2')), handle: null, ...(group ? { group } : {}) };
  },
});
`,
  'adapter.test.ts': `// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ${camel} } from '.';

// Replace with saved DOM of the real page (a snapshot from the sidebar's "Save page structure", or hand-written from
// docs/platforms.md) and the site's own traps.
function page(rows: string): Document {
  // The live jsdom document: its window computes the inline layout the adapter reads.
  const doc = document;
  doc.body.replaceChildren();
  const main = doc.createElement('main');
  main.setAttribute('role', 'main');
  const header = doc.createElement('header');
  header.append(Object.assign(doc.createElement('h2'), { textContent: 'Jane Doe' }));
  const list = doc.createElement('div');
  list.setAttribute('role', 'log');
  for (const [dir, text] of JSON.parse(rows) as [string, string][]) {
    const row = doc.createElement('div');
    row.setAttribute('role', 'row');
    row.style.display = 'flex';
    row.style.justifyContent = dir === 'out' ? 'flex-end' : 'flex-start';
    row.textContent = text;
    list.append(row);
  }
  main.append(header, list);
  doc.body.append(main);
  return doc;
}

describe('${label} adapter', () => {
  it('reads the contact and each row with its direction and body', () => {
    const doc = page(JSON.stringify([['in', 'Hi!'], ['out', 'Hello Jane']]));
    const chat = ${camel}.adapter.chats(doc)[0]!;
    expect(${camel}.adapter.contact(chat).displayName).toBe('Jane Doe');
    const list = ${camel}.adapter.messageList(chat)!;
    expect(${camel}.adapter.messageRows(list).map((r) => [r.direction, r.text])).toEqual([
      ['in', 'Hi!'],
      ['out', 'Hello Jane'],
    ]);
  });
});
`,
  'fixture.ts': `// Fixture skin: ${label} as docs/platforms.md describes it. Make it build the markup the real site uses (and its
// variants: other languages, no ARIA roles, a group chat…), so the conformance kit tests the adapter against it.
import { h } from '../../../tests/fixtures/src/dom';
import { startSite, timeLabel, type Lang, type SiteMarkup } from '../../../tests/fixtures/src/site';

const SEND: Record<Lang, string> = { en: 'Send', es: 'Enviar', pt: 'Enviar' };

const markup: SiteMarkup = {
  threadPath: (id) => \`/messages/t/\${id}/\`,
  threadIdFromPath: (path) => /^\\/messages\\/t\\/([^/]+)/.exec(path)?.[1] ?? null,
  renderShell(app, config, open) {
    const nav = h('nav', { class: 'inbox', 'aria-label': 'Chats' });
    for (const [id, t] of Object.entries(config.threads)) {
      const link = h('a', { href: \`/messages/t/\${id}/\`, class: 'inbox-item', 'data-thread': id }, t.name);
      link.addEventListener('click', (e) => {
        e.preventDefault();
        open(id);
      });
      nav.append(link);
    }
    app.append(nav);
  },
  renderThread(app, _id, thread, lang) {
    const list = h('div', { role: 'log', class: 'messages' });
    const send = h('button', { type: 'button', class: 'send', 'data-fixture-send': '', 'aria-label': SEND[lang] }, SEND[lang]);
    const composerSlot = h('div', { class: 'composer' }, send);
    const region = h('main', { role: 'main', class: 'thread' }, h('header', { class: 'thread-header' }, h('h2', {}, thread.name)), list, composerSlot);
    app.append(region);
    return { list, composerSlot, send, region };
  },
  renderRow(m, thread, lang) {
    const row = h('div', { role: 'row', style: \`display:flex;justify-content:\${m.dir === 'out' ? 'flex-end' : 'flex-start'}\` });
    if (thread.group && m.dir === 'in' && m.from) row.append(h('h5', { class: 'sr-only' }, m.from));
    if (typeof m.at === 'number') row.append(h('time', { datetime: new Date(m.at).toISOString(), class: 'sr-only' }, timeLabel(m.at, lang)));
    row.append(h('div', { class: \`bubble \${m.dir}\` }, m.text));
    return row;
  },
  setSendEnabled(send, enabled) {
    send.setAttribute('aria-disabled', String(!enabled));
  },
  composerAttributes: () => ({ role: 'textbox', 'aria-label': 'Message', class: 'editor' }),
};

startSite(markup);
`,
  'conformance.ts': `import type { SiteConformance } from '../../../tests/conformance/kit';

export const conformance: SiteConformance = {
  threadUrls: (id) => [\`https://${host}/messages/t/\${id}/\`],
  // Set to false if the real page shows no time on each row.
  pageTimes: true,
  // Set to true once the adapter reads the contact's @handle where the page links their profile.
  handles: false,
};
`,
};

mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(files)) writeFileSync(`${dir}/${name}`, text);

// The one registry line: the import and the entry in SITES.
let source = readFileSync(registry, 'utf8');
const imports = [...source.matchAll(/^import \{ \w+ \} from '\.\/[\w-]+';$/gm)];
const last = imports.at(-1);
if (!last || !/export const SITES = \[([^\]]*)\] as const;/.test(source))
  throw new Error('lib/platforms/sites.ts has an unexpected shape');
const at = last.index + last[0].length;
source = `${source.slice(0, at)}\nimport { ${camel} } from './${id}';${source.slice(at)}`;
source = source.replace(
  /export const SITES = \[([^\]]*)\] as const;/,
  (_m, list) => `export const SITES = [${list}, ${camel}] as const;`,
);
writeFileSync(registry, source);

console.log(`Created lib/platforms/${id}/ (${Object.keys(files).join(', ')}) and registered ${camel} in lib/platforms/sites.ts.
Next: docs/adding-a-site.md — the real site's anchors in adapter.ts, its markup in fixture.ts, then npm test.`);
