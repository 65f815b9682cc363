/**
 * Upgrades from every shipped schema version, with data in every table that version had: each row must
 * still be there after the current AppDb opens it (data migrations have their own tests beside them).
 * The list below must name every shipped version: a new version without an entry fails the first test.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDb, currentSchemaVersion, schemaV1, schemaV2, schemaV3 } from '../app-db';

const shipped: Record<number, Record<string, string>> = { 1: schemaV1, 2: schemaV2, 3: schemaV3 };

/** One plausible row per table (enough fields for every index of every version). */
const rowFor = (table: string, version: number): Record<string, unknown> => ({
  id: `${table}-v${version}`,
  key: `${table}-v${version}`,
  value: 1,
  documentId: 'doc',
  versionId: 'ver',
  annotationId: 'anno',
  sourceId: 'src',
  fileName: 'draft.txt',
  title: 'Draft',
  sha256: 'a'.repeat(64),
  number: 1,
  kind: 'comment',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-02-01T00:00:00.000Z',
  openedAt: '2026-03-01T00:00:00.000Z',
  latestVersionId: 'ver',
  versionCount: 1,
});

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

describe('upgrades from every shipped schema version', () => {
  it('lists every version up to the current one', () => {
    expect(Object.keys(shipped).map(Number)).toEqual(
      Array.from({ length: currentSchemaVersion }, (_, index) => index + 1),
    );
  });

  it.each(Object.entries(shipped).map(([version, schema]) => [Number(version), schema] as const))(
    'keeps every row of a version-%i database',
    async (version, schema) => {
      const name = `tickmark-upgrade-${version}-${crypto.randomUUID()}`;
      names.push(name);
      const old = new Dexie(name);
      // Declare every version up to `version` as that release did, then fill each table.
      for (let v = 1; v <= version; v += 1) old.version(v).stores(shipped[v]!);
      await old.open();
      for (const table of Object.keys(schema)) await old.table(table).put(rowFor(table, version));
      old.close();

      const db = new AppDb(name);
      await db.open();
      expect(db.verno).toBe(currentSchemaVersion);
      for (const table of Object.keys(schema)) {
        expect(
          await db.table(table).get(`${table}-v${version}`),
          `${table} after upgrade from v${version}`,
        ).toMatchObject({
          createdAt: '2026-01-01T00:00:00.000Z',
        });
      }
      db.close();
    },
  );
});
