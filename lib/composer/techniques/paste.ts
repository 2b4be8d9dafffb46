/** A synthetic paste carrying the text: Lexical and Draft.js read `clipboardData` in their own paste handlers. */
export function insertWithPaste(el: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
}
