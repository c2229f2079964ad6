// The organisation, role and (for an entity officer) regions of a membership: granting one, or inviting someone to one.
import { ROLES, roleFitsOrganisation, type Role } from '#domain/accounts/types.ts';
import type { ApiIssue } from '#web/api.ts';
import type { OrganisationView } from '#web/api-types.ts';
import { ChoiceSelect, Field } from '#web/components/forms.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { RegionsField } from './regions-field.tsx';

export interface MembershipChoice {
  organisationId: string;
  role: Role | '';
  regions: string[];
}

export const NO_MEMBERSHIP: MembershipChoice = { organisationId: '', role: '', regions: [] };

/** The fields of the API's membership input; regions only where they apply. */
export function membershipInput(m: MembershipChoice) {
  return {
    organisationId: m.organisationId,
    role: m.role as Role,
    ...(m.role === 'entity-officer' && m.regions.length ? { regions: m.regions } : {}),
  };
}

export function MembershipFields({
  organisations,
  value,
  onChange,
  issues,
}: {
  organisations: OrganisationView[];
  value: MembershipChoice;
  onChange: (value: MembershipChoice) => void;
  issues: (field: string) => ApiIssue[];
}) {
  const { t } = useI18n();
  const organisation = organisations.find((o) => o.id === value.organisationId);
  // The choice of roles follows the organisation's kind (a focal point belongs to a State authority); the API checks.
  const roles = organisation ? ROLES.filter((r) => roleFitsOrganisation(r, organisation.kind)) : ROLES;
  return (
    <>
      <Field label={t('admin.people.organisation')} issues={issues('organisationId')}>
        {(control) => (
          <ChoiceSelect
            control={control}
            required
            value={value.organisationId}
            onChange={(organisationId) => onChange({ ...value, organisationId, role: '' })}
            empty={t('common.choose')}
            choices={organisations.filter((o) => !o.archived).map((o) => ({ value: o.id, label: o.name }))}
          />
        )}
      </Field>
      <Field label={t('admin.people.role')} issues={issues('role')}>
        {(control) => (
          <ChoiceSelect
            control={control}
            required
            value={value.role}
            onChange={(role) => onChange({ ...value, role: role as Role | '' })}
            empty={t('common.choose')}
            choices={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          />
        )}
      </Field>
      {value.role === 'entity-officer' ? (
        <RegionsField value={value.regions} onChange={(regions) => onChange({ ...value, regions })} />
      ) : null}
    </>
  );
}
