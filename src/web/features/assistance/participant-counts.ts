// Participants counted on an activity's form: the counts as typed, their sums, and whether they add up (the total,
// the sum by sex and the sum by institution kind must agree, as the API checks). Pure.
import { INSTITUTION_KINDS } from '#domain/assistance/activities.ts';
import type { ParticipantCountsView } from '#web/api-types.ts';

export interface CountsDraft {
  total: string;
  female: string;
  male: string;
  otherOrUndisclosed: string;
  byKind: Partial<Record<string, string>>;
}

export const EMPTY_COUNTS: CountsDraft = { total: '', female: '', male: '', otherOrUndisclosed: '', byKind: {} };

export interface CountsCheck {
  total: number | null;
  /** null when no count by sex was typed. */
  bySex: number | null;
  byKind: number | null;
  /** Fields holding something that is not a whole number, zero or more. */
  invalid: string[];
  /** 'empty': nothing typed; 'ok': every sum given agrees; 'mismatch': two of them differ. */
  state: 'empty' | 'ok' | 'mismatch' | 'invalid';
}

/** '' → null; '12' → 12; anything else → NaN. */
function count(raw: string | undefined): number | null {
  const s = (raw ?? '').trim();
  if (s === '') return null;
  return /^\d{1,7}$/.test(s) ? Number(s) : Number.NaN;
}

function sum(values: (number | null)[], names: string[], invalid: string[]): number | null {
  let total: number | null = null;
  values.forEach((v, i) => {
    if (v === null) return;
    if (Number.isNaN(v)) invalid.push(names[i]!);
    else total = (total ?? 0) + v;
  });
  return total;
}

export function checkCounts(draft: CountsDraft): CountsCheck {
  const invalid: string[] = [];
  const total = sum([count(draft.total)], ['total'], invalid);
  const sexNames = ['female', 'male', 'otherOrUndisclosed'] as const;
  const bySex = sum(
    sexNames.map((k) => count(draft[k])),
    sexNames.map((k) => `bySex.${k}`),
    invalid,
  );
  const byKind = sum(
    INSTITUTION_KINDS.map((k) => count(draft.byKind[k])),
    INSTITUTION_KINDS.map((k) => `byInstitutionKind.${k}`),
    invalid,
  );
  const given = [total, bySex, byKind].filter((v): v is number => v !== null);
  const state = invalid.length
    ? 'invalid'
    : given.length === 0
      ? 'empty'
      : given.every((v) => v === given[0])
        ? 'ok'
        : 'mismatch';
  return { total, bySex, byKind, invalid, state };
}

/** The counts as the API takes them; a group with nothing typed is left out (sex counts default the blanks to 0). */
export function toParticipantCounts(draft: CountsDraft): ParticipantCountsView | null {
  const n = (raw: string | undefined) => {
    const v = count(raw);
    return v === null || Number.isNaN(v) ? null : v;
  };
  const total = n(draft.total);
  const sexGiven = [draft.female, draft.male, draft.otherOrUndisclosed].some((v) => v.trim() !== '');
  const bySex = sexGiven
    ? { female: n(draft.female) ?? 0, male: n(draft.male) ?? 0, otherOrUndisclosed: n(draft.otherOrUndisclosed) ?? 0 }
    : null;
  const kinds = Object.fromEntries(
    INSTITUTION_KINDS.flatMap((k) => {
      const v = n(draft.byKind[k]);
      return v === null ? [] : [[k, v]];
    }),
  );
  const byInstitutionKind = Object.keys(kinds).length ? kinds : null;
  if (total === null && !bySex && !byInstitutionKind) return null;
  return { total, bySex, byInstitutionKind };
}

/** The form's draft from saved counts. */
export function fromParticipantCounts(p: ParticipantCountsView | null | undefined): CountsDraft {
  if (!p) return EMPTY_COUNTS;
  const s = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
  return {
    total: s(p.total),
    female: s(p.bySex?.female),
    male: s(p.bySex?.male),
    otherOrUndisclosed: s(p.bySex?.otherOrUndisclosed),
    byKind: Object.fromEntries(Object.entries(p.byInstitutionKind ?? {}).map(([k, v]) => [k, s(v)])),
  };
}
