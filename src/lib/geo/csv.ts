/** CSV reading through csv-parse (quoted fields, doubled quotes, CRLF, BOM, `#` comment lines) and minimal CSV writing. */
import { CsvError, parse } from 'csv-parse/sync';

/** One data row with its 1-based line number in the file (for error messages). */
export interface CsvRecord {
  line: number;
  values: Record<string, string>;
}

const newlines = (text: string): number => text.split('\n').length - 1;

/**
 * Splits CSV text into rows of fields with the line each row starts on. Lines starting with `#` are skipped as comments, empty
 * lines are skipped, and CRLF is read as LF (also inside quoted fields) so line numbers stay right.
 */
export function parseCsvRows(text: string): Array<{ line: number; fields: string[] }> {
  const normalised = text.replace(/\r\n/g, '\n');
  let lastRecordEnd = 0;
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    // With `info: true` csv-parse returns { record, info } objects; its typings only know the plain string[][] shape.
    records = parse(normalised, {
      bom: true,
      comment: '#',
      comment_no_infix: true,
      record_delimiter: '\n',
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      on_record: (record: string[], context: { lines: number }) => {
        lastRecordEnd = context.lines;
        return record;
      },
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
      // The open record starts on the first line after the last whole record that is neither empty nor a comment.
      const lines = normalised.replace(/^\uFEFF/, '').split('\n');
      let start = lastRecordEnd + 1;
      while (start <= lines.length && (lines[start - 1] === '' || lines[start - 1]?.startsWith('#'))) start++;
      throw new Error(`veld tussen aanhalingstekens niet afgesloten, begonnen op regel ${String(start)}`, { cause: error });
    }
    const line = typeof error.lines === 'number' ? error.lines : 0;
    throw new Error(`ongeldige CSV op regel ${String(line)}: ${error.message}`, { cause: error });
  }
  // info.lines is the line a record ends on; a quoted field with line breaks started that many lines earlier.
  return records.map(({ record, info }) => ({
    line: info.lines - record.reduce((n, field) => n + newlines(field), 0),
    fields: record,
  }));
}

/** Parses CSV text with a header row; throws (naming `file`) on missing columns or ragged rows. */
export function parseCsv(text: string, file: string, requiredColumns: readonly string[] = []): CsvRecord[] {
  let rows: Array<{ line: number; fields: string[] }>;
  try {
    rows = parseCsvRows(text);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
  const header = rows.shift();
  if (!header) throw new Error(`${file}: leeg CSV-bestand`);
  const names = header.fields.map((h) => h.trim());
  for (const col of requiredColumns) {
    if (!names.includes(col)) throw new Error(`${file}: kolom "${col}" ontbreekt (wel: ${names.join(', ')})`);
  }
  return rows.map(({ line, fields }) => {
    if (fields.length !== names.length) {
      throw new Error(`${file}, regel ${String(line)}: ${String(names.length)} velden verwacht, ${String(fields.length)} gevonden`);
    }
    const values: Record<string, string> = {};
    names.forEach((name, k) => {
      values[name] = (fields[k] ?? '').trim();
    });
    return { line, values };
  });
}

/** Quotes a field when it contains a comma, quote or line break. */
export function formatCsvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Formats rows as CSV with `\n` line endings and a trailing newline; `comments` become leading `# ` lines. */
export function formatCsv(header: readonly string[], rows: ReadonlyArray<readonly string[]>, comments: readonly string[] = []): string {
  const lines = comments.map((c) => `# ${c}`);
  lines.push(header.map(formatCsvField).join(','));
  for (const row of rows) lines.push(row.map(formatCsvField).join(','));
  return `${lines.join('\n')}\n`;
}
