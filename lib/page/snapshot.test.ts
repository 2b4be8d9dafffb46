// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { anonymise, INTERFACE_WORDS, pageSnapshot } from './snapshot';

const codePoints = (s: string) => [...s].length;

/** Moves parsed markup into the live jsdom document, so computed styles and shadow roots are available. */
function mount(body: string, head = ''): Document {
  const parsed = new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
  document.documentElement.lang = 'en';
  document.head.replaceChildren(...parsed.head.childNodes);
  document.body.replaceChildren(...parsed.body.childNodes);
  return document;
}

const reparse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

const DROPPED =
  'script, noscript, img, picture, video, audio, source, iframe, object, embed, canvas, link, meta, style, template';
const lightTags = (root: Element) =>
  Array.from(root.querySelectorAll('*'))
    .filter((el) => !el.closest(DROPPED) && !el.closest('dm-sidekick'))
    .map((el) => el.localName);

// An Instagram-like thread, a WhatsApp-like row and a Messenger-like composer with the personal data they really carry.
const DM_PAGE = `
  <div role="navigation" aria-label="Chats">
    <a href="/jane.doe_shop/" role="link"><span dir="auto">Jane Doe</span><img src="https://cdn.example/jane.jpg" alt="Jane Doe's profile picture"></a>
    <a href="https://www.instagram.com/olu/?hl=en"><span>Olu Adébáyọ̀</span></a>
    <div><span title="Zoë 👑">Zoë 👑</span><span lang="ar" dir="rtl">مرحبا</span></div>
  </div>
  <div role="main" aria-label="Conversation with Jane Doe">
    <div role="grid" aria-label="Messages in conversation with Jane Doe">
      <div data-dm-message-row="out" data-id="false_5511999998888@c.us_3EB0A1">
        <div class="copyable-text" data-pre-plain-text="[10:54 PM, 12/9/2025] Jane Doe: ">
          <span>You sent</span><span dir="auto">Call me on +55 11 99999-8888 before 6pm!</span>
          <time datetime="2025-12-09T22:54:00Z">10:54 PM</time>
        </div>
      </div>
      <div data-dm-message-row="in"><span>Ça va, Jane? 😀</span><img src="x" onerror="alert(1)"></div>
    </div>
    <div role="textbox" contenteditable="true" aria-label="Message" aria-placeholder="Write to Jane Doe" data-lexical-editor="true"><p><br></p></div>
    <div role="button" tabindex="0" onclick="send()">Send</div>
  </div>
  <script>window.secret = "Jane Doe"</script>
  <noscript>Jane Doe</noscript>
  <iframe src="https://ads.example/?u=jane"></iframe>
  <!-- Jane Doe's comment -->`;

const PERSONAL = [
  'Jane',
  'jane',
  'Doe',
  'doe_shop',
  'olu',
  'Olu',
  'Adébáyọ̀',
  'Zoë',
  'مرحبا',
  '5511999998888',
  '3EB0A1',
  '99999',
  '2025',
  '10:54',
  'Call me',
  'profile picture',
  'cdn.example',
  'ads.example',
];

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

describe('anonymise', () => {
  it.each([
    ['Jane Doe', 'Xxxx Xxx'],
    ['jane.doe_shop', 'xxxx.xxx_xxxx'],
    ['Zo\u00eb 👑', 'Xxx 👑'],
    ['مرحبا', 'xxxxx'],
    ['+55 11 99999-8888', '+00 00 00000-0000'],
    ['Conversation with Jane Doe', 'Conversation with Xxxx Xxx'],
    ['Messages in conversation with Jane', 'Messages in conversation with Xxxx'],
    ['[10:54 PM, 12/9/2025] Jane Doe: ', '[00:00 PM, 00/0/0000] Xxxx Xxx: '],
    ['false_5511999998888@c.us_3EB0A1', 'false_0000000000000@c.us_0XX0X0'],
    ['You sent', 'You sent'],
    ['YOU SENT a photo', 'YOU SENT x xxxxx'],
    ['Conversación con Inés', 'Conversación con Xxxx'],
    ['Você enviou', 'Você enviou'],
  ])('%s → %s', (text, expected) => {
    expect(anonymise(text)).toBe(expected);
  });

  it('keeps interface words only as whole words', () => {
    expect(anonymise('Sender Youssef Sendai Messaged')).toBe('Xxxxxx Xxxxxxx Xxxxxx Xxxxxxxx');
    expect(anonymise('Press enter to send')).toBe('Press enter to send');
    expect(anonymise('Type a message')).toBe('Type a message');
  });

  it.each([
    'Olu Adébáyọ̀',
    'Olu Ade\u0301ba\u0301yo\u0323\u0300',
    'مرحبا بك',
    'Zoë 👑',
    '𝐉𝐚𝐧𝐞 ❤️ 5️⃣',
    'Ελένη Παπαδοπούλου',
    '山田太郎',
  ])('keeps the length in code points and leaves no letter of %s', (text) => {
    const out = anonymise(text);
    expect(codePoints(out)).toBe(codePoints(text));
    expect(out.replace(/[xX0]/g, '')).not.toMatch(/[\p{L}\p{N}]/u);
  });

  it('keeps emoji, including their variation selectors and keycaps', () => {
    expect(anonymise('❤️ 5️⃣ 👍🏽 👨‍👩‍👧')).toBe('❤️ 0️⃣ 👍🏽 👨‍👩‍👧');
  });

  it('allow-lists the interface words of the supported sites', () => {
    expect(INTERFACE_WORDS).toEqual(expect.arrayContaining(['Conversation with', 'You sent', 'Send', 'false', 'c.us', 'Aa']));
  });
});

describe('pageSnapshot', () => {
  it('leaves no personal string in a DM page and keeps the placeholders and interface words', () => {
    const out = pageSnapshot(mount(DM_PAGE, '<title>Instagram • Jane Doe</title>'));
    for (const personal of PERSONAL) expect(out).not.toContain(personal);
    expect(out).toContain('href="/xxxx.xxx_xxxx/"');
    expect(out).toContain('href="https://www.instagram.com/xxx/?xx=xx"');
    expect(out).toContain('aria-label="Conversation with Xxxx Xxx"');
    expect(out).toContain('aria-label="Messages in conversation with Xxxx Xxx"');
    expect(out).toContain('aria-placeholder="Write to Xxxx Xxx"');
    expect(out).toContain('data-id="false_0000000000000@c.us_0XX0X0"');
    expect(out).toContain('data-pre-plain-text="[00:00 PM, 00/0/0000] Xxxx Xxx: "');
    expect(out).toContain('<span>You sent</span>');
    expect(out).toContain('>Send</div>');
    expect(out).toContain('<span dir="auto">Xxxx xx xx +00 00 00000-0000 xxxxxx 0xx!</span>');
    expect(out).toContain('<span lang="ar" dir="rtl">xxxxx</span>');
    expect(out).toContain('<span title="Xxx 👑">Xxx 👑</span>');
    expect(out).toContain('datetime="0000-00-00X00:00:00X"');
  });

  it('keeps structural attributes verbatim', () => {
    const out = pageSnapshot(mount(DM_PAGE));
    expect(out).toContain('<div class="copyable-text"');
    expect(out).toContain('role="textbox" contenteditable="true"');
    expect(out).toContain('data-lexical-editor="true"');
    expect(out).toContain('data-dm-message-row="out"');
  });

  it('drops scripts, media, frames, comments and event handlers', () => {
    const out = pageSnapshot(mount(DM_PAGE));
    for (const gone of ['<script', '<noscript', '<img', '<iframe', 'onerror', 'onclick', 'src=', '<!--', 'alert', 'secret'])
      expect(out).not.toContain(gone);
  });

  it('escapes hostile text and attribute values', () => {
    const doc = mount('<p></p>');
    const p = doc.querySelector('p')!;
    p.textContent = '<script>alert(1)</script> & <img src=x onerror=alert(1)>';
    p.className = 'a" onmouseover="alert(1)" x="<';
    p.setAttribute('data-testid', '</p><script>alert(2)</script>');
    const out = pageSnapshot(doc);
    expect(out).not.toMatch(/<script|<img|onerror/i);
    const parsed = reparse(out).querySelector('p')!;
    expect(parsed.getAttributeNames()).toEqual(['class', 'data-testid']);
    expect(parsed.className).toBe(p.className);
    expect(parsed.getAttribute('data-testid')).toBe('</p><script>alert(2)</script>');
    expect(parsed.textContent).toBe(anonymise(p.textContent));
  });

  it('anonymises links with other schemes entirely', () => {
    const out = pageSnapshot(
      mount(
        '<a href="javascript:alert(1)">x</a><a href="mailto:jane@doe.com">y</a><a href="https://jane:pw@example.com/a">z</a>',
      ),
    );
    expect(out).toContain('href="xxxxxxxxxx:xxxxx(0)"');
    expect(out).toContain('href="xxxxxx:xxxx@xxx.xxx"');
    expect(out).toContain('href="https://xxxx:xx@example.com/x"');
  });

  it('writes a standalone document with its own head and the anonymised URL', () => {
    const out = pageSnapshot(
      mount('<main>Hi</main>', '<title>Jane Doe • Instagram</title><meta name="description" content="Jane">'),
      {
        url: 'https://www.instagram.com/direct/t/17843262539012345/',
      },
    );
    expect(out.startsWith('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>DM page structure</title>')).toBe(
      true,
    );
    expect(out).toContain('<meta name="dm-sidekick-url" content="https://www.instagram.com/direct/t/00000000000000000/">');
    expect(out).not.toContain('Jane');
    const parsed = reparse(out);
    expect(parsed.title).toBe('DM page structure');
    expect(parsed.documentElement.lang).toBe('en');
    expect(parsed.body.textContent).toBe('Xx');
  });

  it('keeps the site’s interface words in URLs (a thread named in the query), and masks the values', () => {
    const url = 'https://example.com/latest/inbox/all?selected_item_id=7001&hl=en&thread_type=FB_MESSAGE';
    const page = mount(`<a href="${url.replace(/&/g, '&amp;')}">Jane</a>`);
    const out = pageSnapshot(page, { url, keep: ['selected_item_id', 'thread_type'] });
    const masked = 'https://example.com/latest/inbox/xxx?selected_item_id=0000&amp;xx=xx&amp;thread_type=XX_MESSAGE';
    expect(out).toContain(`content="${masked.replace(/&amp;/g, '&#38;')}"`);
    expect(out).toContain(`href="${masked.replace(/&amp;/g, '&#38;')}"`);
    // Without the site's words, the query is masked whole, as before.
    expect(pageSnapshot(page, { url })).toContain('?xxxxxxxx_xxxx_xx=0000&#38;xx=xx&#38;xxxxxx_xxxx=XX_MESSAGE');
  });
  it('serialises open shadow roots as declarative shadow DOM and keeps the light DOM structure', () => {
    const doc = mount(DM_PAGE);
    const host = doc.createElement('x-thread');
    const shadow = host.attachShadow({ mode: 'open' });
    const bubble = doc.createElement('div');
    bubble.setAttribute('role', 'row');
    bubble.textContent = 'Jane Doe: see you at 7';
    shadow.append(doc.createElement('style'), bubble);
    const slotted = doc.createElement('span');
    slotted.textContent = 'Olu';
    host.append(slotted);
    doc.querySelector('[role="main"]')!.append(host);

    const out = pageSnapshot(doc);
    expect(out).toContain(
      '<x-thread><template shadowrootmode="open"><div role="row">Xxxx Xxx: xxx you xx 0</div></template><span>Xxx</span></x-thread>',
    );
    const parsed = reparse(out);
    expect(lightTags(parsed.body).filter((tag) => tag !== 'template')).toEqual(lightTags(doc.body));
  });

  it('writes the computed layout and replaces the page style attribute', () => {
    const doc = mount(`
      <div id="row" style="display:flex;justify-content:flex-end;color:red">a</div>
      <div id="column" style="display:flex;flex-direction:column">b</div>
      <div id="list" style="overflow-y:auto">c</div>
      <div id="centre" style="text-align:center">d</div>
      <div id="gone" style="display:none">e</div>
      <div id="plain" style="color:red;font-size:12px">f</div>
      <div id="bare">g</div>`);
    const styles = Object.fromEntries(
      Array.from(reparse(pageSnapshot(doc)).querySelectorAll('div'), (el) => [el.id, el.getAttribute('style')]),
    );
    expect(styles.row).toContain('display:flex');
    expect(styles.row).toContain('justify-content:flex-end');
    expect(styles.row).not.toContain('color');
    expect(styles.column).toBe('display:flex;flex-direction:column');
    expect(styles.list).toBe('overflow-y:auto');
    expect(styles.centre).toBe('text-align:center');
    expect(styles.gone).toBe('display:none');
    expect(styles.plain).toBeNull();
    expect(styles.bare).toBeNull();
  });

  it('works on a document without a window', () => {
    const doc = reparse('<div style="display:flex">Jane</div>');
    expect(doc.defaultView).toBeNull();
    expect(pageSnapshot(doc)).toContain('<body><div>Xxxx</div></body>');
  });

  it('never writes what the user typed into a form field', () => {
    const doc = mount(
      '<form><input type="text" placeholder="Search"><textarea aria-label="Message">Jane draft</textarea></form>',
    );
    const input = doc.querySelector('input')!;
    input.value = 'secret query';
    input.setAttribute('value', 'Jane Doe');
    const textarea = doc.querySelector('textarea')!;
    textarea.value = 'my secret reply';
    const out = pageSnapshot(doc);
    expect(out).toContain('<input type="text" placeholder="Search">');
    expect(out).toContain('<textarea aria-label="Message"></textarea>');
    expect(out).not.toMatch(/secret|Jane|value=/);
    expect(out).not.toContain('xxxxxx');
  });

  it('leaves out the extension’s own UI', () => {
    const doc = mount('<main>Hi</main>');
    const ui = doc.createElement('dm-sidekick');
    ui.attachShadow({ mode: 'open' }).append('Reply to Jane Doe');
    doc.body.append(ui);
    const out = pageSnapshot(doc);
    expect(out).not.toContain('dm-sidekick');
    expect(out).not.toContain('Xxxx Xxx');
  });

  it('drops SVG images but keeps the icon structure', () => {
    const doc = mount(
      '<svg aria-label="Jane" viewBox="0 0 24 24"><title>Jane</title><image href="https://cdn.example/a.png"></image><path d="M1 1"></path></svg>',
    );
    const out = pageSnapshot(doc);
    expect(out).toContain('<svg aria-label="Xxxx" viewBox="0 0 00 00"><path d="X0 0"></path></svg>');
  });
});
