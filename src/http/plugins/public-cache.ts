// HTTP caching of public treaty data. The strong ETag is a hash of what the body is a function of:
//  - the data version (bumped by every import and revert: one tiny query per request),
//  - the request URL (path + filters + lang),
//  - today's date (views default to asOf = today, so the same URL means something else tomorrow),
//  - the Accept-Encoding header (a strong ETag names one exact byte sequence; gzip and identity differ),
//  - who asks (responses carry `abilities`): anonymous callers share one public entry; a signed-in person's entry
//    hashes their id, administrator flag, memberships and token scopes, and is `private` (never kept by proxies).
// A matching If-None-Match answers 304 before any view is built. A 200 body is also kept in process under its
// ETag, already compressed for the client's Accept-Encoding (brotli or gzip, once per view and version), so
// repeated requests skip derivation, serialization and compression entirely: the matrix is ~200 kB of JSON and
// ~15 kB compressed. @fastify/compress leaves a body alone once Content-Encoding is set.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { getDataVersion } from '#app/shared/get-data-version.ts';
import type { Db } from '#app/shared/database.ts';
import type { Actor } from '#domain/actor.ts';
import { todayIso } from '#domain/treaties/dates.ts';

interface CachedResponse {
  /** Bytes, not a string: a string would be UTF-8-encoded again on every send (the matrix is ~200 kB of it). */
  body: Buffer;
  headers: Record<string, string>;
  size: number;
}

/** Bytes of bodies kept; the matrix is a few hundred kB, so this holds dozens of views. */
const MAX_BYTES = 32 * 1024 * 1024;
const KEPT_HEADERS = ['content-type', 'content-disposition', 'content-encoding'];
/** Below this, compression costs more than it saves (the same threshold as @fastify/compress). */
const COMPRESS_FROM_BYTES = 1024;

/** The encoding to store a body in for this Accept-Encoding: brotli, else gzip, else none. */
export function preferredEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  if (!acceptEncoding) return null;
  const accepted = new Set(
    acceptEncoding
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || Number(q.trim().replace(/^q=/, '')) > 0)
      .map(([name]) => name!.trim().toLowerCase()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return null;
}

function encode(body: Buffer, encoding: 'br' | 'gzip'): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 6, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzipSync(body, { level: 6 });
}

export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  // If-None-Match uses the weak comparison: W/"x" matches "x".
  return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

function actorKey(actor: Actor): string {
  if (actor.kind === 'anonymous') return 'anonymous';
  return JSON.stringify([actor.userId, actor.platformAdmin, actor.memberships, actor.tokenScopes ?? null]);
}

export function installPublicCache(app: FastifyInstance, deps: { db: Db; now: () => Date }): void {
  const kept = new Map<string, CachedResponse>();
  let keptBytes = 0;

  const keep = (etag: string, entry: CachedResponse) => {
    if (entry.size > MAX_BYTES / 4) return;
    kept.set(etag, entry);
    keptBytes += entry.size;
    while (keptBytes > MAX_BYTES) {
      const [oldest, value] = kept.entries().next().value!;
      kept.delete(oldest);
      keptBytes -= value.size;
    }
  };

  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.routeOptions.config.publicData || (request.method !== 'GET' && request.method !== 'HEAD')) return;
    const version = await getDataVersion(deps.db);
    const hash = createHash('sha256')
      .update(
        [version, request.url, todayIso(deps.now()), request.headers['accept-encoding'] ?? '', actorKey(request.actor)].join(
          '\n',
        ),
      )
      .digest('base64url')
      .slice(0, 27);
    const etag = `"v${version}-${hash}"`;
    reply.header('etag', etag);
    reply.header('cache-control', request.actor.kind === 'anonymous' ? 'public, max-age=60' : 'private, max-age=60');
    reply.header('vary', request.actor.kind === 'anonymous' ? 'Accept-Encoding' : 'Accept-Encoding, Cookie, Authorization');
    if (etagMatches(request.headers['if-none-match'], etag)) {
      return reply.code(304).send();
    }
    const hit = kept.get(etag);
    if (hit) {
      kept.delete(etag);
      kept.set(etag, hit); // most recently used last
      for (const [name, value] of Object.entries(hit.headers)) reply.header(name, value);
      return reply.send(hit.body);
    }
    request.publicEtag = etag;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const etag = request.publicEtag;
    if (!etag || reply.statusCode !== 200) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const headers: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const value = reply.getHeader(name);
      if (typeof value === 'string') headers[name] = value;
    }
    let body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    const encoding = preferredEncoding(request.headers['accept-encoding']);
    if (encoding && body.length >= COMPRESS_FROM_BYTES && !headers['content-encoding']) {
      body = encode(body, encoding);
      reply.header('content-encoding', encoding);
      reply.removeHeader('content-length');
      headers['content-encoding'] = encoding;
    }
    keep(etag, { body, headers, size: body.length });
    return body;
  });
}
