// Fixture skin: WhatsApp Web as docs/platforms.md describes it — one URL for every chat (plus /send?phone= deep
// links); #side holds the chat list and its search box (a contenteditable with data-tab="3"); opening a chat
// re-renders #main: a header with the title and a subtitle ("click here for contact info", a group's members), a
// message list of div[role=row] > div[data-id="true_|false_<jid>_<msgid>"] rows with .message-in/.message-out,
// data-pre-plain-text="[time, date] Name: " in the page's locale and the text in span.selectable-text; system rows
// (encryption notice, date chip) in the middle; a Lexical composer in the footer (data-tab="10") and a voice-message
// button that becomes Send only once the editor holds text.
import { h } from '../../../tests/fixtures/src/dom';
import { startSite, type FixtureMessage, type FixtureThread, type Lang, type SiteMarkup } from '../../../tests/fixtures/src/site';

const WORDS: Record<
  Lang,
  {
    send: string;
    voice: string;
    typeMessage: string;
    search: string;
    contactInfo: string;
    groupYou: string;
    today: string;
    encrypted: string;
    locale: string;
  }
> = {
  en: {
    send: 'Send',
    voice: 'Voice message',
    typeMessage: 'Type a message',
    search: 'Search or start a new chat',
    contactInfo: 'click here for contact info',
    groupYou: 'You',
    today: 'TODAY',
    encrypted: 'Messages and calls are end-to-end encrypted. No one outside of this chat can read or listen to them.',
    locale: 'en-US',
  },
  es: {
    send: 'Enviar',
    voice: 'Mensaje de voz',
    typeMessage: 'Escribe un mensaje',
    search: 'Buscar un chat o iniciar uno nuevo',
    contactInfo: 'haz clic aquí para ver la info. del contacto',
    groupYou: 'Tú',
    today: 'HOY',
    encrypted: 'Los mensajes y las llamadas están cifrados de extremo a extremo.',
    locale: 'es-ES',
  },
  pt: {
    send: 'Enviar',
    voice: 'Mensagem de voz',
    typeMessage: 'Digite uma mensagem',
    search: 'Pesquisar ou começar uma nova conversa',
    contactInfo: 'clique aqui para dados do contato',
    groupYou: 'Você',
    today: 'HOJE',
    encrypted: 'As mensagens e ligações são protegidas com a criptografia de ponta a ponta.',
    locale: 'pt-BR',
  },
};

const ME = 'Sam Seller';
const config = window.__FIXTURE_CONFIG__;
/** The open chat's jid (rows carry it in their data-id). */
let jid = '';
/** When a message with no time of its own was first shown: its label prints that, as the real page prints its own. */
const shownAt = new WeakMap<FixtureMessage, number>();

const jidOf = (id: string, thread: FixtureThread) => (id.includes('@') ? id : `${id}@${thread.group ? 'g.us' : 'c.us'}`);
/** A stable participant jid for a group member's name. */
const memberJid = (name: string) =>
  `${[...name]
    .reduce((n, c) => (n * 31 + c.codePointAt(0)!) % 1e10, 7)
    .toString()
    .padStart(10, '4')}@c.us`;

/** "[2:05 PM, 11/20/2026] Olu Adébáyọ̀: " in the page's locale. */
function prePlainText(at: number, name: string, lang: Lang): string {
  const locale = config.variant?.timeLocale ?? WORDS[lang].locale;
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(at);
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric' }).format(at);
  return `[${time}, ${date}] ${name}: `;
}

const shortTime = (at: number, lang: Lang) =>
  new Intl.DateTimeFormat(config.variant?.timeLocale ?? WORDS[lang].locale, { hour: 'numeric', minute: '2-digit' }).format(at);

const centred = (text: string) =>
  h('div', { class: 'system', style: 'display:flex;justify-content:center' }, h('span', { dir: 'auto' }, text));

const mic = (lang: Lang) =>
  h(
    'button',
    { type: 'button', 'aria-label': WORDS[lang].voice },
    h('span', { 'data-icon': 'mic-outlined', 'aria-hidden': 'true' }, '🎤'),
  );
const sendButton = (lang: Lang) =>
  h(
    'button',
    { type: 'button', 'aria-label': WORDS[lang].send, 'data-fixture-send': '' },
    h('span', { 'data-icon': 'send', 'aria-hidden': 'true' }, '➤'),
  );

const markup: SiteMarkup = {
  oneUrl: true,
  threadPath: () => '/',
  // A deep link opens the chat with that number.
  threadIdFromPath: (path) => /^\/send\/?\?(?:.*&)?phone=\+?(\d+)/.exec(path)?.[1] ?? null,
  renderShell(app, cfg, open, lang) {
    const search = h('div', {
      contenteditable: 'true',
      role: 'textbox',
      'data-tab': '3',
      'aria-label': WORDS[lang].search,
      title: WORDS[lang].search,
      class: 'search-box',
    });
    const chats = h('div', { role: 'grid', 'aria-label': 'Chat list' });
    for (const [id, t] of Object.entries(cfg.threads)) {
      const item = h(
        'div',
        { role: 'row', tabindex: '-1', class: 'inbox-item', 'data-thread': id },
        h('span', { dir: 'auto', title: t.name }, t.name),
      );
      item.addEventListener('click', () => open(id));
      chats.append(item);
    }
    app.append(
      h('div', { id: 'side', class: 'inbox' }, h('div', { class: 'search' }, search), h('div', { id: 'pane-side' }, chats)),
    );
  },
  renderThread(app, id, thread, lang) {
    jid = jidOf(id, thread);
    const members = [...new Set((thread.messages ?? []).flatMap((m) => (m.from ? [m.from] : [])))];
    const subtitle = thread.group ? [...members, WORDS[lang].groupYou].join(', ') : WORDS[lang].contactInfo;
    const header = h(
      'header',
      { class: 'thread-header' },
      h('div', { class: 'avatar', 'aria-hidden': 'true' }),
      h(
        'div',
        { class: 'info' },
        h('div', {}, h('span', { dir: 'auto', title: thread.name, class: 'title' }, thread.name)),
        h('div', { class: 'sub' }, h('span', { dir: 'auto', title: subtitle }, subtitle)),
      ),
    );
    const list = h(
      'div',
      { role: 'application', 'aria-label': 'Message list', tabindex: '-1', class: 'messages' },
      centred(WORDS[lang].encrypted),
      centred(WORDS[lang].today),
    );
    const send = h('span', { class: 'send-slot' }, mic(lang));
    const composerSlot = h(
      'footer',
      { class: 'composer' },
      h('button', { type: 'button', 'aria-label': 'Attach' }, h('span', { 'data-icon': 'plus', 'aria-hidden': 'true' }, '+')),
      send,
    );
    const region = h('div', { id: 'main', class: 'thread' }, header, list, composerSlot);
    app.append(region);
    return { list, composerSlot, send, region };
  },
  renderRow(m, thread, lang) {
    const index = (thread.messages ?? []).indexOf(m);
    const out = m.dir === 'out';
    const from = out ? ME : thread.group ? (m.from ?? thread.name) : thread.name;
    const member = thread.group && !out ? `_${memberJid(from)}` : '';
    const msgId = `3EB0${(index + 1).toString(16).toUpperCase().padStart(16, '0')}`;
    let at = typeof m.at === 'number' ? m.at : typeof m.at === 'string' ? Date.parse(m.at) : shownAt.get(m);
    if (at === undefined) shownAt.set(m, (at = Date.now()));
    const bubble = h('div', { class: `bubble ${m.dir}` });
    // In a group, an incoming bubble is headed by its sender's name (never part of the message).
    if (thread.group && !out) bubble.append(h('div', { class: 'sender' }, h('span', { dir: 'auto' }, from)));
    const meta = h('span', { class: 'meta', 'aria-hidden': 'true' }, shortTime(at, lang));
    if (m.media === 'voice') {
      // A voice note: a play button and its length; no data-pre-plain-text, no text.
      bubble.append(
        h('button', { type: 'button', 'aria-label': 'Play voice message' }, h('span', { 'data-icon': 'audio-play' }, '▶')),
        h('span', { 'aria-hidden': 'true', class: 'duration' }, '0:24'),
        meta,
      );
    } else {
      bubble.append(
        h(
          'div',
          { class: 'copyable-text', 'data-pre-plain-text': prePlainText(at, from, lang) },
          h('span', { class: 'selectable-text copyable-text', dir: 'ltr' }, h('span', {}, m.text)),
          meta,
        ),
      );
    }
    const message = h(
      'div',
      {
        class: `message-${out ? 'out' : 'in'} focusable-list-item`,
        style: `display:flex;justify-content:${out ? 'flex-end' : 'flex-start'}`,
      },
      h('span', { 'aria-label': `${out ? 'You' : from}:` }),
      bubble,
    );
    return h(
      'div',
      { role: 'row' },
      h('div', { 'data-id': `${out}_${jid}_${msgId}${member}`, tabindex: '-1', class: 'msg' }, message),
    );
  },
  // The voice-message button becomes Send once the editor holds text, and back when it is empty.
  setSendEnabled(slot, enabled) {
    const lang = (document.documentElement.lang || 'en') as Lang;
    const has = slot.querySelector('[data-icon="send"]') !== null;
    if (has !== enabled) slot.replaceChildren(enabled ? sendButton(lang) : mic(lang));
  },
  sendEnabled: (slot) => slot.querySelector('[data-icon="send"]') !== null,
  composerAttributes: (_name, lang) => ({
    role: 'textbox',
    'data-tab': '10',
    'aria-label': WORDS[lang].typeMessage,
    'aria-placeholder': WORDS[lang].typeMessage,
    'aria-multiline': 'true',
    spellcheck: 'true',
    class: 'editor',
  }),
};

startSite(markup);
