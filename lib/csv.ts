import Papa from 'papaparse';

/**
 * Rows as CSV for a spreadsheet. Cells come from strangers (contact names, survey answers): any cell a spreadsheet
 * would run as a formula (starting with =, +, -, @, a tab or a carriage return) is written as text, with papaparse's
 * own `escapeFormulae` (a leading apostrophe).
 */
export function toCsv(rows: readonly Record<string, string | number | boolean>[]): string {
  return Papa.unparse(rows as Record<string, unknown>[], { escapeFormulae: true });
}
