// Coordination: before a plan is saved, find the other entities' activities for the same State and theme in an
// overlapping period, so that nobody duplicates another's work (resolution 68/187, OP10–12). Pure.
//
// Cost: one linear scan, O(others × (themes + States)) with Set lookups, no allocation for a non-match. The caller
// narrows `others` first with an indexed query (State, date range), so the scan sees hundreds, not 50,000; even
// unnarrowed, a scan of 50,000 small records stays in the low milliseconds. An interval index is not worth it here.

/** What the check needs of an activity. ISO dates compare as strings; both ends are inclusive. */
export interface OverlapSubject {
  id: string;
  /** The entity delivering it. */
  organisationId: string;
  /** The State(s) it serves: several for a regional workshop. */
  stateCodes: readonly string[];
  themes: readonly string[];
  startDate: string;
  endDate: string;
}

export interface Overlap<T extends OverlapSubject> {
  activity: T;
  /** The shared period, inclusive. */
  from: string;
  to: string;
  stateCodes: string[];
  themes: string[];
}

/**
 * The activities of other entities sharing a State and a theme with the candidate, over dates that meet (touching
 * counts: one ending the day the other starts is the same day, the same officials). The candidate's own activities
 * (same id) and those of its own entity are left out: an entity coordinates its own work in its own plan.
 */
export function findOverlaps<T extends OverlapSubject>(candidate: OverlapSubject, others: Iterable<T>): Overlap<T>[] {
  const states = new Set(candidate.stateCodes);
  const themes = new Set(candidate.themes);
  const out: Overlap<T>[] = [];
  for (const other of others) {
    if (other.id === candidate.id || other.organisationId === candidate.organisationId) continue;
    if (other.startDate > candidate.endDate || other.endDate < candidate.startDate) continue;
    if (!other.stateCodes.some((s) => states.has(s)) || !other.themes.some((t) => themes.has(t))) continue;
    out.push({
      activity: other,
      from: other.startDate > candidate.startDate ? other.startDate : candidate.startDate,
      to: other.endDate < candidate.endDate ? other.endDate : candidate.endDate,
      stateCodes: [...new Set(other.stateCodes.filter((s) => states.has(s)))],
      themes: [...new Set(other.themes.filter((t) => themes.has(t)))],
    });
  }
  return out;
}
