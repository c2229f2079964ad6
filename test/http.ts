// A server on a fresh test database, with real status lists imported, for API tests (app.inject).
import type { FastifyInstance, InjectOptions } from 'fastify';
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

/** The writes that must name the version they were made on (ADR 19), and where their record is read. */
const CONDITIONAL_WRITES: { method: string; path: RegExp; read: (m: RegExpExecArray) => string; listed?: boolean }[] = [
  {
    method: 'PATCH',
    path: /^\/api\/v1\/(assistance-requests|activities|programmes|strategies|needs|documents|organisations|people)\/([^/?]+)$/,
    read: (m) => m[0],
  },
  { method: 'POST', path: /^\/api\/v1\/assistance-requests\/([^/?]+)\/transitions$/, read: (m) => `/api/v1/assistance-requests/${m[1]}` },
  { method: 'PATCH', path: /^\/api\/v1\/documents\/[^/?]+\/provisions\/[^/?]+$/, read: (m) => m[0] },
  { method: 'PATCH', path: /^\/api\/v1\/me$/, read: () => '/api/v1/me' },
  { method: 'PATCH', path: /^\/api\/v1\/me\/subscriptions\/([^/?]+)$/, read: () => '/api/v1/me/subscriptions', listed: true },
];

/**
 * Makes `app.inject` behave like the web app's client for conditional writes: a write that names no version is sent
 * with If-Match set to the ETag of a GET of its record, made with the same credentials just before (`"v1"` when that
 * GET has none: the record is hidden or absent, and the write's own answer says so). Tests of other rules keep their
 * meaning; the concurrency tests (src/http/routes/v1/versions.test.ts) use a server without it.
 */
export function sendingCurrentVersion(app: FastifyInstance): void {
  const inject = app.inject.bind(app) as (options: InjectOptions) => ReturnType<FastifyInstance['inject']>;
  const wrapped = async (options: InjectOptions) => {
    const [path, query] = String(options.url ?? '').split('?');
    const headers = { ...(options.headers ?? {}) } as Record<string, string>;
    const payload = options.payload as { version?: unknown } | undefined;
    const named = 'if-match' in headers || (payload !== undefined && typeof payload === 'object' && 'version' in payload);
    for (const w of CONDITIONAL_WRITES) {
      const m = w.method === options.method ? w.path.exec(path ?? '') : null;
      if (!m || named) continue;
      const readHeaders = Object.fromEntries(Object.entries(headers).filter(([k]) => !/^content-/i.test(k)));
      const read = await inject({ method: 'GET', url: w.read(m) + (query && !w.listed ? `?${query}` : ''), headers: readHeaders, remoteAddress: options.remoteAddress });
      let tag = read.headers.etag as string | undefined;
      if (w.listed && read.statusCode === 200) {
        const item = (read.json().data as { id: string; version: number }[]).find((r) => r.id === m[1]);
        tag = item ? `"v${item.version}"` : undefined;
      }
      return inject({ ...options, headers: { ...headers, 'if-match': tag ?? '"v1"' } });
    }
    return inject(options);
  };
  (app as unknown as { inject: unknown }).inject = (options?: InjectOptions) => (options ? wrapped(options) : inject(options as never));
}

export async function buildTestServer(imports: TestImport[] = [FINANCING_2014], now: () => Date = () => TEST_NOW, options: { sendCurrentVersion?: boolean } = {}) {
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
  if (options.sendCurrentVersion ?? true) sendingCurrentVersion(app);
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.dispose();
    },
  };
}
