// Reads files under test/fixtures for tests, outside src/domain so that pure-domain tests need no Node API.
import fs from 'node:fs';
import path from 'node:path';

/** Text of a file under test/fixtures, e.g. `authority-directory.sample.csv`. */
export function readFixture(name: string): string {
  return fs.readFileSync(path.resolve('test/fixtures', name), 'utf8');
}
