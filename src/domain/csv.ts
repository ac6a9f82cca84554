// The one CSV writer of the project: the page's exports (status, compare) and the importer's files
// (ledger, gains, shares) all write through it. RFC 4180: CRLF line ends, a field quoted when it
// holds a quote, comma, CR or LF, quotes doubled. In the domain layer so the ledger and the packed
// history's figures can use it without reaching up into the views.
//
// Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with = + - @, a
// tab or a carriage return as a formula. Such a cell gets a leading single quote, so it is shown as
// text. A plain number is left alone, sign included: "-132.2" must stay a number a column sum adds
// (a quoted "'-132.2" is text, and the sum silently skips it).

/** A cell: text, a number (written as is), or nothing (an empty field). */
export type CsvCell = string | number | null | undefined;

/** UTF-8 byte-order mark: spreadsheet programs then read Cyrillic names correctly. */
export const BOM = '\uFEFF';

/** A plain decimal number, optionally negative: what a spreadsheet reads as a number and nothing else. */
const PLAIN_NUMBER = /^-?(\d+\.?\d*|\.\d+)$/;

/** The cell's text with a leading quote when a spreadsheet would run it as a formula. */
export function neutralise(v: string): string {
  if (PLAIN_NUMBER.test(v)) return v;
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/** One field: neutralised, then quoted if it must be. Numbers must be finite. */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new Error(`csv: not a finite number: ${cell}`);
    return String(cell);
  }
  const v = neutralise(cell);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Rows as a CSV file (every line CRLF-terminated); `bom` for files meant for spreadsheets. */
export function toCsv(rows: ReadonlyArray<readonly CsvCell[]>, opts: { bom: boolean }): string {
  return (opts.bom ? BOM : '') + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
