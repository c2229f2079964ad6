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
