// Ranking quality of a search (issue 13 §3): recall at k and the reciprocal rank of the first relevant hit, averaged
// over a set of labelled queries. Pure.

/** The share of the relevant documents found among the first k of `ranked` (1 when nothing is relevant). */
export function recallAtK(ranked: readonly string[], relevant: readonly string[], k: number): number {
  if (relevant.length === 0) return 1;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}

/** 1 / the rank of the first relevant document in `ranked`, 0 when none is there. */
export function reciprocalRank(ranked: readonly string[], relevant: readonly string[]): number {
  const wanted = new Set(relevant);
  const i = ranked.findIndex((id) => wanted.has(id));
  return i < 0 ? 0 : 1 / (i + 1);
}

/** The arithmetic mean (0 for none). */
export function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}
