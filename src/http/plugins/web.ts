// Serves the built web app (Vite output in WEB_DIST) with a single-page-app fallback: any GET outside /api that is
// not a file gets index.html, so deep links (/participants/AFG) work on reload.
//
// The build is small (about 2 MB with its compressed copies) and never changes while the server runs, so it is read
// once at start and answered from memory: no stat, open or read per request, and no compression either, since the
// build writes a brotli (.br) and a gzip (.gz) file beside every text asset (scripts/precompress.ts). Compressing
// the 300 kB bundle per request held it to ~100 requests/s; streaming files from disk cost a stat and an open per
// request. A rebuild while the server runs is picked up at the next start (development uses Vite's own server).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { etagMatches, preferredEncoding } from './public-cache.ts';

type Encoding = 'br' | 'gzip';

interface Representation {
  body: Buffer;
  /** Strong, one per encoding: each is a different byte sequence. */
  etag: string;
}

export interface StaticFile {
  contentType: string;
  cacheControl: string;
  identity: Representation;
  br: Representation | null;
  gzip: Representation | null;
}

export interface WebApp {
  root: string;
  /** Every file of the build by URL path (`/index.html`, `/assets/index-D30_xOrq.js`), its compressed copies beside it. */
  files: Map<string, StaticFile>;
  index: StaticFile;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';

function representation(body: Buffer, suffix: string): Representation {
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 22);
  return { body, etag: `"${hash}${suffix}"` };
}

function readIfExists(file: string): Buffer | null {
  return fs.existsSync(file) ? fs.readFileSync(file) : null;
}

/** The built app, read into memory, or null when WEB_DIST has not been built (API-only server, tests). */
export function findWebApp(dir: string): WebApp | null {
  const root = path.resolve(dir);
  if (!fs.existsSync(path.join(root, 'index.html'))) return null;
  const files = new Map<string, StaticFile>();
  for (const entry of fs.readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || /\.(br|gz)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const urlPath = `/${path.relative(root, file).split(path.sep).join('/')}`;
    const br = readIfExists(`${file}.br`);
    const gzip = readIfExists(`${file}.gz`);
    files.set(urlPath, {
      contentType: CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      // Vite puts content-hashed files under assets/: they never change, so browsers may keep them for good.
      // Anything else (index.html) names the current build and must be revalidated.
      cacheControl: urlPath.startsWith('/assets/') ? IMMUTABLE : 'no-cache',
      identity: representation(fs.readFileSync(file), ''),
      br: br && representation(br, '-br'),
      gzip: gzip && representation(gzip, '-gz'),
    });
  }
  return { root, files, index: files.get('/index.html')! };
}

/**
 * A page of the app (a deep link) rather than the API or a missing file: a request for /assets/x.js or favicon.png
 * that does not exist answers 404, not index.html (which a browser would then run as a script).
 */
export function isSpaPath(method: string, url: string): boolean {
  const pathname = url.split('?')[0]!;
  return (
    (method === 'GET' || method === 'HEAD') &&
    !/^\/api(\/|$)/.test(pathname) &&
    !pathname.startsWith('/assets/') &&
    !/\.[a-z0-9]+$/i.test(pathname)
  );
}

/** Sends one file in the best encoding the client accepts (a 304 when it holds the same bytes). */
export function sendStaticFile(request: FastifyRequest, reply: FastifyReply, file: StaticFile): FastifyReply {
  const encoding: Encoding | null = preferredEncoding(request.headers['accept-encoding']);
  const chosen = (encoding && file[encoding]) || file.identity;
  reply
    .code(200)
    .header('content-type', file.contentType)
    .header('cache-control', file.cacheControl)
    .header('etag', chosen.etag)
    // The bytes depend on Accept-Encoding even when the plain file is sent: a shared cache must not hand it to a
    // client that accepts brotli (or a brotli copy to one that does not).
    .header('vary', 'Accept-Encoding');
  if (chosen !== file.identity) reply.header('content-encoding', encoding!);
  if (etagMatches(request.headers['if-none-match'], chosen.etag)) return reply.code(304).send();
  return reply.send(chosen.body);
}

export async function installWebApp(app: FastifyInstance, web: WebApp): Promise<void> {
  for (const [urlPath, file] of web.files) {
    app.get(urlPath, { config: { access: 'public' }, schema: { hide: true } }, (request, reply) =>
      sendStaticFile(request, reply, file),
    );
  }
  app.get('/', { config: { access: 'public' }, schema: { hide: true } }, (request, reply) =>
    sendStaticFile(request, reply, web.index),
  );
}
