// Who is asking. Accounts arrive in a later issue; until then every caller is anonymous. Pure.

export type Actor = { kind: 'anonymous' };

export const ANONYMOUS: Actor = Object.freeze({ kind: 'anonymous' });
