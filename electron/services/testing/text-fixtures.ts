/**
 * Writers of plain-text fixtures in real encodings (GB18030, Big5, UTF-16 LE/BE with and without BOM,
 * UTF-8 with BOM), made with iconv-lite at test time. Each returns the path it wrote. Used by unit
 * tests and e2e tests.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { simplifiedReport, traditionalReport } from './sample-texts';

export type FixtureEncoding = 'utf-8' | 'gb18030' | 'big5' | 'utf-16le' | 'utf-16be';

const boms: Record<FixtureEncoding, number[]> = {
  'utf-8': [0xef, 0xbb, 0xbf],
  gb18030: [],
  big5: [],
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
};

/**
 * Writes `text` to `dir/fileName` in `encoding`, with a byte-order mark when `bom` is set. Throws if
 * the encoding cannot represent the text (so a Big5 fixture never silently contains `?`).
 */
export async function writeEncodedText(
  dir: string,
  fileName: string,
  text: string,
  encoding: FixtureEncoding,
  options: { bom?: boolean } = {},
): Promise<string> {
  const body = iconv.encode(text, encoding);
  if (iconv.decode(body, encoding) !== text) {
    throw new RangeError(`Text cannot be encoded in ${encoding} without loss (fixture ${fileName})`);
  }
  const path = join(dir, fileName);
  await writeFile(path, Buffer.concat([Buffer.from(options.bom ? boms[encoding] : []), body]));
  return path;
}

/** Simplified Chinese report in GB18030 (no BOM). */
export function makeGb18030Text(dir: string, fileName = 'report-gb18030.txt'): Promise<string> {
  return writeEncodedText(dir, fileName, simplifiedReport, 'gb18030');
}

/** Traditional Chinese report in Big5 (no BOM). */
export function makeBig5Text(dir: string, fileName = 'report-big5.txt'): Promise<string> {
  return writeEncodedText(dir, fileName, traditionalReport, 'big5');
}

/** Traditional Chinese report in UTF-16, little- or big-endian, with a BOM unless `bom: false`. */
export function makeUtf16Text(
  dir: string,
  options: { endian?: 'le' | 'be'; bom?: boolean; fileName?: string } = {},
): Promise<string> {
  const endian = options.endian ?? 'le';
  const bom = options.bom ?? true;
  const fileName = options.fileName ?? `report-utf16${endian}${bom ? '-bom' : ''}.txt`;
  return writeEncodedText(dir, fileName, traditionalReport, `utf-16${endian}`, { bom });
}

/** Simplified Chinese report in UTF-8 with a BOM and Windows line endings (as Notepad saves it). */
export function makeUtf8BomText(dir: string, fileName = 'report-utf8-bom.txt'): Promise<string> {
  return writeEncodedText(dir, fileName, simplifiedReport.replace(/\n/g, '\r\n'), 'utf-8', { bom: true });
}

/** The bundled sample report (Traditional Chinese, UTF-8, 42 KB). */
export const sampleReportPath = fileURLToPath(
  new URL('../../../resources/samples/hecheng-work-report.txt', import.meta.url),
);

/**
 * Writes a large UTF-8 draft made of `copies` copies of the sample, separated by blank lines
 * (25 copies ≈ 1 MB, the size the speed targets name).
 */
export async function makeLargeDraft(
  dir: string,
  copies = 25,
  fileName = 'large-draft.txt',
): Promise<string> {
  const sample = await readFile(sampleReportPath, 'utf8');
  const path = join(dir, fileName);
  await writeFile(path, Array.from({ length: copies }, () => sample).join('\n\n'));
  return path;
}
