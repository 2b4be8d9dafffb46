// Fixture skin: Facebook Messenger as docs/platforms.md describes it — facebook.com/messages/t/<id>/,
// /messages/e2ee/t/<id>/ and messenger.com/t/<id>/; inside [role=main] the first a[aria-label] names the contact; rows
// are [role=row] headed by a visually-hidden "You sent" (own) or the sender's name (theirs); times in abbr[title];
// Lexical composer with aria-placeholder "Aa"; Send labelled "Press enter to send". On every other facebook.com page:
// the feed (its post box and comment boxes are editable too, never targets) and chat pop-ups docked at the bottom right,
// each a grid labelled "Messages in conversation with <Name>", a "Thread composer" group with its own Lexical box, and
// "Send a Like" in place of Send while the box is empty; incoming rows carry the contact's avatar, no heading.
import { h } from '../../../tests/fixtures/src/dom';
import { startSite, threadLinks, timeLabel, type Lang, type SiteMarkup } from '../../../tests/fixtures/src/site';

interface Words {
  youSent: string;
  send: string;
  message: string;
  with: string;
  titled: string;
  search: string;
  like: string;
  post: string;
  comment: string;
  close: string;
}
const WORDS: Record<Lang, Words> = {
  en: {
    like: 'Send a Like',
    post: 'What’s on your mind?',
    comment: 'Write a comment…',
    close: 'Close chat',
    youSent: 'You sent',
    send: 'Press enter to send',
    message: 'Message',
    with: 'Messages in conversation with',
    titled: 'Messages in conversation titled',
    search: 'Search Messenger',
  },
  es: {
    like: 'Enviar un Me gusta',
    post: '¿Qué estás pensando?',
    comment: 'Escribe un comentario…',
    close: 'Cerrar chat',
    youSent: 'Enviaste',
    send: 'Pulsa Intro para enviar',
    message: 'Mensaje',
    with: 'Mensajes de la conversación con',
    titled: 'Mensajes de la conversación titulada',
    search: 'Buscar en Messenger',
  },
  pt: {
    like: 'Enviar um Curtir',
    post: 'No que você está pensando?',
    comment: 'Escreva um comentário…',
    close: 'Fechar chat',
    youSent: 'Você enviou',
    send: 'Pressione Enter para enviar',
    message: 'Mensagem',
    with: 'Mensagens na conversa com',
    titled: 'Mensagens na conversa intitulada',
    search: 'Pesquisar no Messenger',
  },
};

const prefix = () => (location.hostname === 'www.messenger.com' ? '' : '/messages');
const onMessenger = () => location.hostname === 'www.messenger.com' || location.pathname.startsWith('/messages');
const words = () => WORDS[(document.documentElement.lang as Lang) || 'en'];

/** An editable box of the feed, as Facebook renders its post and comment boxes (Lexical too): never a target. */
function feedBox(label: string): HTMLElement {
  return h('div', {
    role: 'textbox',
    contenteditable: 'true',
    'data-lexical-editor': 'true',
    'aria-label': label,
    'data-fixture-decoy': '',
    class: 'editor',
  });
}
const e2ee = () => (location.pathname.includes('/e2ee/') ? '/e2ee' : '');

const markup: SiteMarkup = {
  threadPath: (id) => `${prefix()}${e2ee()}/t/${id}/`,
  threadIdFromPath: (path) => /\/t\/([^/]+)/.exec(path)?.[1] ?? null,
  renderShell(app, config, open, lang) {
    if (!onMessenger()) {
      // The feed: a post box and a post with its comment box, in the page's main column.
      app.append(
        h(
          'div',
          { role: 'main', class: 'thread feed' },
          feedBox(WORDS[lang].post),
          h('article', {}, h('p', {}, 'A post about candles'), feedBox(WORDS[lang].comment)),
        ),
        h('div', { class: 'popups', style: 'position:fixed;right:8px;bottom:0;display:flex;gap:8px;align-items:flex-end' }),
      );
      return;
    }
    const list = h(
      'div',
      { role: 'grid', 'aria-label': 'Chats', class: 'inbox-list' },
      ...threadLinks(config, open, (id) => markup.threadPath(id)),
    );
    const search = WORDS[lang].search;
    app.append(
      h(
        'div',
        { role: 'navigation', class: 'inbox', 'aria-label': 'Chats' },
        h('input', { type: 'search', 'aria-label': search, placeholder: search }),
        list,
      ),
    );
  },
  renderThread(app, _id, thread, lang) {
    const handle = thread.handle ?? 'profile.php';
    const header = h(
      'div',
      { class: 'thread-header' },
      h(
        'a',
        { href: `https://www.facebook.com/${handle}`, 'aria-label': thread.name, role: 'link' },
        h('span', { class: 'avatar' }),
        h('span', {}, thread.name),
      ),
    );
    const label = `${thread.group ? WORDS[lang].titled : WORDS[lang].with} ${thread.name}`;
    const list = h('div', { role: 'grid', 'aria-label': label, class: 'messages' });
    const send = h(
      'div',
      { role: 'button', tabindex: '0', 'aria-label': WORDS[lang].send, class: 'send', 'data-fixture-send': '' },
      '➤',
    );
    const composerSlot = h('div', { class: 'composer' }, send);
    const region = h('div', { role: 'main', class: 'thread' }, header, list, composerSlot);
    app.append(region);
    return { list, composerSlot, send, region };
  },
  renderRow(m, thread, lang) {
    if (!onMessenger()) {
      // A pop-up's row: no heading; the contact's avatar beside an incoming message, own messages to the right.
      const bubble = h('div', { class: `bubble ${m.dir}`, dir: 'auto' }, m.text);
      const side = `display:flex;justify-content:${m.dir === 'out' ? 'flex-end' : 'flex-start'}`;
      const avatar = h('img', { alt: m.from ?? thread.name, class: 'avatar', width: '20', height: '20' });
      return h(
        'div',
        { role: 'row' },
        h('div', { class: 'row-inner', style: side }, ...(m.dir === 'in' ? [avatar] : []), bubble),
      );
    }
    const inner = h('div', {
      class: 'row-inner',
      style: `display:flex;justify-content:${m.dir === 'out' ? 'flex-end' : 'flex-start'}`,
    });
    if (m.at !== undefined)
      inner.append(h('abbr', { title: typeof m.at === 'number' ? timeLabel(m.at, lang) : m.at, class: 'sr-only' }));
    // Every row is headed by who sent it, visually hidden: "You sent" or the sender's name.
    inner.append(h('h5', { class: 'sr-only' }, m.dir === 'out' ? WORDS[lang].youSent : (m.from ?? thread.name)));
    inner.append(h('div', { class: `bubble ${m.dir}`, dir: 'auto' }, m.text));
    return h('div', { role: 'row' }, inner);
  },
  renderFloating(app, chat, thread, lang) {
    const dock = app.querySelector('.popups')!;
    const handle = thread.handle ?? 'profile.php';
    const closeButton = h('div', { role: 'button', 'aria-label': WORDS[lang].close, tabindex: '0' }, '×');
    if (chat.minimised) {
      // A folded chat is only its avatar: no messages, no box.
      const head = h('div', { class: 'chat-head', 'aria-label': thread.name, role: 'button' }, thread.name.slice(0, 1));
      dock.append(head);
      return { list: h('div'), composerSlot: h('div'), send: h('div'), region: head };
    }
    const header = h(
      'div',
      { class: 'thread-header' },
      h('a', { href: `https://www.facebook.com/${handle}`, role: 'link' }, thread.name),
      closeButton,
    );
    const label = `${thread.group ? WORDS[lang].titled : WORDS[lang].with} ${thread.name}`;
    const list = h('div', { role: 'grid', 'aria-label': label, class: 'messages', style: 'height:220px' });
    const send = h(
      'div',
      { role: 'button', tabindex: '0', 'aria-label': WORDS[lang].like, class: 'send popup-send', 'data-fixture-send': '' },
      '👍',
    );
    const composerSlot = h('div', { role: 'group', 'aria-label': 'Thread composer', class: 'composer' }, send);
    const region = h(
      'div',
      { class: 'thread popup', style: 'width:300px;background:inherit;border:1px solid #ccc;flex:none' },
      header,
      list,
      composerSlot,
    );
    dock.append(region);
    return { list, composerSlot, send, region };
  },
  setSendEnabled(send, enabled) {
    // A pop-up shows "Send a Like" while its box is empty, and Send once the box has text.
    if (send.classList.contains('popup-send')) {
      send.setAttribute('aria-label', enabled ? words().send : words().like);
      send.textContent = enabled ? '➤' : '👍';
      return;
    }
    send.setAttribute('aria-disabled', String(!enabled));
  },
  sendEnabled: (send) =>
    send.classList.contains('popup-send')
      ? send.getAttribute('aria-label') === words().send
      : send.getAttribute('aria-disabled') !== 'true',
  composerAttributes: (name, lang) => ({
    role: 'textbox',
    'aria-label': WORDS[lang].message,
    'aria-placeholder': 'Aa',
    'aria-describedby': `Write to ${name}`,
    class: 'editor',
  }),
};

startSite(markup);
