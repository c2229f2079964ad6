// Pages of a list: 1-based page numbers, the total so a client can draw a pager.
export interface PageQuery {
  page: number;
  pageSize: number;
}

export interface Page<T> {
  data: T[];
  page: number;
  pageSize: number;
  total: number;
}

export function pageOf<T>(items: readonly T[], q: PageQuery): Page<T> {
  const start = (q.page - 1) * q.pageSize;
  return { data: items.slice(start, start + q.pageSize), page: q.page, pageSize: q.pageSize, total: items.length };
}

export function offsetOf(q: PageQuery): { limit: number; offset: number } {
  return { limit: q.pageSize, offset: (q.page - 1) * q.pageSize };
}

/**
 * Every row of a list, not one page (an export), read in chunks of `chunk` up to `max` rows: the bound on one
 * request's work. `read` is the list's own repository query, so the rows are those the list would show.
 */
export async function readAll<T>(
  read: (page: { limit: number; offset: number }) => Promise<{ rows: T[] }>,
  max: number,
  chunk = 1000,
): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; offset < max; offset += chunk) {
    const limit = Math.min(chunk, max - offset);
    const { rows } = await read({ limit, offset });
    out.push(...rows);
    if (rows.length < limit) break;
  }
  return out;
}
