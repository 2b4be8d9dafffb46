/** The legacy `textInput` event, which Draft.js handles as typed text. */
export function insertWithTextInput(el: HTMLElement, text: string): void {
  const event = document.createEvent('TextEvent') as Event & {
    initTextEvent?: (type: string, bubbles: boolean, cancelable: boolean, view: Window, data: string) => void;
  };
  if (!event.initTextEvent) return;
  event.initTextEvent('textInput', true, true, window, text);
  el.dispatchEvent(event);
}
