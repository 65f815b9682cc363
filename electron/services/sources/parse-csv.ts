/**
 * A small RFC 4180 CSV parser: quoted fields, doubled quotes inside them, newlines inside quotes,
 * CRLF or LF rows. The delimiter is a comma unless the first line has more semicolons or tabs
 * (spreadsheets in some locales export `;`).
 */

/** Picks `,`, `;` or tab by counting each outside quotes on the first line. */
export function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : text.length);
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char in counts) counts[char as keyof typeof counts]++;
  }
  if (counts['\t'] > counts[','] && counts['\t'] >= counts[';']) return '\t';
  if (counts[';'] > counts[',']) return ';';
  return ',';
}

/** Parses CSV text into rows of fields. A trailing newline does not add an empty row. */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += char;
      }
      i++;
      continue;
    }
    if (char === '"' && field.length === 0) quoted = true;
    else if (char === delimiter) endField();
    else if (char === '\n') endRow();
    else if (char === '\r') {
      endRow();
      if (text[i + 1] === '\n') i++;
    } else field += char;
    i++;
  }
  if (field.length > 0 || row.length > 0) endRow();
  return rows;
}
