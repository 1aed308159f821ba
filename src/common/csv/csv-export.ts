import type { Response } from 'express';
import { stringify } from 'csv-stringify';
import { once } from 'node:events';

/**
 * Spreadsheet apps execute cells that start with these characters as
 * formulas (CSV injection); such cells are prefixed with a single quote.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  const first = value.codePointAt(0);
  if (first === undefined) return value;
  // Spreadsheets read the full-width and small forms (＝ ＋ － ＠, ﹦ ﹢ ﹣ ﹫) as their
  // ASCII originals; compatibility normalisation (NFKC) folds them into those.
  const lead = String.fromCodePoint(first).normalize('NFKC');
  return FORMULA_START.test(lead) ? `'${value}` : value;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return neutraliseFormula(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * Streams rows as a CSV attachment, fetching them in batches so memory stays
 * flat for any number of rows and no database connection (or SQLite turn) is
 * held for the whole download. Stops early if the client goes away.
 */
export async function streamCsv<Row>(
  response: Response,
  options: {
    filename: string;
    columns: readonly string[];
    toRecord: (row: Row) => object;
    /** Returns the batch after `cursor` (undefined for the first); an empty batch ends the export. */
    nextBatch: (cursor: Row | undefined) => Promise<Row[]>;
  },
): Promise<void> {
  response.status(200);
  response.setHeader('Content-Type', 'text/csv; charset=utf-8');
  response.setHeader('Content-Disposition', `attachment; filename="${options.filename}"`);
  response.setHeader('Cache-Control', 'no-store');

  const csv = stringify({ header: true, columns: [...options.columns], record_delimiter: 'unix' });
  csv.pipe(response);
  // A client that disconnects must not leave this loop waiting for 'drain' forever.
  const clientGone = new AbortController();
  response.once('close', () => clientGone.abort());
  let cursor: Row | undefined;
  try {
    while (!clientGone.signal.aborted) {
      const batch = await options.nextBatch(cursor);
      if (batch.length === 0) break;
      for (const row of batch) {
        const record = options.toRecord(row) as Record<string, unknown>;
        // An array in the header's column order: csv-stringify then skips its per-field lookup.
        const line = options.columns.map((column) => cell(record[column]));
        if (!csv.write(line)) await once(csv, 'drain', { signal: clientGone.signal });
      }
      cursor = batch[batch.length - 1];
    }
  } catch (error) {
    if (!clientGone.signal.aborted) throw error;
  } finally {
    csv.end();
  }
  if (!clientGone.signal.aborted && !response.writableFinished) {
    await once(response, 'finish', { signal: clientGone.signal }).catch(() => undefined);
  }
}
