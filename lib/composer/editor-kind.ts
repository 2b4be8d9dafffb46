/** The editor engines DM sites use; each accepts text through different techniques (see docs/platforms.md). */
export type EditorKind = 'lexical' | 'draft' | 'textarea' | 'contenteditable';

export function editorKind(el: HTMLElement): EditorKind {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return 'textarea';
  if (el.closest('[data-lexical-editor="true"]')) return 'lexical';
  if (el.closest('.DraftEditor-root, .public-DraftEditor-content')) return 'draft';
  return 'contenteditable';
}

/** The editor's text as the user sees it. */
export function editorText(el: HTMLElement): string {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value;
  return el.innerText;
}
