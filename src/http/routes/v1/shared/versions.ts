// Optimistic concurrency at the edge (ADR 19): a GET of one record answers its ETag `"v<version>"`; a write must name
// the version it was made on (If-Match, or `version` in the body), else 428. The use case updates with
// `WHERE version = <expected>` and throws PRECONDITION_FAILED when no row matched; the route then answers 412 with
// the record as it is now, in the GET's shape, so the client can show both sides. Nothing was written.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isAppError } from '#domain/errors.ts';

interface Versioned {
  data: { version: number };
}

const ENTITY_TAG = /^(?:W\/)?"v(\d{1,9})"$/;

export function etagOf(version: number): string {
  return `"v${version}"`;
}

/** Sets the record's ETag on the answer and returns the body (a GET of one record, or a write's answer). */
export function withETag<T extends Versioned>(reply: FastifyReply, body: T): T {
  reply.header('etag', etagOf(body.data.version));
  return body;
}

/**
 * The version the write was made on: If-Match wins over a `version` field in the body, which is removed from the body
 * either way (it is not content). Neither (or `If-Match: *`, which names no version) → 428 PRECONDITION_REQUIRED.
 */
export function expectedVersion(request: FastifyRequest): number {
  const body = request.body as { version?: unknown } | null | undefined;
  let fromBody: number | undefined;
  if (body && typeof body === 'object' && 'version' in body) {
    if (typeof body.version === 'number') fromBody = body.version;
    delete body.version;
  }
  const header = request.headers['if-match'];
  if (typeof header === 'string' && header.trim() !== '') {
    const match = ENTITY_TAG.exec(header.trim());
    // A tag of no version of ours matches no version: the write answers 412 with the current record.
    return match ? Number(match[1]) : 0;
  }
  if (fromBody !== undefined) return fromBody;
  throw new AppError('PRECONDITION_REQUIRED', 'Send If-Match with the ETag of the version you changed (or a version field).');
}

/**
 * Runs a conditional write. On PRECONDITION_FAILED (another write came first) answers 412 with `current()`, the
 * record as the caller may see it now in the shape of its GET, and its ETag; a record that is gone or out of sight
 * answers as `current()` does (404). On success, the answer carries the new ETag.
 */
export async function conditionalWrite<W extends Versioned, C extends Versioned>(
  request: FastifyRequest,
  reply: FastifyReply,
  write: (expected: number) => Promise<W>,
  current: () => Promise<C>,
): Promise<W> {
  const expected = expectedVersion(request);
  try {
    return withETag(reply, await write(expected));
  } catch (err) {
    if (!isAppError(err) || err.code !== 'PRECONDITION_FAILED') throw err;
    const now = await current();
    const error = { code: err.code, message: err.message, params: { ...err.params, expected, current: now.data.version }, issues: [] };
    reply.code(412);
    // The 412's schema is the GET's plus `error` (conditionalWriteErrors); the handler's type names the 200's.
    return withETag(reply, { ...now, error }) as unknown as W;
  }
}
