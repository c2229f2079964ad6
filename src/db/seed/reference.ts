import type { Db } from '../client.ts';
// Placeholder replaced in the next commit by the real loader of data/reference.
export async function seedReferenceData(_db: Db): Promise<void> {}
