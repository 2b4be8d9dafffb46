// Fixture skin: Alibaba.com's IM as docs/platforms.md describes it — one URL for every chat (buyers'
// message.alibaba.com/message/messenger.htm, suppliers' onetalk.alibaba.com/message/weblitePWA.htm#/, whose
// interface is in Chinese here); a contact list of .contact-item-container[data-name] items (the open one .selected);
// header .content-header (name, then company); rows [class*=message-item-wrapper] item-right/item-left, each with
// .item-base-info (name, "YYYY-MM-DD HH:MM:SS"), the text in .session-rich-content.text and, on incoming rows, a
// translated copy beside it; rows the site sent by itself carry "自动接待发送"; a React-controlled textarea
// (real react-dom) and button.send-tool-button.
import { h } from '../../../tests/fixtures/src/dom';
import { mountReactTextarea } from '../../../tests/fixtures/src/react-textarea';
import { startSite, type FixtureMessage, type FixtureThread, type Lang, type SiteMarkup } from '../../../tests/fixtures/src/site';

type Words = { send: string; placeholder: string; search: string; translation: string; me: string };
const WORDS: Record<Lang | 'zh', Words> = {
  en: {
    send: 'Send',
    placeholder: 'Please enter a message',
    search: 'Search contacts',
    translation: 'Translation',
    me: 'Sam Seller',
  },
  es: {
    send: 'Enviar',
    placeholder: 'Escribe un mensaje',
    search: 'Buscar contactos',
    translation: 'Traducción',
    me: 'Sam Seller',
  },
  pt: {
    send: 'Enviar',
    placeholder: 'Digite uma mensagem',
    search: 'Pesquisar contatos',
    translation: 'Tradução',
    me: 'Sam Seller',
  },
  zh: { send: '发送', placeholder: '请输入消息内容', search: '搜索联系人', translation: '翻译', me: 'Sam Seller' },
};
// The suppliers' workbench (OneTalk) shows its interface in Chinese.
const words = (lang: Lang) => WORDS[location.hostname.startsWith('onetalk.') ? 'zh' : lang];

const STYLE = `
  #app { display: flex; height: 100vh; font: 14px sans-serif; }
  .contact-list { width: 240px; border-right: 1px solid #ddd; overflow-y: auto; }
  .contact-item-container { padding: 8px; cursor: pointer; }
  .contact-item-container.selected { background: #fff3e8; }
  .contact-company, .latest-msg { color: #888; font-size: 12px; }
  .chat-content { flex: 1; display: flex; flex-direction: column; min-width: 0; }
  .content-header { padding: 8px; border-bottom: 1px solid #ddd; }
  .scroll-box { flex: 1; overflow-y: auto; padding: 8px; display: flex; flex-direction: column; gap: 8px; }
  .item-right { align-self: flex-end; text-align: right; }
  .item-left { align-self: flex-start; }
  .item-base-info { color: #999; font-size: 12px; }
  .session-rich-content { background: #f2f2f2; padding: 6px 10px; border-radius: 8px; }
  .translate-content { color: #666; font-size: 12px; }
  .auto-tip { color: #aaa; font-size: 11px; }
  .send-box { display: flex; gap: 6px; padding: 8px; border-top: 1px solid #ddd; }
  .send-box textarea { flex: 1; }
`;

const pad = (n: number) => String(n).padStart(2, '0');
/** "2026-11-20 14:05:00", local time, as the supplier side prints it. */
const stamp = (at: number) => {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
};
/** When a message with no time of its own was first shown: its label prints that. */
const shownAt = new WeakMap<FixtureMessage, number>();

function row(m: FixtureMessage, thread: FixtureThread, lang: Lang, auto = false): HTMLElement {
  const out = m.dir === 'out';
  let at = typeof m.at === 'number' ? m.at : typeof m.at === 'string' ? Date.parse(m.at) : shownAt.get(m);
  if (at === undefined) shownAt.set(m, (at = Date.now()));
  const name = out ? words(lang).me : (m.from ?? thread.name);
  const content = h('div', { class: 'item-content' }, h('div', { class: 'session-rich-content text' }, m.text));
  // The site offers a translation of incoming messages, shown beside the original.
  if (!out && m.text)
    content.append(
      h(
        'div',
        { class: 'translate-content' },
        h('span', { class: 'translate-label' }, words(lang).translation),
        h('div', { class: 'session-rich-content text' }, `«${m.text}»`),
      ),
    );
  return h(
    'div',
    { class: `message-item-wrapper ${out ? 'item-right' : 'item-left'}` },
    h('div', { class: 'item-base-info' }, h('span', { class: 'name' }, name), ' ', h('span', { class: 'time' }, stamp(at))),
    content,
    ...(auto ? [h('div', { class: 'auto-tip' }, '自动接待发送')] : []),
  );
}

let current: { thread: FixtureThread; lang: Lang } | null = null;

const markup: SiteMarkup = {
  oneUrl: true,
  threadPath: () => location.pathname + location.search + location.hash,
  threadIdFromPath: () => null,
  renderShell(app, config, open, lang) {
    if (!document.head.querySelector('style[data-skin]')) document.head.append(h('style', { 'data-skin': '' }, STYLE));
    const list = h(
      'div',
      { class: 'contact-list' },
      h('input', { type: 'search', class: 'search-input', placeholder: words(lang).search }),
    );
    for (const [id, t] of Object.entries(config.threads)) {
      const last = t.messages?.at(-1)?.text ?? '';
      const item = h(
        'div',
        { class: 'contact-item-container', 'data-name': t.name, 'data-thread': id },
        h('div', { class: 'contact-info' }, h('span', { class: 'name' }, t.name)),
        h('div', { class: 'contact-company' }, `${t.name.split(' ')[0]} Trading Co., Ltd.`),
        h('div', { class: 'latest-msg' }, last),
      );
      item.addEventListener('click', () => open(id));
      list.append(item);
    }
    app.append(list);
  },
  renderThread(app, id, thread, lang) {
    current = { thread, lang };
    app.querySelector(`.contact-item-container[data-thread="${id}"]`)?.classList.add('selected');
    const header = h(
      'div',
      { class: 'content-header' },
      h('div', { class: 'header-name' }, thread.name),
      h('div', { class: 'header-company' }, `${thread.name.split(' ')[0]} Trading Co., Ltd.`),
    );
    const list = h('div', { class: 'scroll-box' });
    const send = h(
      'button',
      { type: 'button', class: 'send-tool-button', 'data-fixture-send': '', 'aria-disabled': 'true' },
      words(lang).send,
    );
    const composerSlot = h('div', { class: 'send-box' }, send);
    const region = h('div', { class: 'chat-content' }, header, list, composerSlot);
    app.append(region);
    return { list, composerSlot, send, region };
  },
  renderRow: (m, thread, lang) => row(m, thread, lang),
  setSendEnabled(send, enabled) {
    send.setAttribute('aria-disabled', String(!enabled));
    send.classList.toggle('disabled', !enabled);
  },
  composerAttributes: (_name, lang) => ({ class: 'send-textarea', placeholder: words(lang).placeholder }),
  mountComposer: (slot, attributes, events) => mountReactTextarea(slot, attributes, events),
  unmark(el) {
    for (const node of [el, ...Array.from(el.querySelectorAll('*'))]) node.removeAttribute('class');
  },
};

startSite(markup);

/** Tests: the site's auto-reception answers by itself (a row marked 自动接待发送). */
(window as unknown as { __alibabaAutoReply: (text: string) => void }).__alibabaAutoReply = (text) => {
  if (!current) throw new Error('no open thread');
  document.querySelector('.scroll-box')?.append(row({ dir: 'out', text }, current.thread, current.lang, true));
};
