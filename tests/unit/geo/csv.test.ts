import { describe, expect, it } from 'vitest';
import { formatCsv, formatCsvField, parseCsv, parseCsvRows } from '../../../src/lib/geo/csv';

describe('parseCsvRows', () => {
  it('handles quotes, doubled quotes, embedded commas/newlines, CRLF and a BOM', () => {
    const rows = parseCsvRows('\uFEFFa,b\r\n"x, ""y""",2\n"multi\nline",3\n');
    expect(rows.map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['x, "y"', '2'],
      ['multi\nline', '3'],
    ]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3]);
  });

  it('skips # comment lines and keeps line numbers right', () => {
    const rows = parseCsvRows('# bron\n# datum\nnis,naam\n44021,Gent\n');
    expect(rows).toEqual([
      { line: 3, fields: ['nis', 'naam'] },
      { line: 4, fields: ['44021', 'Gent'] },
    ]);
  });

  it('fails on an unterminated quote', () => {
    expect(() => parseCsvRows('a\n"open')).toThrow(/veld tussen aanhalingstekens niet afgesloten, begonnen op regel 2/);
    expect(() => parseCsvRows('a\r\n# c\r\n\r\n"op\r\nen\r\n')).toThrow(/veld tussen aanhalingstekens niet afgesloten, begonnen op regel 4/);
    expect(() => parseCsvRows('a\n"m\nl",x\n"op\n\nen')).toThrow(/veld tussen aanhalingstekens niet afgesloten, begonnen op regel 4/);
  });

  it('keeps line numbers right after multi-line fields in a CRLF file', () => {
    const rows = parseCsvRows('a,b\r\n# c\r\n"m\r\nl",2\r\nx,#y\r\n');
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['m\nl', '2'] },
      { line: 5, fields: ['x', '#y'] },
    ]);
  });
});

describe('parseCsv', () => {
  it('returns records keyed by header with line numbers', () => {
    expect(parseCsv('nis,naam\n44021,Gent\n', 'f.csv')).toEqual([{ line: 2, values: { nis: '44021', naam: 'Gent' } }]);
  });

  it('names the file on missing columns and ragged rows', () => {
    expect(() => parseCsv('nis\n1\n', 't.csv', ['nis', 'vervoerregio'])).toThrow(/t\.csv: kolom "vervoerregio" ontbreekt/);
    expect(() => parseCsv('a,b\n1\n', 't.csv')).toThrow(/t\.csv, regel 2: 2 velden verwacht, 1 gevonden/);
    expect(() => parseCsv('', 'e.csv')).toThrow(/e\.csv: leeg CSV-bestand/);
    expect(() => parseCsv('a,b\n1,2\n"x"y,3\n', 'q.csv')).toThrow(/q\.csv: ongeldige CSV op regel 3: /);
  });
});

describe('formatCsv', () => {
  it('quotes only when needed and prefixes comments', () => {
    expect(formatCsvField('Vlaamse Rand')).toBe('Vlaamse Rand');
    expect(formatCsvField('a,b')).toBe('"a,b"');
    expect(formatCsvField('say "x"')).toBe('"say ""x"""');
    expect(formatCsv(['a', 'b'], [['1', 'x,y']], ['Bron: test'])).toBe('# Bron: test\na,b\n1,"x,y"\n');
  });

  it('round-trips through parseCsv', () => {
    const text = formatCsv(['nis', 'gemeente'], [['44021', "Gent, 't Stad"]], ['c']);
    expect(parseCsv(text, 'r.csv')[0]?.values).toEqual({ nis: '44021', gemeente: "Gent, 't Stad" });
  });
});
