/**
 * Decompression bombs, made without writing gigabytes anywhere: zeros are deflated in a stream from one
 * reused 1 MB buffer (1 GB of zeros deflates to about 1 MB), and a zip's headers can state sizes its data
 * does not have (ZIP64 fields for 10 GB), or understate them (a liar).
 */
/**
 * `size` bytes of zeros as one fixed-Huffman deflate block written bit by bit: a literal 0, then
 * back-references of length 258 at distance 1 (13 bits each), literals for the rest. About 6.5 MB per
 * GB and 50 ms to make, where deflating zeros through a compressor takes a minute per GB here.
 * `zlib` wraps it as PDF's FlateDecode wants (the Adler-32 of zeros is computed, not summed).
 */
export function deflatedZeros(size: number, format: 'deflate' | 'zlib' = 'deflate'): Uint8Array {
  if (size < 1) throw new RangeError(`size must be positive, got ${size}`);
  const references = Math.floor((size - 1) / 258);
  const literals = size - 1 - references * 258;
  const bits = 3 + 8 * (1 + literals) + 13 * references + 7;
  const head = format === 'zlib' ? 2 : 0;
  const out = new Uint8Array(head + Math.ceil(bits / 8) + (format === 'zlib' ? 4 : 0));
  if (format === 'zlib') {
    out[0] = 0x78;
    out[1] = 0x01;
  }
  let byte = head;
  let bit = 0;
  /** Writes `count` bits of `value`, least significant first (deflate's header and extra bits). */
  const lsb = (value: number, count: number): void => {
    for (let i = 0; i < count; i++) {
      if ((value >> i) & 1) out[byte]! |= 1 << bit;
      if (++bit === 8) {
        bit = 0;
        byte++;
      }
    }
  };
  /** Writes a Huffman code, most significant bit first. */
  const code = (value: number, count: number): void => {
    for (let i = count - 1; i >= 0; i--) lsb((value >> i) & 1, 1);
  };
  lsb(1, 1); // BFINAL
  lsb(1, 2); // BTYPE 01: fixed Huffman codes
  for (let i = 0; i <= literals; i++) code(0b00110000, 8); // literal 0
  for (let i = 0; i < references; i++) {
    code(0b11000101, 8); // length code 285 = 258
    code(0, 5); // distance code 0 = 1
  }
  code(0, 7); // end of block
  if (format === 'zlib') {
    const adler = ((size % 65521) * 65536 + 1) >>> 0;
    const at = out.length - 4;
    out[at] = adler >>> 24;
    out[at + 1] = (adler >>> 16) & 0xff;
    out[at + 2] = (adler >>> 8) & 0xff;
    out[at + 3] = adler & 0xff;
  }
  return out;
}

export interface BombEntry {
  name: string;
  /** The stored bytes (deflated unless `stored`). */
  data: Uint8Array;
  /** What the headers say the entry expands to. */
  statedSize: number;
  stored?: boolean;
}

/** A zip of `entries` whose headers state `statedSize` (ZIP64 fields past 4 GB). CRCs are not checked. */
export function zipOf(entries: readonly BombEntry[]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const zip64 = entry.statedSize >= 0xffffffff;
    const extra = Buffer.alloc(zip64 ? 20 : 0);
    if (zip64) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(BigInt(entry.statedSize), 4);
      extra.writeBigUInt64LE(BigInt(entry.data.length), 12);
    }
    const method = entry.stored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(zip64 ? 45 : 20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(zip64 ? 0xffffffff : entry.data.length, 18);
    local.writeUInt32LE(zip64 ? 0xffffffff : entry.statedSize, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(zip64 ? 45 : 20, 4);
    header.writeUInt16LE(zip64 ? 45 : 20, 6);
    header.writeUInt16LE(method, 10);
    header.writeUInt32LE(zip64 ? 0xffffffff : entry.data.length, 20);
    header.writeUInt32LE(zip64 ? 0xffffffff : entry.statedSize, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt16LE(extra.length, 30);
    header.writeUInt32LE(offset, 42);
    parts.push(local, name, extra, Buffer.from(entry.data));
    central.push(header, name, extra);
    offset += local.length + name.length + extra.length + entry.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, directory, end]));
}

const contentTypes = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
);

/**
 * A .docx or .xlsx whose main part expands to `size` bytes of zeros. `honest` headers state the size; a
 * liar states 1 KB. Sizes past what is practical to deflate here (over 1 GB) are stated only: the data
 * holds 1 MB, which is what a central-directory check must catch without reading it.
 */
export function makeOfficeBomb(kind: 'docx' | 'xlsx', size: number, honest = true): Uint8Array {
  const part = kind === 'docx' ? 'word/document.xml' : 'xl/worksheets/sheet1.xml';
  const data = deflatedZeros(size <= 1024 * 1024 * 1024 ? size : 1024 * 1024);
  return zipOf([
    { name: '[Content_Types].xml', data: contentTypes, statedSize: contentTypes.length, stored: true },
    { name: part, data, statedSize: honest ? size : 1024 },
  ]);
}

/** A one-page PDF whose content stream inflates to `size` bytes of zeros. */
export function makePdfBomb(size: number): Uint8Array {
  const stream = deflatedZeros(size, 'zlib');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
  ];
  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n')];
  const offsets: number[] = [];
  let length = chunks[0]!.length;
  const push = (buffer: Buffer): void => {
    chunks.push(buffer);
    length += buffer.length;
  };
  objects.forEach((body, i) => {
    offsets.push(length);
    push(Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`));
  });
  offsets.push(length);
  push(Buffer.from(`4 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`));
  push(Buffer.from(stream));
  push(Buffer.from('\nendstream\nendobj\n'));
  const xref = length;
  push(
    Buffer.from(
      `xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}` +
        `trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
    ),
  );
  return new Uint8Array(Buffer.concat(chunks));
}
