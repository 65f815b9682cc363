/**
 * Fixtures for bad input: an empty file, a binary file with a .txt name, a corrupt .docx (a truncated
 * zip), and a file over the import limit made sparse with `fs.truncate` (no 50 MB is written).
 */
import { writeFile, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { maxImportBytes } from '../../../shared/ipc/schemas';
import { buildDocx, reportDocxContent } from './docx-fixture';

/** Deterministic bytes from a seed (a linear congruential generator), so failures reproduce. */
export function pseudoRandomBytes(length: number, seed = 1): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

/** Writes a 0-byte file (any extension: `empty.txt`, `empty.pdf`, …). */
export async function makeEmptyFile(dir: string, fileName = 'empty.txt'): Promise<string> {
  const path = join(dir, fileName);
  await writeFile(path, new Uint8Array(0));
  return path;
}

/** Writes binary content (a PNG header followed by random bytes with NULs) under a .txt name. */
export async function makeBinaryTxt(dir: string, fileName = 'binary.txt'): Promise<string> {
  const path = join(dir, fileName);
  const header = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
  await writeFile(path, Buffer.concat([header, pseudoRandomBytes(8192, 3)]));
  return path;
}

/** Writes the first half of a real .docx: a zip without its central directory. */
export async function makeCorruptDocx(dir: string, fileName = 'corrupt.docx'): Promise<string> {
  const bytes = await buildDocx(reportDocxContent);
  const path = join(dir, fileName);
  await writeFile(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
  return path;
}

/**
 * Creates a sparse file of `maxImportBytes + extraBytes` bytes (default: 1 MB over the limit). Only the
 * size matters: importers must refuse it from `fs.stat` before reading.
 */
export async function makeOversizedFile(
  dir: string,
  fileName = 'huge.txt',
  extraBytes = 1024 * 1024,
): Promise<string> {
  const path = join(dir, fileName);
  await writeFile(path, 'x');
  await truncate(path, maxImportBytes + extraBytes);
  return path;
}
