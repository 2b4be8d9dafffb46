/**
 * The browser's own editing command: a native, trusted-looking edit that Lexical, plain contenteditable and React
 * textareas all accept. Multi-line text goes in one line at a time with `insertLineBreak` between (one call with
 * newlines has been seen to keep only the first line in Lexical). Unsafe on an empty Draft.js editor.
 */
export function insertWithExecCommand(_el: HTMLElement, text: string): void {
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (i > 0) document.execCommand('insertLineBreak');
    if (line) document.execCommand('insertText', false, line);
  });
}
