/**
 * Deterministic mutators for the fuzzer: given a seed file and a PRNG, produce a damaged copy the way
 * real files get damaged (flipped bits, truncation, lost or repeated chunks, spliced files, extreme
 * numbers in text) plus format-aware mutations: inside a ZIP entry for .docx/.xlsx (so the damage reaches
 * the XML readers instead of stopping at the ZIP checksum) and structural edits for JSON.
 */
import { unzipSync, zipSync } from 'fflate';

/** mulberry32: small, fast, good enough for fuzzing, and identical on every machine. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T,
  };
}

export interface Random {
  next(): number;
  /** An integer in [0, max). */
  int(max: number): number;
  pick<T>(items: readonly T[]): T;
}

/** Seed for case `index` of `target`: every case can be replayed alone. */
export function caseSeed(seed: number, target: string, index: number): number {
  let hash = seed ^ 0x811c9dc5;
  for (const char of `${target}#${index}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return hash >>> 0;
}

const interestingBytes = [
  0x00, 0xff, 0x7f, 0x80, 0x0a, 0x0d, 0x22, 0x3c, 0x3e, 0x25, 0x5c, 0xef, 0xbb, 0xbf, 0xfe,
];
const interestingText = [
  '99999999999999999999999999',
  '-0',
  'NaN',
  '1e308',
  '\u0000',
  '\uFFFD',
  '\uD800',
  '<',
  '&#xFFFFFF;',
  '&amp;',
  '"',
  '\r\n\r\n',
  '%',
  '<![CDATA[',
  '</w:t>',
  '<w:p>',
  '{',
  '[',
  '\\u0000',
  '__proto__',
  '9.1亿元',
  '４．９％',
  ' '.repeat(4096),
];

/** One raw byte-level mutation. */
function mutateBytes(input: Uint8Array, random: Random, pool: readonly Uint8Array[]): Uint8Array {
  const bytes = input.length > 0 ? input : new Uint8Array([0]);
  const at = random.int(bytes.length);
  switch (random.int(9)) {
    case 0: {
      const copy = bytes.slice();
      copy[at] = (copy[at] ?? 0) ^ (1 << random.int(8));
      return copy;
    }
    case 1: {
      const copy = bytes.slice();
      copy[at] = random.pick(interestingBytes);
      return copy;
    }
    case 2:
      return bytes.slice(0, at);
    case 3: {
      const length = 1 + random.int(Math.min(256, bytes.length - at));
      return concat(bytes.subarray(0, at), bytes.subarray(at + length));
    }
    case 4: {
      const length = 1 + random.int(Math.min(512, bytes.length - at));
      const chunk = bytes.subarray(at, at + length);
      const repeats = 1 + random.int(8);
      return concat(
        bytes.subarray(0, at),
        ...Array.from({ length: repeats }, () => chunk),
        bytes.subarray(at),
      );
    }
    case 5: {
      const insert = new TextEncoder().encode(random.pick(interestingText));
      return concat(bytes.subarray(0, at), insert, bytes.subarray(at));
    }
    case 6: {
      const other = random.pick(pool);
      const from = random.int(Math.max(1, other.length));
      return concat(
        bytes.subarray(0, at),
        other.subarray(from, from + 1 + random.int(1024)),
        bytes.subarray(at),
      );
    }
    case 7: {
      const copy = bytes.slice();
      for (let i = 0; i < 1 + random.int(16); i += 1) copy[random.int(copy.length)] = random.int(256);
      return copy;
    }
    default: {
      // Overwrite a run of digits with an extreme number: page counts, lengths, offsets in the file.
      const text = latin1(bytes);
      const digits = [...text.matchAll(/\d+/g)];
      if (digits.length === 0) return bytes.slice(0, at);
      const match = random.pick(digits);
      const replacement = random.pick(['0', '-1', '4294967296', '99999999999', '1e9', '']);
      return concat(
        bytes.subarray(0, match.index),
        new TextEncoder().encode(replacement),
        bytes.subarray((match.index ?? 0) + match[0].length),
      );
    }
  }
}

/** Mutates a file: 1–4 rounds, format-aware for ZIP and JSON seeds half of the time. */
export function mutate(seed: Uint8Array, random: Random, pool: readonly Uint8Array[]): Uint8Array {
  if (isZip(seed) && random.next() < 0.6) {
    const inside = mutateZipEntry(seed, random, pool);
    if (inside) return inside;
  }
  if (seed[0] === 0x7b || seed[0] === 0x5b) {
    if (random.next() < 0.6) {
      const structured = mutateJson(seed, random);
      if (structured) return structured;
    }
  }
  let bytes = seed;
  for (let round = 0; round < 1 + random.int(4); round += 1) bytes = mutateBytes(bytes, random, pool);
  return bytes;
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

/** Unzipped seeds: a seed never changes, so it is unzipped once, not once per case. */
const unzippedSeeds = new WeakMap<Uint8Array, Record<string, Uint8Array> | null>();

function unzipSeed(seed: Uint8Array): Record<string, Uint8Array> | null {
  if (!unzippedSeeds.has(seed)) {
    try {
      unzippedSeeds.set(seed, unzipSync(seed));
    } catch {
      unzippedSeeds.set(seed, null);
    }
  }
  return unzippedSeeds.get(seed) ?? null;
}

function mutateZipEntry(seed: Uint8Array, random: Random, pool: readonly Uint8Array[]): Uint8Array | null {
  const unzipped = unzipSeed(seed);
  if (!unzipped) return null;
  // A shallow copy: mutations replace an entry's bytes, never change them in place.
  const entries: Record<string, Uint8Array> = { ...unzipped };
  const names = Object.keys(entries);
  if (names.length === 0) return null;
  // Favour the XML that carries content (document.xml, sheet1.xml, sharedStrings.xml, styles.xml).
  const content = names.filter((name) =>
    /document|sheet|shared|styles|workbook|Content_Types|rels/i.test(name),
  );
  const name = random.pick(content.length > 0 && random.next() < 0.8 ? content : names);
  const action = random.int(10);
  if (action === 0) delete entries[name];
  else if (action === 1) entries[`${name}.extra`] = entries[name] ?? new Uint8Array();
  else {
    let bytes = entries[name] ?? new Uint8Array();
    for (let round = 0; round < 1 + random.int(3); round += 1) bytes = mutateBytes(bytes, random, pool);
    entries[name] = bytes;
  }
  return zipSync(entries, { level: 0 });
}

function mutateJson(seed: Uint8Array, random: Random): Uint8Array | null {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(seed));
  } catch {
    return null;
  }
  const replacements: unknown[] = [
    null,
    true,
    0,
    -1,
    1e308,
    '',
    'x'.repeat(10_000),
    [],
    {},
    'urn:uuid:',
    'not a date',
    '2026-13-45T99:99:99Z',
    { __proto__: null },
    [{ type: 'TextQuoteSelector' }],
    { type: 'TextPositionSelector', start: -5, end: 1e12 },
  ];
  for (let round = 0; round < 1 + random.int(4); round += 1) {
    const paths = collectPaths(value, []);
    const path = random.pick(paths);
    if (path.length === 0) continue;
    const parent = path
      .slice(0, -1)
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], value);
    const key = path[path.length - 1] as string;
    const record = parent as Record<string, unknown>;
    const action = random.int(4);
    if (action === 0) delete record[key];
    else if (action === 1) record[key] = random.pick(replacements);
    else if (action === 2) record['__proto__'] = { polluted: true };
    else record[key] = JSON.parse(JSON.stringify(record[key] ?? null)) as unknown;
  }
  return new TextEncoder().encode(JSON.stringify(value));
}

function collectPaths(value: unknown, prefix: string[]): string[][] {
  const paths = [prefix];
  if (value && typeof value === 'object' && prefix.length < 8) {
    for (const key of Object.keys(value)) {
      paths.push(...collectPaths((value as Record<string, unknown>)[key], [...prefix, key]));
    }
  }
  return paths;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

const latin1 = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
