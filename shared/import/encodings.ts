/**
 * Encodings a user may pick in "Reopen with encoding…": the ones the detector chooses between
 * (electron/services/import/decode-text.ts), by their canonical names. Main refuses any other name.
 */
export const reopenEncodings = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type ReopenEncoding = (typeof reopenEncodings)[number];

/** True when `name` is one of the encodings a text draft can be reopened with. */
export const isReopenEncoding = (name: string): name is ReopenEncoding =>
  (reopenEncodings as readonly string[]).includes(name);
