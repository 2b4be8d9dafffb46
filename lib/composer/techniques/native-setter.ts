/**
 * For React-controlled textareas: the prototype's value setter (React ignores `el.value = x` set on the instance)
 * then a bubbling `input` event, inserting at the caret.
 */
export function insertWithNativeSetter(el: HTMLElement, text: string): void {
  if (!(el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)) return;
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const descriptor = Object.getOwnPropertyDescriptor(proto, 'value');
  if (!descriptor?.set) return;
  const start = el.selectionStart ?? el.value.length;
  const end = el.selectionEnd ?? el.value.length;
  descriptor.set.call(el, el.value.slice(0, start) + text + el.value.slice(end));
  el.setSelectionRange(start + text.length, start + text.length);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}
