import { selectionOf } from './selection';

/** A `/shortcut` the user typed just before the caret. */
export interface TypedShortcut {
  /** The shortcut's name, lower-case, without the slash. */
  name: string;
  /** The characters to replace, slash included: "/ship". */
  text: string;
}

const TRAILING_SHORTCUT = /(?:^|\s)\/([\p{L}\p{N}_-]{1,32})$/u;

/** The shortcut name at the end of `textBeforeCaret`, if it ends with one ("Hi /ship" → ship). */
export function shortcutAtEnd(textBeforeCaret: string): TypedShortcut | null {
  const m = TRAILING_SHORTCUT.exec(textBeforeCaret);
  return m ? { name: m[1]!.toLowerCase(), text: `/${m[1]}` } : null;
}

/** The shortcut typed right before the caret in the composer, read from the live selection. */
export function shortcutBeforeCaret(composer: HTMLElement): TypedShortcut | null {
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) {
    if (composer.selectionStart !== composer.selectionEnd || composer.selectionStart === null) return null;
    return shortcutAtEnd(composer.value.slice(0, composer.selectionStart));
  }
  const selection = selectionOf(composer);
  if (!selection?.isCollapsed || !selection.anchorNode || !composer.contains(selection.anchorNode)) return null;
  const node = selection.anchorNode;
  if (node.nodeType !== Node.TEXT_NODE) return null;
  return shortcutAtEnd((node as Text).data.slice(0, selection.anchorOffset));
}

/**
 * In a textarea or input, selects the typed shortcut (just before the caret, else its last occurrence) so the
 * insertion replaces it. False when it is no longer there.
 */
export function selectInField(field: HTMLTextAreaElement | HTMLInputElement, text: string): boolean {
  const caret = field.selectionStart ?? field.value.length;
  const start = field.value.slice(0, caret).endsWith(text) ? caret - text.length : field.value.lastIndexOf(text);
  if (start < 0) return false;
  field.setSelectionRange(start, start + text.length);
  return true;
}

/**
 * A range over the last occurrence of `text` in the composer's text, so an insertion replaces it. Null when the
 * user has since removed it, or it spans several text nodes.
 */
export function rangeOfText(composer: HTMLElement, text: string): Range | null {
  const walker = document.createTreeWalker(composer, NodeFilter.SHOW_TEXT);
  let found: Range | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.lastIndexOf(text);
    if (at >= 0) {
      found = document.createRange();
      found.setStart(node, at);
      found.setEnd(node, at + text.length);
    }
  }
  return found;
}
