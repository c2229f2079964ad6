// The data version: one row bumped by every import and revert. Reading it is the cheap question "has anything
// changed?" that lets every app server cache derived views and answer ETags without a shared cache.
import type { Db } from '../client.ts';
import { dataVersion } from '../schema/index.ts';

export function createDataVersionRepo(db: Db) {
  return {
    /** 0 when nothing was ever imported (the row is created by the first import). */
    async read(): Promise<number> {
      const [row] = await db.select({ version: dataVersion.version }).from(dataVersion).limit(1);
      return Number(row?.version ?? 0);
    },
  };
}
