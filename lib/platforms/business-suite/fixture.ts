// Fixture skin: Meta Business Suite's inbox as docs/platforms.md describes it (public evidence only, never the live page)
// — business.facebook.com/latest/inbox/<all|messenger|instagram>?asset_id=…&selected_item_id=<id>&thread_type=<FB_MESSAGE|
// IG_MESSAGE>. Left: the chat list, rows a[role=link] whose href selects the chat (Instagram and Messenger mixed);
// choosing one changes selected_item_id by pushState. Middle: the conversation, its list labelled "Message list
// container" (a guessed translation in Spanish and Portuguese, so the adapter's layout fallback is exercised), rows with
// the customer's avatar on incoming messages and the business's own aligned right, a Lexical box, Send disabled while
// it is empty. Right: the customer panel, headed by their name, with a profile link, a link to the conversation on its
// own site where the thread has one (`ownThreadId`), and a notes box that is never the composer.
import { h } from '../../../tests/fixtures/src/dom';
import { startSite, type FixtureThread, type Lang, type SiteMarkup } from '../../../tests/fixtures/src/site';

/** A fixture thread of the inbox: which channel it came from, and its id on that channel's own site if the page links it. */
export interface SuiteThread extends FixtureThread {
  channel?: 'messenger' | 'instagram';
  ownThreadId?: string;
}

const WORDS: Record<
  Lang,
  { list: string; send: string; search: string; reply: string; notes: string; addNote: string; view: string }
> = {
  en: {
    list: 'Message list container',
    send: 'Send',
    search: 'Search',
    reply: 'Reply in',
    notes: 'Notes',
    addNote: 'Add a note',
    view: 'View in',
  },
  es: {
    list: 'Contenedor de la lista de mensajes',
    send: 'Enviar',
    search: 'Buscar',
    reply: 'Responder en',
    notes: 'Notas',
    addNote: 'Añadir una nota',
    view: 'Ver en',
  },
  pt: {
    list: 'Contêiner da lista de mensagens',
    send: 'Enviar',
    search: 'Pesquisar',
    reply: 'Responder no',
    notes: 'Notas',
    addNote: 'Adicionar uma observação',
    view: 'Ver no',
  },
};
const LABEL = { messenger: 'Messenger', instagram: 'Instagram' } as const;
const TYPE = { messenger: 'FB_MESSAGE', instagram: 'IG_MESSAGE' } as const;

const STYLE = `
  .bs-app { display: flex; flex: 1; height: 100vh; }
  .bs-inbox { width: 240px; border-right: 1px solid #ddd; padding: 8px; }
  .bs-row { display: flex; gap: 6px; padding: 6px; text-decoration: none; color: inherit; }
  .bs-row[aria-current="page"] { background: #e7f0ff; }
  .bs-thread { flex: 1; display: flex; min-width: 0; }
  .bs-conversation { flex: 1; display: flex; flex-direction: column; min-width: 0; }
  .bs-head { padding: 8px; border-bottom: 1px solid #ddd; font-weight: bold; }
  .bs-messages { flex: 1; overflow-y: auto; padding: 8px; }
  .bs-msg { display: flex; gap: 6px; margin: 4px 0; align-items: flex-end; }
  .bs-avatar { width: 24px; height: 24px; border-radius: 50%; background: #ccc; overflow: hidden; font-size: 0; }
  .bs-bubble { padding: 6px 10px; border-radius: 14px; background: #eee; max-width: 70%; }
  .bs-composer { display: flex; gap: 6px; padding: 8px; border-top: 1px solid #ddd; }
  .bs-composer [contenteditable] { flex: 1; min-height: 36px; border: 1px solid #ccc; }
  .bs-send[aria-disabled="true"] { opacity: 0.4; }
  .bs-panel { width: 220px; border-left: 1px solid #ddd; padding: 8px; }
`;

const threads = () => window.__FIXTURE_CONFIG__.threads as Record<string, SuiteThread>;
const channelOf = (id: string) => threads()[id]?.channel ?? 'messenger';
/** The inbox the page is on (all chats or one channel's); the fixture stays on it when a chat is chosen. */
const inboxPath = () => /^\/latest\/inbox\/(all|messenger|instagram)/.exec(location.pathname)?.[0] ?? '/latest/inbox/all';
let openChannel: 'messenger' | 'instagram' = 'messenger';

const markup: SiteMarkup = {
  threadPath(id) {
    const query = new URLSearchParams(location.search);
    query.set('selected_item_id', id);
    query.set('thread_type', TYPE[channelOf(id)]);
    return `${inboxPath()}?${query.toString()}`;
  },
  threadIdFromPath: (path) =>
    path.startsWith('/latest/inbox') ? new URLSearchParams(path.split('?')[1] ?? '').get('selected_item_id') : null,
  renderShell(app, config, open, lang) {
    const only = /^\/latest\/inbox\/(messenger|instagram)/.exec(location.pathname)?.[1];
    const selected = markup.threadIdFromPath(location.pathname + location.search);
    const rows = Object.entries(config.threads as Record<string, SuiteThread>)
      .filter(([, t]) => !only || (t.channel ?? 'messenger') === only)
      .map(([id, t]) => {
        const last = t.messages?.at(-1)?.text ?? '';
        const row = h(
          'a',
          {
            href: markup.threadPath(id),
            role: 'link',
            class: 'bs-row',
            'data-thread': id,
            ...(id === selected ? { 'aria-current': 'page' } : {}),
          },
          h('span', { class: 'bs-avatar', role: 'img', 'aria-label': LABEL[t.channel ?? 'messenger'] }),
          h('span', {}, h('strong', {}, t.name), h('br'), last),
        );
        row.addEventListener('click', (e) => {
          e.preventDefault();
          open(id);
        });
        return row;
      });
    const search = WORDS[lang].search;
    app.append(
      h('style', {}, STYLE),
      h(
        'div',
        { class: 'bs-app', role: 'main' },
        h(
          'nav',
          { class: 'bs-inbox', 'aria-label': 'Inbox' },
          h('input', { type: 'search', 'aria-label': search, placeholder: search }),
          h('div', { role: 'list' }, ...rows),
        ),
      ),
    );
  },
  renderThread(app, id, thread, lang) {
    const t = thread as SuiteThread;
    openChannel = channelOf(id);
    const words = WORDS[lang];
    const list = h('div', { class: 'bs-messages', role: 'grid', 'aria-label': words.list });
    const send = h(
      'div',
      {
        class: 'bs-send',
        role: 'button',
        tabindex: '0',
        'aria-label': words.send,
        'aria-disabled': 'true',
        'data-fixture-send': '',
      },
      words.send,
    );
    const composerSlot = h('div', { class: 'bs-composer' }, send);
    const conversation = h(
      'div',
      { class: 'bs-conversation' },
      h('div', { class: 'bs-head' }, h('span', {}, t.name), ' · ', h('span', {}, LABEL[openChannel])),
      list,
      composerSlot,
    );
    const panel = h('aside', { class: 'bs-panel' }, h('h2', {}, t.name));
    if (t.handle && !t.group) {
      const profile =
        openChannel === 'instagram' ? `https://www.instagram.com/${t.handle}/` : `https://www.facebook.com/${t.handle}`;
      panel.append(h('a', { href: profile }, `@${t.handle}`));
    }
    if (t.ownThreadId) {
      const own =
        openChannel === 'instagram'
          ? `https://www.instagram.com/direct/t/${t.ownThreadId}/`
          : `https://www.facebook.com/messages/t/${t.ownThreadId}/`;
      panel.append(h('p', {}, h('a', { href: own }, `${words.view} ${LABEL[openChannel]}`)));
    }
    panel.append(h('h3', {}, words.notes), h('textarea', { placeholder: words.addNote, 'aria-label': words.addNote }));
    const region = h('div', { class: 'bs-thread', 'data-thread': id }, conversation, panel);
    app.querySelector('.bs-app')!.append(region);
    return { list, composerSlot, send, region };
  },
  renderRow(m, thread) {
    const bubble = h('div', { class: 'bs-bubble', dir: 'auto' }, m.text);
    const own = m.dir === 'out';
    const row = h('div', {
      role: 'row',
      class: 'bs-msg',
      style: `justify-content:${own ? 'flex-end' : 'flex-start'}`,
    });
    // The customer's picture beside their messages (the sender's, in a group); none beside the business's.
    if (!own) row.append(h('img', { class: 'bs-avatar', alt: m.from ?? thread.name }));
    if (!own && thread.group && m.from) row.append(h('div', {}, h('h5', {}, m.from), bubble));
    else row.append(bubble);
    return row;
  },
  setSendEnabled(send, enabled) {
    send.setAttribute('aria-disabled', String(!enabled));
  },
  composerAttributes: (_name, lang) => ({
    role: 'textbox',
    'aria-label': `${WORDS[lang].reply} ${LABEL[openChannel]}`,
    'aria-placeholder': `${WORDS[lang].reply} ${LABEL[openChannel]}…`,
    class: 'bs-editor',
  }),
};

startSite(markup);
