import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from './parse-csv';

describe('parseCsv', () => {
  it('handles quoted fields, doubled quotes, delimiters and newlines inside quotes', () => {
    const csv = 'a,"b, c","say ""hi"""\r\n"multi\nline",2,\r\n';
    expect(parseCsv(csv)).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['multi\nline', '2', ''],
    ]);
  });

  it('keeps empty rows in the middle and needs no trailing newline', () => {
    expect(parseCsv('x\n\ny')).toEqual([['x'], [''], ['y']]);
  });

  it('detects semicolon and tab delimiters', () => {
    expect(detectDelimiter('a;b;c\n1;2;3')).toBe(';');
    expect(detectDelimiter('a\tb\n1\t2')).toBe('\t');
    expect(detectDelimiter('"a;b",c\n')).toBe(',');
    expect(parseCsv('"1,5";"2,5"\n3;4')).toEqual([
      ['1,5', '2,5'],
      ['3', '4'],
    ]);
  });
});
