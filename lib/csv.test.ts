import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes every formula-looking cell as text', () => {
    const hostile = ['=HYPERLINK("http://evil.example","click")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];
    const csv = toCsv(hostile.map((name, i) => ({ contact: name, rating: i })));
    const cells = Papa.parse<string[]>(csv)
      .data.slice(1)
      .map((r) => r[0]);
    expect(cells).toEqual(hostile.map((h) => `'${h}`));
  });
  it('leaves ordinary cells, numbers and negative numbers as a spreadsheet reads them', () => {
    const csv = toCsv([{ contact: 'Jane Doe', comment: 'great, thanks!', rating: 5, delta: -3 }]);
    expect(csv).toBe('contact,comment,rating,delta\r\nJane Doe,"great, thanks!",5,-3');
  });
});
