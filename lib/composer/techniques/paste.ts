import { pageDataTransfer, pageGlobals, pageInit } from '../page-world';

/**
 * A synthetic paste carrying the text: Lexical and Draft.js read `clipboardData` in their own paste handlers. Built
 * in the page's world (lib/composer/page-world.ts), or Firefox hands the page an empty clipboard.
 */
export function insertWithPaste(el: HTMLElement, text: string): void {
  const page = pageGlobals();
  const clipboardData = pageDataTransfer(page, text);
  const init = pageInit(page, { clipboardData, bubbles: true, cancelable: true, composed: true });
  el.dispatchEvent(new page.ClipboardEvent('paste', init));
}
