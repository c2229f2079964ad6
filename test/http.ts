// A server on a fresh test database, with real status lists imported, for API tests (app.inject).
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '#config';
import { importStatusList } from '#app/treaties/import-status-list.ts';
import { buildServer } from '#http/server.ts';
import { createTestDatabase, TEST_SECRET_KEY } from './db.ts';
import { readReference } from './reference-files.ts';

export { TEST_SECRET_KEY } from './db.ts';

/** "Today" for API tests: fixed, so asOf defaults and future-date checks are reproducible. */
export const TEST_NOW = new Date('2026-03-01T12:00:00Z');

export const UNTC_SOURCE = { publisher: 'UN Treaty Collection', title: 'Status of treaties, chapter XVIII' };

export interface TestImport {
  file: string;
  format?: string;
  asOf: string;
  publisher?: string;
  instrumentId?: string;
}

/** The Terrorist Financing Convention 1999 as UNTC listed it on 2014-07-10 (188 participants). */
export const FINANCING_2014: TestImport = { file: 'untc/XVIII-11.csv', asOf: '2014-07-10' };

export async function buildTestServer(imports: TestImport[] = [FINANCING_2014], now: () => Date = () => TEST_NOW) {
  const database = await createTestDatabase();
  let minute = 0;
  for (const imp of imports) {
    await importStatusList(
      database.db,
      {
        format: imp.format ?? 'untc',
        fileName: imp.file.split('/').pop()!,
        content: readReference(imp.file),
        instrumentId: imp.instrumentId,
        source: {
          ...UNTC_SOURCE,
          ...(imp.publisher ? { publisher: imp.publisher } : {}),
          title: `${imp.publisher ?? UNTC_SOURCE.publisher}: ${imp.file}`,
          asOf: imp.asOf,
        },
      },
      // Recorded a minute apart, before "today": the changes list orders by these.
      new Date(TEST_NOW.getTime() - 24 * 3600_000 + minute++ * 60_000),
    );
  }
  const config = loadConfig({ NODE_ENV: 'test', SECRET_KEY: TEST_SECRET_KEY, WEB_DIST: './does-not-exist', LOG_LEVEL: 'silent' });
  const app: FastifyInstance = await buildServer({ database, config, now, logger: false });
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.dispose();
    },
  };
}
