// Fixture skin: Facebook Messenger as docs/platforms.md describes it — facebook.com/messages/t/<id>/,
// /messages/e2ee/t/<id>/ and messenger.com/t/<id>/; inside [role=main] the first a[aria-label] names the contact; rows
// are [role=row] headed by a visually-hidden "You sent" (own) or the sender's name (theirs); times in abbr[title];
// Lexical composer with aria-placeholder "Aa"; Send labelled "Press enter to send".
import { h } from '../../../tests/fixtures/src/dom';
import { startSite, threadLinks, timeLabel, type Lang, type SiteMarkup } from '../../../tests/fixtures/src/site';

const WORDS: Record<Lang, { youSent: string; send: string; message: string; with: string; titled: string; search: string }> = {
  en: {
    youSent: 'You sent',
    send: 'Press enter to send',
    message: 'Message',
    with: 'Messages in conversation with',
    titled: 'Messages in conversation titled',
    search: 'Search Messenger',
  },
  es: {
    youSent: 'Enviaste',
    send: 'Pulsa Intro para enviar',
    message: 'Mensaje',
    with: 'Mensajes de la conversación con',
    titled: 'Mensajes de la conversación titulada',
    search: 'Buscar en Messenger',
  },
  pt: {
    youSent: 'Você enviou',
    send: 'Pressione Enter para enviar',
    message: 'Mensagem',
    with: 'Mensagens na conversa com',
    titled: 'Mensagens na conversa intitulada',
    search: 'Pesquisar no Messenger',
  },
};

const prefix = () => (location.hostname === 'www.messenger.com' ? '' : '/messages');
const e2ee = () => (location.pathname.includes('/e2ee/') ? '/e2ee' : '');

const markup: SiteMarkup = {
  threadPath: (id) => `${prefix()}${e2ee()}/t/${id}/`,
  threadIdFromPath: (path) => /\/t\/([^/]+)/.exec(path)?.[1] ?? null,
  renderShell(app, config, open, lang) {
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
  setSendEnabled(send, enabled) {
    send.setAttribute('aria-disabled', String(!enabled));
  },
  composerAttributes: (name, lang) => ({
    role: 'textbox',
    'aria-label': WORDS[lang].message,
    'aria-placeholder': 'Aa',
    'aria-describedby': `Write to ${name}`,
    class: 'editor',
  }),
};

startSite(markup);
