/**
 * What the fault-injection soak (./fault-injection.soak.ts) checks after each fault, beyond the rows it
 * validates against the shared schema: documents left without versions, the drafts of the carried file,
 * acknowledged export files that are not whole, and temporary files an interrupted save left behind.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';

/** An export file the app said it saved. */
export interface AcknowledgedExport {
  kind: 'pdf' | 'jsonld' | 'ledger';
  file: string;
}

/** Rows read straight from IndexedDB: documents without versions, and versions of `carryName`. */
export function readDocumentRows(
  page: Page,
  carryName: string,
): Promise<{ versionless: string[]; carryDrafts: number }> {
  return page.evaluate(
    (carryFile) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('tickmark');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['documents', 'versions'], 'readonly');
          const documents = tx.objectStore('documents').getAll();
          const versions = tx.objectStore('versions').getAll();
          tx.oncomplete = () => {
            const docs = documents.result as { id: string; fileName: string }[];
            const rows = versions.result as { documentId: string }[];
            const owners = new Set(rows.map((row) => row.documentId));
            const carried = docs.find((row) => row.fileName === carryFile);
            db.close();
            resolve({
              versionless: docs.filter((row) => !owners.has(row.id)).map((row) => row.id),
              carryDrafts: carried ? rows.filter((row) => row.documentId === carried.id).length : 0,
            });
          };
        };
      }),
    carryName,
  );
}

/** Whether an acknowledged export file is whole: it parses as what it claims to be. */
export async function exportProblem(entry: AcknowledgedExport): Promise<string | null> {
  const bytes = await readFile(entry.file).catch(() => null);
  if (!bytes) return `${path.basename(entry.file)} is missing`;
  if (entry.kind === 'pdf') {
    const text = bytes.toString('latin1');
    return text.startsWith('%PDF-') && text.trimEnd().endsWith('%%EOF')
      ? null
      : `${path.basename(entry.file)} is not a complete PDF`;
  }
  if (entry.kind === 'jsonld') {
    try {
      JSON.parse(bytes.toString('utf8'));
      return null;
    } catch {
      return `${path.basename(entry.file)} is not complete JSON`;
    }
  }
  if (entry.file.endsWith('.xlsx')) {
    return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes.includes(Buffer.from('PK\u0005\u0006', 'latin1'))
      ? null
      : `${path.basename(entry.file)} is not a complete XLSX`;
  }
  return bytes.length > 0 ? null : `${path.basename(entry.file)} is empty`;
}

/** Temporary files an interrupted save may leave: ours are `.<name>.….tmp` / `.part`. */
export async function leftoverTempFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return entries.filter((entry) => /(^|\/)\.[^/]+\.(tmp|part)$/.test(entry));
}
