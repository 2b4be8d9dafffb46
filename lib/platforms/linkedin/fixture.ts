// Fixture skin: LinkedIn's full messaging page (/messaging/thread/<id>/) as docs/platforms.md describes it.
// - .msg-convo-wrapper holds the thread: the title bar (.msg-entity-lockup__entity-title, a /in/<vanity>/ link), the
//   scrolling ul.msg-s-message-list-content of li.msg-s-message-list__event, each with one .msg-s-event-listitem
//   (--other for incoming); the day heading (time.msg-s-message-list__time-heading: "Today", "Nov 20") on the first
//   event of a day, the sender (.msg-s-message-group__name) and clock (time.msg-s-message-group__timestamp) on the
//   first event of a group only; the body p.msg-s-event-listitem__body with a visually-hidden copy of its text.
// - The composer is LinkedIn's own plain contenteditable (div.msg-form__contenteditable, <p> lines) whose input
//   handling keeps the text LinkedIn knows: button.msg-form__send-button is enabled only once an input event showed
//   text (markup written straight into the box, with no input event, leaves it disabled), Enter sends, Shift+Enter breaks the line.
// - Every other page (the feed): overlay chat bubbles inside the OPEN shadow root of #interop-outlet, each a
//   .msg-overlay-conversation-bubble (role=dialog) with a .msg-overlay-bubble-header__title linking its thread, the same
//   message list and form as the full page; a minimised bubble is its header only.
import { h } from '../../../tests/fixtures/src/dom';
import type { Composer, ComposerEvents } from '../../../tests/fixtures/src/lexical-composer';
import { startSite, threadLinks, type FixtureMessage, type Lang, type SiteMarkup } from '../../../tests/fixtures/src/site';

const WORDS: Record<Lang, { send: string; placeholder: string; today: string; you: string; search: string }> = {
  en: { send: 'Send', placeholder: 'Write a message…', today: 'Today', you: 'You', search: 'Search messages' },
  es: { send: 'Enviar', placeholder: 'Escribe un mensaje…', today: 'Hoy', you: 'Tú', search: 'Buscar mensajes' },
  pt: { send: 'Enviar', placeholder: 'Escreva uma mensagem…', today: 'Hoje', you: 'Você', search: 'Pesquisar mensagens' },
};
const LOCALE: Record<Lang, string> = { en: 'en-US', es: 'es-ES', pt: 'pt-BR' };

const STYLE = `
  .msg-app { display: flex; height: 100vh; font: 14px sans-serif; }
  .msg-conversations-container { width: 240px; border-right: 1px solid #ccc; padding: 8px; }
  .inbox-item { display: block; padding: 6px; }
  .msg-convo-wrapper { flex: 1; display: flex; flex-direction: column; min-width: 0; }
  .msg-s-message-list-content { flex: 1; overflow-y: auto; list-style: none; margin: 0; padding: 8px; }
  .msg-s-message-list__time-heading { display: block; text-align: center; color: #666; }
  .msg-s-message-group__meta { font-size: 12px; color: #666; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .msg-form { display: flex; gap: 6px; padding: 8px; border-top: 1px solid #ccc; }
  .msg-form__contenteditable { flex: 1; min-height: 40px; border: 1px solid #ccc; }
  .msg-form__contenteditable p { margin: 0; }
`;

const at = (m: FixtureMessage) => (typeof m.at === 'number' ? m.at : m.at ? Date.parse(m.at) : Date.now());
const sameDay = (a: number, b: number) => new Date(a).toDateString() === new Date(b).toDateString();
const sameMinute = (a: number, b: number) => Math.floor(a / 60000) === Math.floor(b / 60000);
function dayLabel(when: number, lang: Lang): string {
  if (sameDay(when, Date.now())) return WORDS[lang].today;
  const thisYear = new Date(when).getFullYear() === new Date().getFullYear();
  return new Intl.DateTimeFormat(LOCALE[lang], {
    month: 'short',
    day: 'numeric',
    ...(thisYear ? {} : { year: 'numeric' }),
  }).format(when);
}
const clock = (when: number, lang: Lang) => new Intl.DateTimeFormat(LOCALE[lang], { timeStyle: 'short' }).format(when);

/** LinkedIn's own plain contenteditable: the text it knows changes only through input events. */
function mountLinkedinEditor(slot: HTMLElement, attributes: Record<string, string>, events: ComposerEvents): Composer {
  const box = document.createElement('div');
  for (const [k, v] of Object.entries(attributes)) box.setAttribute(k, v);
  box.contentEditable = 'true';
  box.dataset.fixtureComposer = '';
  const empty = () => box.replaceChildren(h('p', {}, h('br')));
  empty();
  const placeholder = h('div', { class: 'msg-form__placeholder', 'aria-hidden': 'true' }, attributes['aria-label'] ?? '');
  slot.prepend(box, placeholder);
  let known = '';
  /** The box's lines: one per <p>, a <br> inside a line breaks it too. */
  const read = () => (box.innerText ?? box.textContent ?? '').replace(/\n{2}/g, '\n').replace(/\n+$/, '');
  const onInput = () => {
    known = read();
    placeholder.hidden = known.length > 0;
    events.onChange(known);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || e.shiftKey || e.isComposing) return;
    e.preventDefault();
    if (known.trim()) events.onSend(known);
  };
  box.addEventListener('input', onInput);
  box.addEventListener('keydown', onKey);
  return {
    text: () => known,
    clear: () => {
      empty();
      onInput();
    },
    destroy: () => {
      box.removeEventListener('input', onInput);
      box.removeEventListener('keydown', onKey);
      box.remove();
      placeholder.remove();
    },
  };
}

/** The message list and the form with its Send button, as both the full page and an overlay bubble have them. */
function listAndForm(lang: Lang) {
  const list = h('ul', { class: 'msg-s-message-list-content', role: 'list', 'aria-label': 'Conversation' });
  const send = h(
    'button',
    { type: 'submit', class: 'msg-form__send-button artdeco-button', 'data-fixture-send': '', disabled: '' },
    WORDS[lang].send,
  );
  const composerSlot = h('div', { class: 'msg-form__msg-content-container' });
  const form = h('form', { class: 'msg-form' }, composerSlot, h('div', { class: 'msg-form__right-actions' }, send));
  form.addEventListener('submit', (e) => e.preventDefault());
  return { list, send, composerSlot, form };
}

const OVERLAY_STYLE = `
  ${STYLE}
  .msg-overlay-list-bubble { position: fixed; right: 8px; bottom: 0; display: flex; gap: 8px; align-items: flex-end; }
  .msg-overlay-conversation-bubble { width: 300px; height: 400px; display: flex; flex-direction: column; background: #fff; border: 1px solid #ccc; }
  .msg-overlay-conversation-bubble--is-minimized { height: auto; }
`;

/** The open shadow root of #interop-outlet, where LinkedIn renders its overlay chats (made on first use). */
function overlayRoot(app: HTMLElement): ShadowRoot {
  let host = document.getElementById('interop-outlet');
  if (!host) {
    host = h('div', { id: 'interop-outlet', 'data-testid': 'interop-shadowdom' });
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(h('style', {}, OVERLAY_STYLE), h('div', { class: 'msg-overlay-list-bubble' }));
    app.after(host);
  }
  return host.shadowRoot!;
}

const onMessaging = () => location.pathname.startsWith('/messaging');

const markup: SiteMarkup = {
  threadPath: (id) => `/messaging/thread/${id}/`,
  threadIdFromPath: (path) => /^\/messaging\/thread\/([^/?]+)/.exec(path)?.[1] ?? null,
  renderShell(app, config, open, lang) {
    if (!onMessaging()) {
      // The feed, with its own editable "start a post" box, and the overlay outlet beside the app.
      const post = h('div', {
        role: 'textbox',
        contenteditable: 'true',
        'aria-label': 'Start a post',
        'data-fixture-decoy': '',
        style: 'min-height:40px;border:1px solid #ccc',
      });
      app.append(h('style', {}, STYLE), h('main', { class: 'scaffold-layout__main', role: 'main' }, post));
      overlayRoot(app);
      return;
    }
    const links = threadLinks(config, open, (id) => markup.threadPath(id));
    const inbox = h(
      'aside',
      { class: 'msg-conversations-container', 'aria-label': 'Conversations' },
      h('input', { type: 'search', 'aria-label': WORDS[lang].search, placeholder: WORDS[lang].search }),
      ...links,
    );
    app.append(h('style', {}, STYLE), h('div', { class: 'msg-app', role: 'main' }, inbox));
  },
  renderThread(app, id, thread, lang) {
    const handle = thread.handle ?? 'someone';
    const title = h('h2', { class: 'msg-entity-lockup__entity-title' }, thread.name);
    const header = h(
      'div',
      { class: 'msg-title-bar' },
      thread.group
        ? title
        : h('a', { href: `https://www.linkedin.com/in/${handle}/`, class: 'msg-thread__link-to-profile' }, title),
    );
    const { list, send, composerSlot, form } = listAndForm(lang);
    const region = h('div', { class: 'msg-convo-wrapper', 'data-thread': id }, header, list, form);
    app.querySelector('.msg-app')!.append(region);
    return { list, composerSlot, send, region };
  },
  renderFloating(app, chat, thread, lang) {
    const dock = overlayRoot(app).querySelector('.msg-overlay-list-bubble')!;
    const header = h(
      'header',
      { class: 'msg-overlay-bubble-header' },
      h(
        'a',
        { href: `/messaging/thread/${chat.id}/`, class: 'msg-overlay-bubble-header__control' },
        h('h2', { class: 'msg-overlay-bubble-header__title' }, thread.name),
      ),
      ...(thread.group || !thread.handle ? [] : [h('a', { href: `https://www.linkedin.com/in/${thread.handle}/` }, 'Profile')]),
    );
    const { list, send, composerSlot, form } = listAndForm(lang);
    const minimised = chat.minimised ? ' msg-overlay-conversation-bubble--is-minimized' : '';
    const region = h(
      'div',
      { class: `msg-overlay-conversation-bubble${minimised}`, role: 'dialog', 'aria-label': thread.name },
      header,
      ...(chat.minimised ? [] : [list, form]),
    );
    dock.append(region);
    return { list, composerSlot, send, region };
  },
  renderRow(m, thread, lang) {
    const messages = thread.messages ?? [];
    const prev = messages[messages.indexOf(m) - 1];
    const when = at(m);
    // A windowed list (the virtualised variant) cannot lean on rows it no longer renders: each row heads itself.
    const windowed = Boolean(window.__FIXTURE_CONFIG__.variant?.virtualised);
    const newDay = windowed || !prev || !sameDay(at(prev), when);
    const newGroup = newDay || !prev || prev.dir !== m.dir || prev.from !== m.from || !sameMinute(at(prev), when);
    const own = m.dir === 'out';
    const name = own ? WORDS[lang].you : (m.from ?? thread.name);
    const event = h(
      'div',
      {
        class: `msg-s-event-listitem${own ? '' : ' msg-s-event-listitem--other'}`,
        'data-event-urn': `urn:li:msg_message:${when}-${messages.indexOf(m)}`,
      },
      h(
        'div',
        { class: 'msg-s-event-listitem__message-bubble' },
        h(
          'p',
          { class: 'msg-s-event-listitem__body', dir: 'ltr' },
          h('span', {}, m.text),
          h('span', { class: 'visually-hidden' }, m.text),
        ),
      ),
    );
    const li = h('li', { class: 'msg-s-message-list__event', role: 'listitem' });
    if (newDay) li.append(h('time', { class: 'msg-s-message-list__time-heading' }, dayLabel(when, lang)));
    if (newGroup) {
      li.append(
        h(
          'div',
          { class: 'msg-s-message-group__meta' },
          h('span', { class: 'msg-s-message-group__name' }, name),
          ' ',
          h('time', { class: 'msg-s-message-group__timestamp' }, clock(when, lang)),
        ),
      );
    }
    li.append(event);
    return li;
  },
  setSendEnabled(send, enabled) {
    send.toggleAttribute('disabled', !enabled);
  },
  sendEnabled: (send) => !send.hasAttribute('disabled'),
  composerAttributes: (_name, lang) => ({
    class: 'msg-form__contenteditable t-14',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': WORDS[lang].placeholder,
  }),
  mountComposer: mountLinkedinEditor,
  unmark(row) {
    for (const el of [row, ...Array.from(row.querySelectorAll('*'))]) {
      el.removeAttribute('data-event-urn');
      for (const c of Array.from(el.classList)) if (c.startsWith('msg-')) el.classList.remove(c);
    }
  },
};

startSite(markup);
