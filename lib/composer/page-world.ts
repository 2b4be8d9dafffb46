/**
 * Firefox content scripts see the page through Xray wrappers: an event or a `DataTransfer` they construct belongs to
 * the content script, and the page's own handlers read its data as empty (a synthetic paste reaches Lexical with no
 * text). The page's own constructors, reached through `wrappedJSObject` (Firefox only), build them in the page's world
 * instead — no script is injected and no remote code runs. Elsewhere (Chromium, tests) these are the usual globals.
 */
type PageGlobals = Pick<typeof globalThis, 'DataTransfer' | 'ClipboardEvent' | 'InputEvent' | 'Object'>;

/** The constructors events for the page are built with: the page's own in Firefox, the usual ones elsewhere. */
export function pageGlobals(win: Window = window): PageGlobals {
  return (win as Window & { wrappedJSObject?: PageGlobals }).wrappedJSObject ?? (win as unknown as PageGlobals);
}

/** An event init dictionary made in the page's world, so its members (a DataTransfer) reach the page intact. */
export function pageInit<T extends object>(page: PageGlobals, init: T): T {
  const dict = new page.Object() as Record<string, unknown>;
  for (const [key, value] of Object.entries(init)) dict[key] = value;
  return dict as T;
}

/** A `DataTransfer` holding `text` as text/plain, made in the page's world. */
export function pageDataTransfer(page: PageGlobals, text: string): DataTransfer {
  const data = new page.DataTransfer();
  data.setData('text/plain', text);
  return data;
}
