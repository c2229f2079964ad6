// What a membership may be: a role that fits the organisation's kind, in an active organisation, limited (if at all)
// to regional groups that exist.
import { AppError, type ErrorIssue } from '#domain/errors.ts';
import { roleFitsOrganisation, ROLES_BY_ORGANISATION_KIND, type OrganisationKind, type Role } from '#domain/accounts/types.ts';
import type { Db } from '#db/client.ts';
import { createOrganisationsRepo, type OrganisationRow } from '#db/repos/accounts/organisations.repo.ts';

export interface MembershipInput {
  organisationId: string;
  role: Role;
  regions?: string[] | null;
  themes?: string[] | null;
}

/** Distinct, trimmed, non-empty; null when none are left (not limited). */
export function cleanList(values: readonly string[] | null | undefined): string[] | null {
  const out = [...new Set((values ?? []).map((v) => v.trim()).filter(Boolean))];
  return out.length ? out : null;
}

/** The organisation, after checking the membership would be valid in it; issues are reported at body.<field>. */
export async function checkMembership(tx: Db, input: MembershipInput): Promise<OrganisationRow> {
  const repo = createOrganisationsRepo(tx);
  const organisation = await repo.findById(input.organisationId);
  const issues: ErrorIssue[] = [];
  if (!organisation || organisation.archivedAt) {
    issues.push({
      path: ['body', 'organisationId'],
      code: 'unknown_organisation',
      message: `No active organisation ${input.organisationId}.`,
    });
  } else if (!roleFitsOrganisation(input.role, organisation.kind as OrganisationKind)) {
    const fitting = ROLES_BY_ORGANISATION_KIND[organisation.kind as OrganisationKind];
    issues.push({
      path: ['body', 'role'],
      code: 'role_not_fitting',
      message: `A ${organisation.kind} can hold the roles: ${fitting.join(', ')}.`,
    });
  }
  const regions = cleanList(input.regions);
  if (regions) {
    const known = await repo.regionalGroups();
    regions.forEach((r, i) => {
      if (!known.includes(r)) {
        issues.push({ path: ['body', 'regions', i], code: 'unknown_region', message: `No regional group "${r}".` });
      }
    });
  }
  if (issues.length) throw new AppError('VALIDATION_FAILED', 'The membership is not valid.', { issues });
  return organisation!;
}
