import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/services/csv';

describe('toCsv', () => {
  it('writes a header and rows that read back the same, with a byte-order mark for spreadsheets', async () => {
    const text = await toCsv(
      ['équipe', 'extrait'],
      [
        ['Les Lynx', 'Il a dit « oui ; non »\npuis "rien"'],
        ['Hiboux', 3],
      ],
      { delimiter: ';' },
    );
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ['équipe', 'extrait'],
      ['Les Lynx', 'Il a dit « oui ; non »\npuis "rien"'],
      ['Hiboux', '3'],
    ]);
  });

  it('keeps a team name that looks like a formula as text', async () => {
    const text = await toCsv(['team'], [['=1+1'], ['@SUM(A1)']], { delimiter: ',' });
    const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ',' });
    expect(parsed.data.slice(1).map((row) => row[0])).toEqual(["'=1+1", "'@SUM(A1)"]);
  });
});
