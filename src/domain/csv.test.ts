// The one CSV writer, read back by an independent RFC 4180 parser (csv-parse): quoting, CRLF, the
// BOM, formula neutralising, and numbers that stay numbers (a column sum over negative rows).
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BOM, csvField, neutralise, toCsv } from './csv';

const read = (s: string): string[][] => parse(s, { bom: true, relax_column_count: false });

describe('CSV fields', () => {
  it('quotes only fields with quotes, commas or line breaks, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField('Луганська область')).toBe('Луганська область');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(() => csvField(Number.NaN)).toThrow(/finite/);
  });

  it('neutralises formula injection (OWASP): text starting with = + - @ tab or CR gets a leading quote', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('-x')).toBe("'-x");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('\rx')).toBe(`"'\rx"`);
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField('2025-06-30')).toBe('2025-06-30');
  });

  it('leaves a plain number alone, negative ones included', () => {
    for (const n of ['-132.2', '-0.5', '-.5', '0.0', '42', '-7', '3.']) expect(neutralise(n)).toBe(n);
    expect(csvField(-132.2)).toBe('-132.2');
    expect(csvField('-132.2')).toBe('-132.2');
    expect(csvField('-1e5')).toBe("'-1e5");
    expect(csvField('--1')).toBe("'--1");
  });
});

describe('CSV files', () => {
  it('start with a BOM when asked, and end every record with CRLF', () => {
    const s = toCsv([['a', 'b'], ['1', '2,3']], { bom: true });
    expect(s.startsWith(BOM)).toBe(true);
    expect(s.slice(1)).toBe('a,b\r\n1,"2,3"\r\n');
    expect(toCsv([['x']], { bom: false })).toBe('x\r\n');
  });

  it('round-trip through csv-parse: quotes, commas, line breaks, Cyrillic, neutralised formulas', () => {
    const rows = [['id', 'quote', 'n'], ['UA-09', 'він сказав: "так", потім\r\nні', 3], ['=1+1', '-x', -2.5]];
    expect(read(toCsv(rows, { bom: true }))).toEqual([['id', 'quote', 'n'], ['UA-09', 'він сказав: "так", потім\r\nні', '3'], ["'=1+1", "'-x", '-2.5']]);
  });

  it('a column sum over negative numbers counts every row (numbers, and numeric text, stay numbers)', () => {
    const net = [12.5, -132.2, -0.4, 80, -7];
    const csv = toCsv([['id', 'net_km2', 'net_text'], ...net.map((n, i) => [`r${i}`, n, n.toFixed(1)])], { bom: true });
    const body = read(csv).slice(1);
    // As a spreadsheet does: a cell that parses as a number adds, text adds nothing.
    const sum = (col: number) => body.reduce((s, r) => s + (Number.isFinite(Number(r[col])) && r[col] !== '' ? Number(r[col]) : 0), 0);
    const want = net.reduce((s, n) => s + n, 0);
    expect(sum(1)).toBeCloseTo(want, 9);
    expect(sum(2)).toBeCloseTo(want, 9);
    expect(body.every((r) => !r[2]!.startsWith("'"))).toBe(true);
  });
});
