// A request's completeness as the wizard and sending see it: the domain check fed with the template's essentials,
// the treaties' requirements and the requested authority's directory entry.
import { checkCompleteness, isRequestItem, type Completeness } from '#domain/cooperation/request-completeness.ts';
import type { Db } from '#app/shared/database.ts';
import { createAuthoritiesRepo } from '#db/repos/cooperation/authorities.repo.ts';
import type { CooperationRequestRow } from '#db/repos/cooperation/cooperation-requests.repo.ts';
import { templateEssentials, treatyRequirements } from './request-template.ts';

export async function requestCompleteness(db: Db, row: Pick<CooperationRequestRow, 'kind' | 'content'>): Promise<Completeness> {
  const authorityId = row.content.requested.authorityId;
  const authority = authorityId ? await createAuthoritiesRepo(db).findById(authorityId) : undefined;
  return checkCompleteness({
    kind: row.kind,
    content: row.content,
    template: templateEssentials(row.kind),
    treatyRequirements: treatyRequirements(),
    requestedAuthority: authority ? { id: authority.id, requiredItems: authority.requestItems?.filter(isRequestItem) ?? null } : null,
  });
}
