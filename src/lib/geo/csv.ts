/** Minimal RFC 4180 CSV reading and writing (quoted fields, doubled quotes, CRLF, BOM, `# ` comment lines). */

/** One data row with its 1-based line number in the file (for error messages). */
export interface CsvRecord {
  line: number;
  values: Record<string, string>;
}

/** Splits CSV text into rows of fields. Lines starting with `#` outside quotes are skipped as comments. */
export function parseCsvRows(text: string): Array<{ line: number; fields: string[] }> {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: Array<{ line: number; fields: string[] }> = [];
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let rowLine = 1;
  let atRowStart = true;
  let i = 0;
  const endRow = (): void => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
    atRowStart = true;
  };
  while (i < src.length) {
    const c = src[i];
    if (atRowStart) {
      rowLine = line;
      atRowStart = false;
      if (c === '#') {
        while (i < src.length && src[i] !== '\n') i++;
        i++;
        line++;
        atRowStart = true;
        continue;
      }
    }
    if (inQuotes) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"') inQuotes = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\r' && src[i + 1] === '\n') {
      i++;
      endRow();
      line++;
    } else if (c === '\n') {
      endRow();
      line++;
    } else field += c;
    i++;
  }
  if (inQuotes) throw new Error(`unterminated quoted field starting on line ${String(rowLine)}`);
  if (!atRowStart || field !== '' || fields.length > 0) endRow();
  return rows;
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
  if (!header) throw new Error(`${file}: empty CSV file`);
  const names = header.fields.map((h) => h.trim());
  for (const col of requiredColumns) {
    if (!names.includes(col)) throw new Error(`${file}: missing column "${col}" (found: ${names.join(', ')})`);
  }
  return rows.map(({ line, fields }) => {
    if (fields.length !== names.length) {
      throw new Error(`${file}, line ${String(line)}: expected ${String(names.length)} fields, found ${String(fields.length)}`);
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
