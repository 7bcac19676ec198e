/**
 * CSV for the teacher's spreadsheet: the only module that imports papaparse, loaded on
 * demand so it weighs only on the classroom export, never on the game's start.
 */
export interface CsvOptions {
  /** ';' for French spreadsheets (the comma is their decimal mark), ',' otherwise. */
  delimiter: ',' | ';';
}

export async function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>, options: CsvOptions): Promise<string> {
  const { unparse } = await import('papaparse');
  const text = unparse(
    { fields: [...header], data: rows.map((row) => [...row]) },
    {
      delimiter: options.delimiter,
      newline: '\r\n',
      quotes: false,
      // A team nickname such as "=1+1" must stay text, not become a spreadsheet formula.
      escapeFormulae: true,
    },
  );
  // The byte-order mark makes spreadsheet programs read the accents as UTF-8.
  return `\uFEFF${text}`;
}
