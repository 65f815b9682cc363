/**
 * Key/value settings (language, zoom, reviewer name, and whatever features keep). Values are validated
 * with a zod schema on read; a stored value that no longer parses falls back to the default instead of
 * breaking the app.
 */
import type { z } from 'zod';
import type { AppDb } from './app-db';

/** Repository over the `settings` table. */
export class SettingsRepository {
  constructor(private readonly db: AppDb) {}

  /** The stored value of `key` if it parses with `schema`, else `fallback`. */
  async get<T>(key: string, schema: z.ZodType<T>, fallback: T): Promise<T> {
    const row = await this.db.settings.get(key);
    if (!row) return fallback;
    const parsed = schema.safeParse(row.value);
    return parsed.success ? parsed.data : fallback;
  }

  /** Stores `value` under `key` (its own small transaction: settings are written when changed). */
  async set(key: string, value: unknown): Promise<void> {
    await this.db.settings.put({ key, value });
  }

  async remove(key: string): Promise<void> {
    await this.db.settings.delete(key);
  }
}
