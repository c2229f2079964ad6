// How a coordinator settles an overlap between two entities' activities (the queue's resolutions). Stable ids,
// stored and translated (`coordination.resolution.<id>`); never rename one. Pure.
export const OVERLAP_RESOLUTIONS = ['coordinated', 'merged', 'rescheduled', 'not-a-duplicate', 'cancelled'] as const;
export type OverlapResolution = (typeof OVERLAP_RESOLUTIONS)[number];
export function isOverlapResolution(value: unknown): value is OverlapResolution {
  return typeof value === 'string' && (OVERLAP_RESOLUTIONS as readonly string[]).includes(value);
}
