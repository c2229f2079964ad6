// The small vocabularies of delivery records: an activity's status, a programme's kind, a strategy's scope. Stable
// kebab-case ids stored as they are (translated at display, like the themes). Pure.

function guard<T extends string>(values: readonly T[]) {
  return (value: unknown): value is T => typeof value === 'string' && (values as readonly string[]).includes(value);
}

/** Where an activity stands. A cancelled activity is kept (it was planned, it may have been coordinated). */
export const ACTIVITY_STATUSES = ['planned', 'in-delivery', 'completed', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export const isActivityStatus = guard(ACTIVITY_STATUSES);

/** Regional and thematic programmes (resolution 68/187, OP4). */
export const PROGRAMME_KINDS = ['regional', 'thematic'] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

/** A counter-terrorism strategy is a State's own (national) or several States' (regional). */
export const STRATEGY_SCOPES = ['national', 'regional'] as const;
export type StrategyScope = (typeof STRATEGY_SCOPES)[number];

/** The request statuses under which an entity delivers activities for it. */
export const DELIVERABLE_REQUEST_STATUSES = ['accepted', 'planned', 'in-delivery'] as const;
