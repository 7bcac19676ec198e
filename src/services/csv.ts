/**
 * CSV for the teacher's spreadsheet: the only module that imports papaparse, in its own chunk
 * so it weighs nothing on the game's start. It is loaded soon after start (preloadCsv), not at
 * the moment of export: after a deploy, a page that was not yet controlled by the service worker
 * would find the old chunk gone. Loaded once, the module stays in the page whatever the server
 * holds; if it could not be loaded at all, the export says the game must be reloaded
 * (StaleBuildError), and the class results are kept on the device meanwhile.
 */
type Papa = typeof import('papaparse');
let loading: Promise<Papa> | null = null;

export class StaleBuildError extends Error {
  override name = 'StaleBuildError';
}

function load(): Promise<Papa> {
  loading ??= import('papaparse').catch((error: unknown) => {
    loading = null; // a later call tries again
    throw error;
  });
  return loading;
}

/** Starts loading the CSV code in the background; never fails. */
export function preloadCsv(): void {
  load().catch(() => undefined);
}
export interface CsvOptions {
  /** ';' for French spreadsheets (the comma is their decimal mark), ',' otherwise. */
  delimiter: ',' | ';';
}

export async function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>, options: CsvOptions): Promise<string> {
  let papa: Papa;
  try {
    papa = await load();
  } catch {
    try {
      papa = await load(); // once more: a passing network fault
    } catch (error) {
      throw new StaleBuildError(`the CSV code could not be loaded (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  const { unparse } = papa;
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
