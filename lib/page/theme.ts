export type Scheme = 'light' | 'dark';

function parseRgb(color: string): [number, number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)/.exec(color);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** Dark when the colour's relative luminance is below the middle grey. Transparent colours decide nothing. */
export function schemeOfColor(color: string): Scheme | null {
  const rgb = parseRgb(color);
  if (!rgb || rgb[3] < 0.5) return null;
  const [r, g, b] = rgb.slice(0, 3).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.18 ? 'dark' : 'light';
}

/** The page's own scheme: its background colour, else its color-scheme, else the system preference. */
export function pageScheme(doc: Document): Scheme {
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const scheme = schemeOfColor(getComputedStyle(el).backgroundColor);
    if (scheme) return scheme;
  }
  const declared = getComputedStyle(doc.documentElement).colorScheme;
  if (declared === 'dark' || declared === 'light') return declared;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Calls `onChange` with the page's scheme now and when the page or the system switches. */
export function watchScheme(doc: Document, signal: AbortSignal, onChange: (scheme: Scheme) => void): void {
  let current = pageScheme(doc);
  onChange(current);
  const check = () => {
    const next = pageScheme(doc);
    if (next !== current) onChange((current = next));
  };
  const observer = new MutationObserver(check);
  for (const el of [doc.documentElement, doc.body])
    observer.observe(el, { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] });
  signal.addEventListener('abort', () => observer.disconnect());
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', check, { signal });
}
