import { pageDataTransfer, pageGlobals, pageInit } from '../page-world';

/**
 * `beforeinput` of type insertReplacementText with a DataTransfer: Lexical applies it without a native default. Built
 * in the page's world (lib/composer/page-world.ts), or Firefox hands the page an empty DataTransfer.
 */
export function insertWithBeforeInput(el: HTMLElement, text: string): void {
  const page = pageGlobals();
  const dataTransfer = pageDataTransfer(page, text);
  const init = pageInit(page, {
    inputType: 'insertReplacementText',
    dataTransfer,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  el.dispatchEvent(new page.InputEvent('beforeinput', init));
}
