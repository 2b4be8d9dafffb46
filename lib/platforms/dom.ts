/** Small DOM helpers shared by the adapters (no selectors here: those stay in each site's folder). */
import type { ChatRoot } from './types';

/** Visible text of an element, whitespace folded; null when empty. */
export function textOf(el: Node | null | undefined): string | null {
  const text = el?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The text of an element without the parts that are not the message: elements matched by `skip` (headings, hidden
 * labels, time labels) are left out, an emoji drawn as an image counts as its `alt`, and a block whose text repeats
 * the text already taken (a visually-hidden copy) is not taken twice. Whitespace folded; '' when nothing is left.
 */
export function bodyText(el: Element, skip: string): string {
  const textOfNode = (node: Node): string => {
    let out = '';
    const taken = new Set<string>();
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType !== 1 || (child as Element).matches(skip)) continue;
      else if ((child as Element).localName === 'img') out += (child as Element).getAttribute('alt') ?? '';
      else if ((child as Element).localName === 'br') out += ' ';
      else {
        const block = textOfNode(child);
        const key = fold(block);
        if (key && taken.has(key)) continue;
        if (key) taken.add(key);
        out += block;
      }
    }
    return out;
  };
  return fold(textOfNode(el));
}

/**
 * A message row's body: its outermost `dir="auto"` text blocks (where Meta's pages put message text), outside the
 * parts matched by `skip`; without such blocks, the row's own text minus those parts.
 */
export function messageBody(row: Element, skip: string): string {
  const blocks = Array.from(row.querySelectorAll('[dir="auto"]')).filter(
    (b) => !b.closest(skip) && !b.parentElement?.closest('[dir="auto"]'),
  );
  if (blocks.length === 0) return bodyText(row, skip);
  const texts = blocks.map((b) => bodyText(b, skip)).filter(Boolean);
  return [...new Set(texts)].join(' ');
}

/** Layout is read from the element's own window (fixtures, saved DOM in tests and the live page alike). */
function styleOf(el: Element): CSSStyleDeclaration | null {
  const view = el.ownerDocument.defaultView;
  return view ? view.getComputedStyle(el) : null;
}

/**
 * True when a row's content sits on the right, as the business's own messages do on every supported site: a flex
 * row pushed to the end, right-aligned text, or (last) more room on the left than on the right.
 */
export function alignedRight(row: Element): boolean {
  for (const el of [row, ...Array.from(row.children)]) {
    const style = styleOf(el);
    if (!style) continue;
    if (style.display.includes('flex')) {
      const rowReverse = style.flexDirection === 'row-reverse';
      const end = style.justifyContent === 'flex-end' || style.justifyContent === 'end';
      if (end !== rowReverse) return true;
      if (style.justifyContent === 'flex-start' || style.justifyContent === 'start') return rowReverse;
    }
    if (style.textAlign === 'right' || style.textAlign === 'end') return true;
  }
  const parent = row.parentElement?.getBoundingClientRect();
  const own = (row.firstElementChild ?? row).getBoundingClientRect();
  if (!parent || parent.width === 0 || own.width === 0) return false;
  return own.left - parent.left > parent.right - own.right;
}

/** True for a Send button that is on the page and can be pressed (not disabled, natively or by ARIA). */
export function sendIsReady(button: Element | null): boolean {
  return Boolean(button?.isConnected && !button.matches(':disabled, [aria-disabled="true"]'));
}

/** The profile handle in a link such as `/jane.doe/` or `https://www.facebook.com/jane.doe`. */
export function handleFromHref(href: string | null, reserved: readonly string[] = []): string | null {
  if (!href) return null;
  let path: string;
  try {
    path = new URL(href, 'https://example.invalid').pathname;
  } catch {
    return null;
  }
  const m = /^\/([A-Za-z0-9._]{1,64})\/?$/.exec(path);
  if (!m || reserved.includes(m[1]!.toLowerCase())) return null;
  return m[1]!;
}

/** The focused element, looking inside open shadow roots (document.activeElement stops at a shadow host). */
export function deepActiveElement(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** True when `node` is inside `root`, crossing shadow-root boundaries upwards. */
export function deepContains(root: ChatRoot, node: Node | null): boolean {
  for (let n = node; n;) {
    if (root.contains(n)) return true;
    const top = n.getRootNode();
    n = top.nodeType === 11 ? (top as ShadowRoot).host : null;
  }
  return false;
}

/**
 * A selector for elements (`tags`: one or more comma-separated selectors) whose attribute is one of a label's
 * localised words, matched case-insensitively, exactly or as a prefix.
 */
export function labelSelector(tags: string, attr: string, words: readonly string[], prefix = false): string {
  const op = prefix ? '^=' : '=';
  return tags
    .split(',')
    .map((t) => t.trim())
    .flatMap((tag) => words.map((w) => `${tag}[${attr}${op}"${w.replace(/"/g, '\\"')}" i]`))
    .join(', ');
}
