// Timeouts and cookie names shared by the use cases that start, check and end sessions.

export interface SessionSettings {
  idleMinutes: number;
  absoluteHours: number;
}

export const DEFAULT_SESSION_SETTINGS: SessionSettings = { idleMinutes: 30, absoluteHours: 12 };

/** A session that has not yet passed its second factor expires quickly: it holds no rights. */
export const PENDING_SESSION_MINUTES = 10;

/** lastSeenAt is written at most this often, so reads do not each cost a write. */
export const TOUCH_INTERVAL_MS = 60_000;
