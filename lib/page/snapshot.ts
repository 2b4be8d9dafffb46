/** Interface phrases that carry no personal data and help a replay find the page's landmarks. */
export const INTERFACE_WORDS: readonly string[] = [
  'Message',
  'Messages',
  'Send',
  'Press enter to send',
  'Conversation with',
  'Messages in conversation with',
  'You sent',
  'You',
  'Type a message',
  'Write to',
  'Thread composer',
  'Chats',
  'Inbox',
  'Search',
  'online',
  'typing',
  'last seen',
  'Today',
  'Yesterday',
  'AM',
  'PM',
  'Enviar',
  'Mensaje',
  'Mensagem',
  'Conversación con',
  'Conversa com',
  'Enviaste',
  'Você enviou',
  'true',
  'false',
  'c.us',
  'g.us',
  'lid',
  'Aa',
];

const set = (words: string): Set<string> => new Set(words.split(' '));

const WORD = '[\\p{L}\\p{M}\\p{N}]';
// One pass: an allow-listed phrase standing as whole words (longest first, any run of spaces) or else one letter/mark/digit.
/** The one-pass pattern for a list of kept words (built once per list). */
const patterns = new WeakMap<readonly string[], RegExp>();
function personal(words: readonly string[]): RegExp {
  let re = patterns.get(words);
  if (!re)
    patterns.set(
      words,
      (re = new RegExp(
        `(?<!${WORD})(${[...words]
          .sort((a, b) => b.length - a.length)
          .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
          .join('|')})(?!${WORD})|${WORD}`,
        'giu',
      )),
    );
  return re;
}
// Variation selectors and the keycap mark belong to emoji, not to text.
const EMOJI_MARK = /[\uFE00-\uFE0F\u20E3\u{E0100}-\u{E01EF}]/u;

const mask = (c: string): string => (/\p{N}/u.test(c) ? '0' : c.toLowerCase() !== c ? 'X' : EMOJI_MARK.test(c) ? c : 'x');

/** Same-length placeholder for personal text: letters → x/X (case kept), digits → 0, everything else kept; allow-listed interface words kept as written. */
export function anonymise(text: string, keep: readonly string[] = INTERFACE_WORDS): string {
  return text.replace(personal(keep), (m: string, word: string | undefined) => word ?? mask(m));
}

// Path segments of the sites' own routes: a replay needs them to recognise a thread URL; ids and handles are masked.
const ROUTE_WORDS = set('direct t inbox messages e2ee i chat pin requests messaging thread latest message send');

/**
 * Keeps an http(s) URL's scheme, host, route words and the site's interface words (a query parameter's name, where a
 * site names its threads in the query); everything else (user info, ids, handles, query values) is masked.
 */
function anonymiseUrl(url: string, words: readonly string[] = INTERFACE_WORDS): string {
  const [origin = '', scheme = '', user = '', host = ''] = /^((?:https?:)?\/\/)([^/?#]*@)?([^/?#]*)/i.exec(url) ?? [];
  const rest = url.slice(origin.length);
  const [path = '', tail = ''] = /^([^?#]*)(.*)$/s.exec(rest)!.slice(1);
  const maskedPath = path
    .split('/')
    .map((segment) => (ROUTE_WORDS.has(segment) ? segment : anonymise(segment, words)))
    .join('/');
  return scheme + anonymise(user) + host + maskedPath + anonymise(tail, words);
}

const escape = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

const DROPPED = set(
  'script noscript img picture video audio source iframe object embed canvas link meta style template image title dm-sidekick',
);
const VOID = set('input br hr wbr area col embed meta link source track base');
const KEPT = set(
  'class id role dir lang tabindex contenteditable type data-testid data-lexical-editor data-tab data-icon data-dm-message-row data-send-status aria-hidden aria-disabled aria-expanded aria-selected aria-live aria-labelledby aria-controls for hidden disabled spellcheck',
);
// Default values of the layout properties; jsdom and old engines also report unset ones as '' or a CSS-wide keyword.
const QUIET = /^(|row|normal|start|flex-start|left|initial|inherit|unset|match-parent)$/;
// Names the DOM accepts but that could break out of a tag or attribute when written back as HTML.
const SAFE_NAME = /^[^\s"'<>/=&]+$/;
const SAFE_TAG = /^[a-z][^\s"'<>/=&]*$/i;

/** The page as anonymised HTML (a full `<!doctype html><html>…</html>` document). */
export function pageSnapshot(doc: Document, options: { url?: string; keep?: readonly string[] } = {}): string {
  // The site's own interface words (its adapter's labels, in every language it reads) stay readable too.
  const words = options.keep?.length ? [...INTERFACE_WORDS, ...options.keep] : INTERFACE_WORDS;
  const hide = (text: string) => anonymise(text, words);
  const view = doc.defaultView;
  const computed = typeof view?.getComputedStyle === 'function' ? (el: Element) => view.getComputedStyle(el) : null;

  const layout = (el: Element): string => {
    const cs = computed?.(el);
    if (!cs) return '';
    const { display: d, flexDirection: dir, justifyContent: jc, textAlign: ta, overflowY: oy } = cs;
    const box = /flex|grid/.test(d);
    return [
      (box || d === 'none') && `display:${d}`,
      d.includes('flex') && !QUIET.test(dir) && `flex-direction:${dir}`,
      box && !QUIET.test(jc) && `justify-content:${jc}`,
      !QUIET.test(ta) && `text-align:${ta}`,
      /auto|scroll/.test(oy) && `overflow-y:${oy}`,
    ]
      .filter(Boolean)
      .join(';');
  };

  const attributes = (el: Element): string => {
    let out = '';
    // A form field's value attribute may mirror what the user typed (React syncs it), so it is never written.
    const field = /^(input|textarea)$/.test(el.localName);
    for (const { name, value } of el.attributes) {
      if (/^(on|src$|srcset$|style$)/i.test(name) || !SAFE_NAME.test(name) || (field && name === 'value')) continue;
      out += ` ${name}="${escape(KEPT.has(name) ? value : name === 'href' ? anonymiseUrl(value, words) : hide(value))}"`;
    }
    const style = layout(el);
    return style ? `${out} style="${escape(style)}"` : out;
  };

  const children = (parent: Node): string => {
    let out = '';
    for (const child of parent.childNodes) out += node(child);
    return out;
  };

  const node = (n: Node): string => {
    // Text is 3, elements 1; comments, CDATA and processing instructions are dropped.
    if (n.nodeType === 3) return escape(hide(n.nodeValue ?? ''));
    if (n.nodeType !== 1) return '';
    const el = n as Element;
    const tag = el.localName;
    if (DROPPED.has(tag.toLowerCase()) || !SAFE_TAG.test(tag)) return '';
    const open = `<${tag}${attributes(el)}>`;
    if (VOID.has(tag)) return open;
    const shadow = el.shadowRoot ? `<template shadowrootmode="open">${children(el.shadowRoot)}</template>` : '';
    // A textarea's children are its text, which is what the user typed.
    return `${open}${shadow}${tag === 'textarea' ? '' : children(el)}</${tag}>`;
  };

  const root = doc.documentElement;
  const head = doc.head as HTMLHeadElement | null;
  let body = '';
  for (const child of root.childNodes) if (child !== head) body += node(child);
  const url =
    options.url === undefined ? '' : `<meta name="dm-sidekick-url" content="${escape(anonymiseUrl(options.url, words))}">`;
  return `<!doctype html><html${attributes(root)}><head><meta charset="utf-8"><title>DM page structure</title>${url}${head ? children(head) : ''}</head>${body}</html>`;
}
