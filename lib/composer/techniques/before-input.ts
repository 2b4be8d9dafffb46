/** `beforeinput` of type insertReplacementText with a DataTransfer: Lexical applies it without a native default. */
export function insertWithBeforeInput(el: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  el.dispatchEvent(
    new InputEvent('beforeinput', {
      inputType: 'insertReplacementText',
      dataTransfer: data,
      bubbles: true,
      cancelable: true,
      composed: true,
    }),
  );
}
