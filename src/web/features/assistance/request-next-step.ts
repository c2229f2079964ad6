// Which of a request's actions is the primary one (one primary button per screen). Once a request is accepted, the
// entity's next natural step is to plan an activity for it, not to mark it planned with nothing planned.
import { DELIVERABLE_REQUEST_STATUSES } from '#domain/assistance/delivery.ts';

/** Events that end the request for one side: never the primary action. */
export const DESTRUCTIVE_EVENTS: ReadonlySet<string> = new Set(['decline', 'withdraw']);

/** Whether the reader acts for the delivering entity on a request that can be delivered now. */
export function mayPlanActivity(status: string, events: readonly string[]): boolean {
  const actsForEntity = events.some((e) => ['plan', 'start-delivery', 'complete'].includes(e));
  return actsForEntity && (DELIVERABLE_REQUEST_STATUSES as readonly string[]).includes(status);
}

/**
 * The primary action: "plan-activity" when the request is accepted and the reader may plan for it; otherwise the
 * first workflow event that does not end the request; null when there is none.
 */
export function primaryRequestAction(status: string, events: readonly string[]): string | null {
  if (status === 'accepted' && mayPlanActivity(status, events)) return 'plan-activity';
  return events.find((e) => !DESTRUCTIVE_EVENTS.has(e)) ?? null;
}
