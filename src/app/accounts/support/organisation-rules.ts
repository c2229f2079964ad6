// What makes an organisation valid: names per language with at least English, and a State exactly when it is a
// State authority (a State that Accord knows as a participant).
import { AppError, type ErrorIssue } from '#domain/errors.ts';
import type { OrganisationKind } from '#domain/accounts/types.ts';
import { LANGUAGES, type LocalizedText } from '#domain/treaties/types.ts';

/** Trimmed names, empty ones dropped, in the order of the UN languages. */
export function cleanNames(names: LocalizedText): LocalizedText {
  const out: LocalizedText = {};
  for (const l of LANGUAGES) {
    const v = names[l]?.trim();
    if (v) out[l] = v;
  }
  return out;
}

export async function assertValidOrganisation(
  o: { kind: OrganisationKind; names: LocalizedText; stateCode: string | null },
  participantExists: (code: string) => Promise<boolean>,
): Promise<void> {
  const issues: ErrorIssue[] = [];
  if (!o.names.en) issues.push({ path: ['body', 'names', 'en'], code: 'required', message: 'An English name is required.' });
  if (o.kind === 'state-authority') {
    if (!o.stateCode) {
      issues.push({ path: ['body', 'stateCode'], code: 'required', message: 'A State authority belongs to a State.' });
    } else if (!(await participantExists(o.stateCode))) {
      issues.push({ path: ['body', 'stateCode'], code: 'unknown_state', message: `No State ${o.stateCode}.` });
    }
  } else if (o.stateCode) {
    issues.push({
      path: ['body', 'stateCode'],
      code: 'not_allowed',
      message: 'Only a State authority belongs to a State.',
    });
  }
  if (issues.length) throw new AppError('VALIDATION_FAILED', 'The organisation is not valid.', { issues });
}
