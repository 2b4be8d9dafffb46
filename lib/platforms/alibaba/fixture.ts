// Fixture skin: Alibaba.com as docs/platforms.md describes it. Make it build the markup the real site uses (and its
// variants: other languages, no ARIA roles, a group chat…), so the conformance kit tests the adapter against it.
import { h } from '../../../tests/fixtures/src/dom';
import { startSite, timeLabel, type Lang, type SiteMarkup } from '../../../tests/fixtures/src/site';

const SEND: Record<Lang, string> = { en: 'Send', es: 'Enviar', pt: 'Enviar' };

const markup: SiteMarkup = {
  threadPath: (id) => `/messages/t/${id}/`,
  threadIdFromPath: (path) => /^\/messages\/t\/([^/]+)/.exec(path)?.[1] ?? null,
  renderShell(app, config, open) {
    const nav = h('nav', { class: 'inbox', 'aria-label': 'Chats' });
    for (const [id, t] of Object.entries(config.threads)) {
      const link = h('a', { href: `/messages/t/${id}/`, class: 'inbox-item', 'data-thread': id }, t.name);
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
    const row = h('div', { role: 'row', style: `display:flex;justify-content:${m.dir === 'out' ? 'flex-end' : 'flex-start'}` });
    if (thread.group && m.dir === 'in' && m.from) row.append(h('h5', { class: 'sr-only' }, m.from));
    if (typeof m.at === 'number') row.append(h('time', { datetime: new Date(m.at).toISOString(), class: 'sr-only' }, timeLabel(m.at, lang)));
    row.append(h('div', { class: `bubble ${m.dir}` }, m.text));
    return row;
  },
  setSendEnabled(send, enabled) {
    send.setAttribute('aria-disabled', String(!enabled));
  },
  composerAttributes: () => ({ role: 'textbox', 'aria-label': 'Message', class: 'editor' }),
};

startSite(markup);
