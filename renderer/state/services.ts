/**
 * What the slices need from the outside world, passed in once when the store is built so unit tests
 * give a fresh database (fake-indexeddb) and a test bridge, and fix the clock.
 */
import type { TickmarkBridge } from '../../shared/ipc/contract';
import { AppDb } from '../db/app-db';
import { DocumentRepository } from '../db/document-repository';
import { SettingsRepository } from '../db/settings-repository';

export interface AppServices {
  db: AppDb;
  bridge: TickmarkBridge;
  documents: DocumentRepository;
  settings: SettingsRepository;
  /** The clock; tests fix it. */
  now: () => Date;
}

/** Builds the services over a database (default: the real `tickmark` database). */
export function createAppServices(
  bridge: TickmarkBridge,
  db: AppDb = new AppDb(),
  now = () => new Date(),
): AppServices {
  return { db, bridge, documents: new DocumentRepository(db), settings: new SettingsRepository(db), now };
}
