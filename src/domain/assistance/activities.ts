// Validation of an activity: what a workshop, a course or a drafting mission must say about itself before it is
// saved. Every problem is reported at once, with its path, in one VALIDATION_FAILED. Pure.
import { AppError, type ErrorIssue } from '../errors.ts';
import { isIsoDate } from '../treaties/dates.ts';
import {
  isActivityKind,
  isMandateId,
  isTheme,
  isUnLanguage,
  type ActivityKind,
  type MandateId,
  type Theme,
  type UnLanguage,
} from './themes.ts';

/** Kinds of beneficiary institution, for counting participants (a closed list, so figures add up across entities). */
export const INSTITUTION_KINDS = [
  'legislature',
  'ministry-of-justice',
  'ministry-of-foreign-affairs',
  'ministry-of-interior',
  'judiciary',
  'prosecution',
  'law-enforcement',
  'financial-intelligence-unit',
  'corrections',
  'other-government',
  'civil-society',
  'academia',
  'international-organisation',
  'other',
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];
export function isInstitutionKind(value: unknown): value is InstitutionKind {
  return typeof value === 'string' && (INSTITUTION_KINDS as readonly string[]).includes(value);
}

export interface ParticipantsBySex {
  female: number;
  male: number;
  /** Another sex, or not disclosed: participants are never forced to say. */
  otherOrUndisclosed: number;
}

/**
 * Participants counted. Each count is optional (old records often hold only a total), but every count given must
 * agree with the others: sum by sex = sum by institution kind = total.
 */
export interface ParticipantCounts {
  total?: number | null;
  bySex?: ParticipantsBySex | null;
  byInstitutionKind?: Partial<Record<InstitutionKind, number>> | null;
}

export interface ActivityInput {
  kind: ActivityKind;
  /** The State(s) the activity serves (ISO 3166 alpha-3); several for a regional workshop. */
  stateCodes: string[];
  themes: Theme[];
  mandates: MandateId[];
  /** ISO dates, both inclusive. */
  startDate: string;
  endDate: string;
  /** Held online (alone, or alongside a place: hybrid). */
  online: boolean;
  /** Where it is held; required unless online. */
  place: { city?: string | null; countryCode: string } | null;
  languages: UnLanguage[];
  participants?: ParticipantCounts | null;
}

const ISO3 = /^[A-Z]{3}$/;

function isCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

function listIssues(
  issues: ErrorIssue[],
  field: string,
  values: unknown,
  check: (v: unknown) => boolean,
  what: string,
  required: boolean,
): void {
  if (!Array.isArray(values)) {
    issues.push({ path: [field], message: `A list of ${what} is required.`, code: 'required' });
    return;
  }
  if (required && values.length === 0) issues.push({ path: [field], message: `At least one ${what} is required.`, code: 'required' });
  values.forEach((v, i) => {
    if (!check(v)) issues.push({ path: [field, i], message: `Unknown ${what}: ${String(v)}.`, code: 'invalid_value' });
    else if (values.indexOf(v) !== i) issues.push({ path: [field, i], message: `Repeated ${what}: ${String(v)}.`, code: 'duplicate' });
  });
}

function participantIssues(p: ParticipantCounts, issues: ErrorIssue[]): void {
  const base = 'participants';
  const sums: { name: string; path: (string | number)[]; value: number }[] = [];

  if (p.total !== undefined && p.total !== null) {
    if (isCount(p.total)) sums.push({ name: 'total', path: [base, 'total'], value: p.total });
    else issues.push({ path: [base, 'total'], message: 'A count is a whole number, zero or more.', code: 'invalid_count' });
  }
  if (p.bySex) {
    let sum = 0;
    let ok = true;
    for (const key of ['female', 'male', 'otherOrUndisclosed'] as const) {
      const n = p.bySex[key];
      if (isCount(n)) sum += n;
      else {
        ok = false;
        issues.push({ path: [base, 'bySex', key], message: 'A count is a whole number, zero or more.', code: 'invalid_count' });
      }
    }
    if (ok) sums.push({ name: 'by sex', path: [base, 'bySex'], value: sum });
  }
  if (p.byInstitutionKind) {
    let sum = 0;
    let ok = true;
    for (const [key, n] of Object.entries(p.byInstitutionKind)) {
      if (!isInstitutionKind(key)) {
        ok = false;
        issues.push({ path: [base, 'byInstitutionKind', key], message: `Unknown institution kind: ${key}.`, code: 'invalid_value' });
      } else if (!isCount(n)) {
        ok = false;
        issues.push({ path: [base, 'byInstitutionKind', key], message: 'A count is a whole number, zero or more.', code: 'invalid_count' });
      } else sum += n;
    }
    if (ok) sums.push({ name: 'by institution kind', path: [base, 'byInstitutionKind'], value: sum });
  }
  // Compare every given count with the first one; each disagreement is reported on the count that disagrees.
  const [first, ...rest] = sums;
  for (const s of rest) {
    if (first && s.value !== first.value) {
      issues.push({
        path: s.path,
        message: `Participants ${s.name} add up to ${s.value}, but ${first.name} to ${first.value}.`,
        code: 'counts_mismatch',
      });
    }
  }
}

/** Every problem with an activity, each with its path; empty when it may be saved. */
export function activityIssues(input: ActivityInput): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  if (!isActivityKind(input.kind)) issues.push({ path: ['kind'], message: `Unknown activity kind: ${String(input.kind)}.`, code: 'invalid_value' });

  listIssues(issues, 'stateCodes', input.stateCodes, (v) => typeof v === 'string' && ISO3.test(v), 'State code', true);
  listIssues(issues, 'themes', input.themes, isTheme, 'theme', true);
  listIssues(issues, 'mandates', input.mandates, isMandateId, 'mandate', false);
  listIssues(issues, 'languages', input.languages, isUnLanguage, 'language', true);

  const startOk = typeof input.startDate === 'string' && isIsoDate(input.startDate);
  const endOk = typeof input.endDate === 'string' && isIsoDate(input.endDate);
  if (!startOk) issues.push({ path: ['startDate'], message: 'A date (YYYY-MM-DD) is required.', code: 'invalid_date' });
  if (!endOk) issues.push({ path: ['endDate'], message: 'A date (YYYY-MM-DD) is required.', code: 'invalid_date' });
  if (startOk && endOk && input.endDate < input.startDate) {
    issues.push({ path: ['endDate'], message: 'The activity ends before it starts.', code: 'end_before_start' });
  }

  if (input.place) {
    if (typeof input.place.countryCode !== 'string' || !ISO3.test(input.place.countryCode)) {
      issues.push({ path: ['place', 'countryCode'], message: 'A State code (ISO 3166 alpha-3) is required.', code: 'invalid_value' });
    }
  } else if (input.online !== true) {
    issues.push({ path: ['place'], message: 'A place is required unless the activity is online.', code: 'required' });
  }

  if (input.participants) participantIssues(input.participants, issues);
  return issues;
}

/** Throws VALIDATION_FAILED listing every issue; returns the input when it may be saved. */
export function validateActivity(input: ActivityInput): ActivityInput {
  const issues = activityIssues(input);
  if (issues.length) throw new AppError('VALIDATION_FAILED', 'The activity is not valid.', { issues });
  return input;
}
