/** Small DOM helpers shared by the adapters (no selectors here: those stay in each site's adapter). */

/** The first element matched by any of the selectors, tried in order (the semantic anchor first, then fallbacks). */
export function firstMatch<T extends Element = HTMLElement>(
  root: ParentNode,
  selectors: readonly string[],
  accept: (el: T) => boolean = () => true,
): T | null {
  for (const selector of selectors) {
    for (const el of root.querySelectorAll<T>(selector)) {
      if (accept(el)) return el;
    }
  }
  return null;
}

/** Visible text of an element, whitespace folded; null when empty. */
export function textOf(el: Element | null | undefined): string | null {
  const text = el?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/** True when a row's content sits on the right, as the business's own messages do on every supported site. */
export function alignedRight(row: Element): boolean {
  for (const el of [row, ...Array.from(row.children)]) {
    const style = getComputedStyle(el);
    if (style.display.includes('flex')) {
      const rowReverse = style.flexDirection === 'row-reverse';
      const end = style.justifyContent === 'flex-end' || style.justifyContent === 'end';
      if (end !== rowReverse) return true;
    }
  }
  const parent = row.parentElement?.getBoundingClientRect();
  const own = (row.firstElementChild ?? row).getBoundingClientRect();
  if (!parent || parent.width === 0 || own.width === 0) return false;
  return own.left - parent.left > parent.right - own.right;
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
