// Fixture skin: Instagram web DMs as docs/platforms.md describes them — /direct/t/<id>/, a thread region labelled
// "Conversation with <name>", the header linking the name to /<handle>/, own messages aligned right, a Lexical
// composer labelled "Message", a separate search box, no per-row times. Used by the e2e tests, the demo and the bench.
import { h } from '../../../tests/fixtures/src/dom';
import { startSite, threadLinks, type Lang, type SiteMarkup } from '../../../tests/fixtures/src/site';

const WORDS: Record<Lang, { conversation: string; message: string; send: string; search: string }> = {
  en: { conversation: 'Conversation with', message: 'Message', send: 'Send', search: 'Search' },
  es: { conversation: 'Conversación con', message: 'Mensaje', send: 'Enviar', search: 'Buscar' },
  pt: { conversation: 'Conversa com', message: 'Mensagem', send: 'Enviar', search: 'Pesquisar' },
};

const markup: SiteMarkup = {
  threadPath: (id) => `/direct/t/${id}/`,
  threadIdFromPath: (path) => /^\/direct\/t\/([^/]+)/.exec(path)?.[1] ?? null,
  renderShell(app, config, open, lang) {
    const list = h('div', { class: 'inbox-list' }, ...threadLinks(config, open, (id) => markup.threadPath(id)));
    const search = WORDS[lang].search;
    app.append(
      h(
        'nav',
        { class: 'inbox', 'aria-label': 'Inbox' },
        h('input', { type: 'text', 'aria-label': search, placeholder: search }),
        list,
      ),
    );
  },
  renderThread(app, _id, thread, lang) {
    const handle = thread.handle ?? 'someone';
    // A group has no profile to link to: its title is plain text.
    const header = thread.group
      ? h('header', { class: 'thread-header' }, h('span', {}, thread.name))
      : h(
          'header',
          { class: 'thread-header' },
          h('a', { href: `/${handle}/`, role: 'link' }, h('span', {}, thread.name)),
          h('span', { class: 'sub' }, handle),
        );
    const list = h('div', { role: 'grid', 'aria-label': 'Messages', class: 'messages' });
    const send = h(
      'div',
      { role: 'button', tabindex: '0', class: 'send', 'data-fixture-send': '', 'aria-label': WORDS[lang].send },
      WORDS[lang].send,
    );
    const composerSlot = h('div', { class: 'composer' }, send);
    const region = h(
      'section',
      { 'aria-label': `${WORDS[lang].conversation} ${thread.name}`, class: 'thread' },
      header,
      list,
      composerSlot,
    );
    app.append(region);
    return { list, composerSlot, send, region };
  },
  renderRow(m, thread) {
    const inner = h('div', {
      class: 'row-inner',
      style: `display:flex;justify-content:${m.dir === 'out' ? 'flex-end' : 'flex-start'}`,
    });
    const bubble = h('div', { class: `bubble ${m.dir}`, dir: 'auto' }, m.text);
    // In groups, incoming messages are headed by their sender's name.
    if (thread.group && m.dir === 'in' && m.from)
      inner.append(h('div', { class: 'group-msg' }, h('h5', { class: 'sender' }, m.from), bubble));
    else inner.append(bubble);
    return h('div', { role: 'row' }, inner);
  },
  setSendEnabled(send, enabled) {
    send.setAttribute('aria-disabled', String(!enabled));
  },
  composerAttributes: (_name, lang) => ({
    role: 'textbox',
    'aria-label': WORDS[lang].message,
    'aria-placeholder': `${WORDS[lang].message}...`,
    class: 'editor',
  }),
};

startSite(markup);
