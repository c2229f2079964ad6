// The current data version, for HTTP caching (ETag): one tiny query.
import type { Db } from '#db/client.ts';
import { readDataVersion } from '../treaties/treaty-dataset.ts';

export async function getDataVersion(db: Db): Promise<number> {
  return readDataVersion(db);
}
