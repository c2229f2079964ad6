// Reads the shipped reference files for tests. Lives outside src/domain so that pure-domain tests can use the real
// data without importing Node APIs themselves (the domain lint rule forbids `node:*`).
import fs from 'node:fs';
import path from 'node:path';

export const REFERENCE_DIR = path.resolve('data/reference');

/** Text of a file under data/reference, e.g. `untc/XVIII-11.csv`. */
export function readReference(relative: string): string {
  return fs.readFileSync(path.join(REFERENCE_DIR, relative), 'utf8');
}

/** Files (not directories) directly under a folder of data/reference, as relative paths, sorted. */
export function listReference(folder: string): string[] {
  return fs
    .readdirSync(path.join(REFERENCE_DIR, folder), { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `${folder}/${e.name}`)
    .sort();
}
