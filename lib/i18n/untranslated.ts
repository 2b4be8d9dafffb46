import ts from 'typescript';

/** Attributes a person reads or hears (screen readers), and component props that end up as such text. */
const USER_VISIBLE = new Set([
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'label',
  'question',
  'action',
  'note',
  'labelHeading',
  'leftTitle',
  'rightTitle',
]);
/** Words that are the same in every language: names of scales, formats and keys. */
const SAME_IN_EVERY_LANGUAGE = /^(?:CSAT|NPS|CSV|JSON|Tab|Ctrl|Alt|Shift)$/;

/** A literal that reads as words: two letters in a row that are not one of the words every language shares. */
const isWords = (text: string) => (text.match(/[A-Za-zÀ-ÿ]{2,}/g) ?? []).some((word) => !SAME_IN_EVERY_LANGUAGE.test(word));

export interface Untranslated {
  line: number;
  text: string;
}

/**
 * The interface text in a TSX source that does not go through the catalogue: JSX text with words in it, and
 * user-visible attributes given a literal (a string, or a template's fixed parts). What t() returns is never flagged.
 */
export function findUntranslated(source: string, fileName = 'sample.tsx'): Untranslated[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Untranslated[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text: text.trim() });
  const literalWords = (expr: ts.Expression | undefined): string | null => {
    if (!expr) return null;
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return isWords(expr.text) ? expr.text : null;
    if (ts.isTemplateExpression(expr)) {
      const fixed = [expr.head.text, ...expr.templateSpans.map((s) => s.literal.text)].join(' ');
      return isWords(fixed) ? fixed : null;
    }
    if (ts.isConditionalExpression(expr)) return literalWords(expr.whenTrue) ?? literalWords(expr.whenFalse);
    if (ts.isParenthesizedExpression(expr)) return literalWords(expr.expression);
    if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)
      return literalWords(expr.right);
    return null;
  };
  // What a <code> element shows is syntax (variables, column names), the same in every language.
  const inCode = (node: ts.Node) =>
    node.parent !== undefined && ts.isJsxElement(node.parent) && node.parent.openingElement.tagName.getText(file) === 'code';
  const visit = (node: ts.Node) => {
    if (inCode(node)) return;
    if (ts.isJsxText(node) && isWords(node.text)) report(node, node.text);
    else if (ts.isJsxAttribute(node) && USER_VISIBLE.has(node.name.getText(file))) {
      const init = node.initializer;
      const words =
        init && (ts.isStringLiteral(init) ? literalWords(init) : ts.isJsxExpression(init) ? literalWords(init.expression) : null);
      if (words) report(node, words);
    } else if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const words = literalWords(node.expression);
      if (words) report(node, words);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** A call whose strings are for developers (the log), or are code (selectors, errors thrown to the caller). */
const DEVELOPER_CALL = /^(?:log\.\w+|console\.\w+|new Error|Error|querySelector\w*|matches|closest|RegExp|new RegExp)$/;

/**
 * English sentences in a lib file that words what the interface shows: string literals (or a template's fixed parts)
 * of three words or more, except those given to the log, thrown as errors, or used as selectors.
 */
export function findSentences(source: string, fileName = 'sample.ts'): Untranslated[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: Untranslated[] = [];
  const sentence = (text: string) => (text.match(/[A-Za-z]{2,}/g) ?? []).length >= 3 && /[a-z]{2,} [a-z]{2,}/.test(text);
  const forDevelopers = (node: ts.Node) => {
    for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
      if (
        (ts.isCallExpression(at) || ts.isNewExpression(at)) &&
        DEVELOPER_CALL.test(at.expression.getText(file).replace(/^new /, ''))
      )
        return true;
      if (ts.isImportDeclaration(at) || ts.isExportDeclaration(at)) return true;
    }
    return false;
  };
  const visit = (node: ts.Node) => {
    const text =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
        ? node.text
        : ts.isTemplateExpression(node)
          ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ')
          : null;
    if (text !== null && sentence(text) && !forDevelopers(node))
      found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text });
    if (!ts.isTemplateExpression(node)) ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
