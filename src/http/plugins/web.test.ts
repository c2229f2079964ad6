// The built web app is sent as compressed at build time (scripts/precompress.ts): the bytes on the wire are the .br
// or .gz file beside the asset, never a per-request compression, with the headers caches need.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '#config';
import { precompressDirectory } from '../../../scripts/precompress.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { TEST_NOW, TEST_SECRET_KEY } from '../../../test/http.ts';
import { buildServer } from '../server.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let app: Awaited<ReturnType<typeof buildServer>>;
let webDir: string;
const ASSET = 'assets/index-4f9a2c.js';
// Large enough that any server would compress it (and realistic: repetitive JavaScript).
const SCRIPT = Array.from({ length: 800 }, (_, i) => `export const label${i} = "accord ${i % 17}";`).join('\n');

beforeAll(async () => {
  database = await createTestDatabase();
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-web-'));
  fs.mkdirSync(path.join(webDir, 'assets'));
  fs.writeFileSync(path.join(webDir, 'index.html'), `<!doctype html><title>Accord</title><script type="module" src="/${ASSET}"></script>`);
  fs.writeFileSync(path.join(webDir, ASSET), SCRIPT);
  fs.writeFileSync(path.join(webDir, 'assets', 'index-77aa01.css'), 'body { margin: 0 }\n'.repeat(200));
  expect(precompressDirectory(webDir)).toBe(3);
  const config = loadConfig({ NODE_ENV: 'test', SECRET_KEY: TEST_SECRET_KEY, WEB_DIST: webDir });
  app = await buildServer({ database, config, now: () => TEST_NOW, logger: false });
});

afterAll(async () => {
  await app.close();
  await database.dispose();
  fs.rmSync(webDir, { recursive: true, force: true });
});

describe('precompressed static delivery', () => {
  it('sends the .br file written at build time, as it is, to a client that accepts brotli', async () => {
    const res = await app.inject({ url: `/${ASSET}`, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const precompressed = fs.readFileSync(path.join(webDir, `${ASSET}.br`));
    expect(res.rawPayload.equals(precompressed)).toBe(true);
    expect(Number(res.headers['content-length'])).toBe(precompressed.length);
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(SCRIPT);
  });

  it('sends the .gz file to a client that accepts only gzip, and the plain file to one that accepts neither', async () => {
    const gz = await app.inject({ url: `/${ASSET}`, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.rawPayload.equals(fs.readFileSync(path.join(webDir, `${ASSET}.gz`)))).toBe(true);
    expect(String(gz.headers.vary)).toMatch(/accept-encoding/i);

    const plain = await app.inject({ url: `/${ASSET}`, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
    expect(String(plain.headers.vary)).toMatch(/accept-encoding/i);
  });

  it('stylesheets likewise; index.html (also for deep links) is precompressed too but must be revalidated', async () => {
    const css = await app.inject({ url: '/assets/index-77aa01.css', headers: { 'accept-encoding': 'br' } });
    expect(css.headers['content-encoding']).toBe('br');
    expect(css.rawPayload.equals(fs.readFileSync(path.join(webDir, 'assets', 'index-77aa01.css.br')))).toBe(true);
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    expect(css.headers['cache-control']).toContain('immutable');

    for (const url of ['/', '/index.html', '/participants/AFG']) {
      const page = await app.inject({ url, headers: { 'accept-encoding': 'br' } });
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['content-type'], url).toMatch(/^text\/html/);
      expect(page.headers['cache-control'], url).toBe('no-cache');
      expect(page.headers['content-encoding'], url).toBe('br');
      expect(brotliDecompressSync(page.rawPayload).toString(), url).toContain('<title>Accord</title>');
    }
  });

  it('answers If-None-Match with 304 per encoding: the brotli and the plain bytes have different ETags', async () => {
    const br = await app.inject({ url: `/${ASSET}`, headers: { 'accept-encoding': 'br' } });
    const plain = await app.inject({ url: `/${ASSET}` });
    expect(br.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(br.headers.etag).not.toBe(plain.headers.etag);
    const again = await app.inject({ url: `/${ASSET}`, headers: { 'accept-encoding': 'br', 'if-none-match': br.headers.etag! } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const other = await app.inject({ url: `/${ASSET}`, headers: { 'if-none-match': br.headers.etag! } });
    expect(other.statusCode).toBe(200);
  });

  it('does not serve the compressed copies under their own names, nor invent files', async () => {
    for (const url of [`/${ASSET}.br`, `/${ASSET}.gz`, '/assets/missing-0000.js']) {
      const res = await app.inject({ url, headers: { 'accept-encoding': 'br' } });
      expect(res.statusCode, url).toBe(404);
    }
  });
});
