// Fixture skin: X DMs as docs/platforms.md describes them, in both layouts the site serves.
// - Current chat, x.com/i/chat/<id>: the whole chat app inside the OPEN shadow root of [data-testid=xchatEmbedRoute];
//   header [data-testid=dm-conversation-header] with the name and a /<handle> link; rows [data-dm-message-row]
//   aligned by justify-end/justify-start, body [data-testid=message-text-<uuid>] ending with the time, hidden
//   -sender/-time labels, data-send-status; a React-controlled textarea (real react-dom); the Send button is mounted
//   only while React's state has text (a voice button otherwise).
// - Legacy DMs, x.com/messages/<id>: [data-testid=DmActivityContainer] in the page, rows messageEntry aligned by
//   style, text in tweetText, a real Draft.js composer in dmComposerTextInput, dmComposerSendButton disabled while empty.
import { mountDraftComposer } from '../../../tests/fixtures/src/draft-composer';
import { h } from '../../../tests/fixtures/src/dom';
import { mountReactTextarea } from '../../../tests/fixtures/src/react-textarea';
import { startSite, threadLinks, type Lang, type SiteMarkup } from '../../../tests/fixtures/src/site';

const WORDS: Record<Lang, { send: string; placeholder: string; search: string; you: string }> = {
  en: { send: 'Send', placeholder: 'Start a new message', search: 'Search Direct Messages', you: 'You' },
  es: { send: 'Enviar', placeholder: 'Escribe un mensaje nuevo', search: 'Buscar mensajes directos', you: 'Tú' },
  pt: { send: 'Enviar', placeholder: 'Escreva uma nova mensagem', search: 'Buscar Mensagens Diretas', you: 'Você' },
};

const legacy = () => location.pathname.startsWith('/messages');
const EMBED_STYLE = `
  .app { display: flex; height: 100vh; font: 14px sans-serif; }
  .inbox { width: 240px; border-right: 1px solid #ccc; padding: 8px; }
  .inbox-item { display: block; padding: 6px; }
  .thread { flex: 1; display: flex; flex-direction: column; min-width: 0; }
  .messages { flex: 1; overflow-y: auto; display: flex; flex-direction: column; gap: 4px; padding: 8px; }
  .flex { display: flex; }
  .justify-end { justify-content: flex-end; }
  .justify-start { justify-content: flex-start; }
  .bubble { max-width: 70%; padding: 6px 10px; border-radius: 12px; background: #eee; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .composer { display: flex; gap: 6px; padding: 8px; border-top: 1px solid #ccc; }
  textarea { flex: 1; }
`;

let uuid = 0;
const nextId = () => `f${(++uuid).toString(16).padStart(8, '0')}`;
const clock = (at: string | number | undefined) =>
  new Intl.DateTimeFormat('en-US', { timeStyle: 'short' }).format(typeof at === 'number' ? at : at ? Date.parse(at) : Date.now());
/** Where the Send button goes back when React's state has text again. */
const sendSlots = new WeakMap<HTMLElement, HTMLElement>();

const markup: SiteMarkup = {
  threadPath: (id) => (legacy() ? `/messages/${id}` : `/i/chat/${id}`),
  threadIdFromPath: (path) => /^\/(?:i\/chat|messages)\/([^/]+)/.exec(path)?.[1] ?? null,
  renderShell(app, config, open, lang) {
    const links = threadLinks(config, open, (id) => markup.threadPath(id));
    const inbox = h(
      'nav',
      { class: 'inbox', 'aria-label': 'Inbox' },
      h('input', { type: 'search', 'aria-label': WORDS[lang].search, placeholder: WORDS[lang].search }),
      ...links,
    );
    if (legacy()) {
      app.append(h('main', { role: 'main', class: 'legacy' }, inbox));
      return;
    }
    // The chat app renders inside the embed host's open shadow root: document queries stop at the host.
    const host = h('div', { 'data-testid': 'xchatEmbedRoute', style: 'flex:1;display:block' });
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(h('style', {}, EMBED_STYLE), h('div', { class: 'app' }, inbox));
    app.append(host);
  },
  renderThread(app, id, thread, lang) {
    const handle = thread.handle ?? 'someone';
    const list = h('div', { class: 'messages', 'aria-label': 'Conversation' });
    const composerSlot = h('div', { class: 'composer' });
    if (legacy()) {
      const send = h(
        'button',
        { type: 'button', 'data-testid': 'dmComposerSendButton', 'data-fixture-send': '', 'aria-label': WORDS[lang].send },
        WORDS[lang].send,
      );
      composerSlot.append(send);
      list.setAttribute('data-testid', 'DmScrollerContainer');
      list.style.cssText = 'flex:1;overflow-y:auto;display:flex;flex-direction:column;gap:4px;padding:8px';
      const header = thread.group
        ? h('header', {}, h('h2', {}, thread.name))
        : h('header', {}, h('h2', {}, thread.name), h('a', { href: `/${handle}` }, `@${handle}`));
      const region = h(
        'div',
        { 'data-testid': 'DmActivityContainer', style: 'flex:1;display:flex;flex-direction:column' },
        header,
        list,
        composerSlot,
      );
      app.querySelector('main')!.append(region);
      return { list, composerSlot, send, region };
    }
    const shadow = app.querySelector('[data-testid="xchatEmbedRoute"]')!.shadowRoot!;
    const header = h(
      'div',
      { 'data-testid': 'dm-conversation-header' },
      h('span', { 'data-testid': 'dm-conversation-username' }, thread.name),
      ...(thread.group ? [] : [h('a', { href: `/${handle}` }, `@${handle}`)]),
    );
    const voice = h('button', { type: 'button', 'data-testid': 'dm-composer-voice-button', 'aria-label': 'Voice message' });
    const send = h(
      'button',
      { type: 'button', 'data-testid': 'dm-composer-send-button', 'data-fixture-send': '', 'aria-label': WORDS[lang].send },
      WORDS[lang].send,
    );
    sendSlots.set(send, composerSlot);
    composerSlot.append(voice);
    const region = h('section', { class: 'thread', 'data-thread': id }, header, list, composerSlot);
    shadow.querySelector('.app')!.append(region);
    return { list, composerSlot, send, region };
  },
  renderRow(m, thread, lang) {
    const id = nextId();
    const own = m.dir === 'out';
    const sender = own ? WORDS[lang].you : (m.from ?? thread.name);
    if (legacy()) {
      return h(
        'div',
        { 'data-testid': 'messageEntry', style: `display:flex;justify-content:${own ? 'flex-end' : 'flex-start'}` },
        h(
          'div',
          { class: 'bubble' },
          ...(thread.group && !own && m.from ? [h('span', { id: `${id}-sender`, class: 'sr-only' }, m.from)] : []),
          h('div', { 'data-testid': 'tweetText', dir: 'auto' }, m.text),
        ),
      );
    }
    const time = clock(m.at);
    return h(
      'div',
      {
        'data-testid': `message-${id}`,
        'data-dm-message-row': '',
        'data-send-status': m.status ?? 'sent',
        class: `flex ${own ? 'justify-end' : 'justify-start'}`,
      },
      h(
        'div',
        { class: 'bubble' },
        h('span', { id: `${id}-sender`, class: 'sr-only' }, sender),
        h(
          'div',
          { 'data-testid': `message-text-${id}`, dir: 'auto' },
          h('span', {}, m.text),
          h('span', { class: 'time' }, ` ${time}`),
        ),
        h('span', { id: `${id}-time`, class: 'sr-only' }, time),
      ),
    );
  },
  setSendEnabled(send, enabled) {
    send.setAttribute('aria-disabled', String(!enabled));
    const slot = sendSlots.get(send);
    if (!slot) return;
    // The current chat mounts Send only while React's state has text; a voice button stands there otherwise.
    const voice = slot.querySelector('[data-testid="dm-composer-voice-button"]');
    if (enabled && !send.isConnected) {
      voice?.remove();
      slot.append(send);
    } else if (!enabled && send.isConnected) {
      send.remove();
      slot.append(h('button', { type: 'button', 'data-testid': 'dm-composer-voice-button', 'aria-label': 'Voice message' }));
    }
  },
  composerAttributes: (_name, lang): Record<string, string> =>
    legacy()
      ? { 'data-testid': 'dmComposerTextInput', class: 'editor' }
      : { 'data-testid': 'dm-composer-textarea', placeholder: WORDS[lang].placeholder, 'aria-label': WORDS[lang].placeholder },
  mountComposer: (slot, attributes, events) =>
    legacy() ? mountDraftComposer(slot, attributes, events) : mountReactTextarea(slot, attributes, events),
  unmark(row) {
    for (const el of [row, ...Array.from(row.querySelectorAll('*'))]) {
      for (const name of ['data-testid', 'data-dm-message-row', 'data-send-status', 'id']) el.removeAttribute(name);
    }
  },
};

startSite(markup);
