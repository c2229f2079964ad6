// One person: their account state, platform administration, and their roles in organisations.
import { useState } from 'react';
import { adminApi } from '#web/api.ts';
import { DataTable, DateText, Loading, useDocumentTitle } from '#web/components/common.tsx';
import { FormAlert, StatusMessage, SubmitButton, useSubmit } from '#web/components/forms.tsx';
import { DateTime } from '#web/features/accounts/labels.tsx';
import { MembershipFields, membershipInput, NO_MEMBERSHIP } from '#web/features/accounts/membership-fields.tsx';
import { useOrganisations } from '#web/features/accounts/reference.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, Link } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';
import { useApi } from '#web/use-api.ts';

export function PersonSection({ id }: { id: string }) {
  const { t, lang, regionalGroup } = useI18n();
  const session = useSession();
  const [version, setVersion] = useState(0);
  const person = useApi(`person:${id}:${lang}:${version}`, (signal) => adminApi.person(id, lang, signal));
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const p = person.data?.data;
  const abilities = person.data?.abilities ?? {};
  useDocumentTitle(p?.displayName ?? t('admin.person.title'));

  // Changing one's own roles changes one's own session (memberships, abilities): reload it too.
  const changed = () => {
    setVersion((v) => v + 1);
    if (id === session.user?.id) void session.refresh();
  };
  const run = (action: Promise<unknown>, done: string) => {
    setError(null);
    setStatus(null);
    action.then(() => {
      setStatus(done);
      changed();
    }, setError);
  };

  if (person.error && !p) {
    return (
      <>
        <h1 tabIndex={-1}>{t('admin.person.title')}</h1>
        <FormAlert error={person.error} messages={{ NOT_FOUND: t('errors.recordNotFound') }} focus={false} />
        <p>
          <Link to={href(lang, '/admin/people')}>{t('admin.person.back')}</Link>
        </p>
      </>
    );
  }
  if (!p) return <Loading />;
  const mayUpdate = abilities.update ?? false;
  const mayManage = abilities.manageMemberships ?? false;
  return (
    <>
      <p className="breadcrumb">
        <Link to={href(lang, '/admin/people')}>{t('admin.person.back')}</Link>
      </p>
      <h1 tabIndex={-1}>
        <span dir="auto">{p.displayName}</span>
      </h1>
      <FormAlert error={error} />
      <StatusMessage>{status}</StatusMessage>
      <dl className="facts">
        <div>
          <dt>{t('signIn.email')}</dt>
          <dd>
            <span dir="ltr">{p.email}</span>
          </dd>
        </div>
        <div>
          <dt>{t('admin.person.account')}</dt>
          <dd>{p.disabled ? t('admin.people.disabled') : t('admin.people.active')}</dd>
        </div>
        <div>
          <dt>{t('admin.person.platformAdmin')}</dt>
          <dd>{p.platformAdmin ? t('common.yes') : t('common.no')}</dd>
        </div>
        <div>
          <dt>{t('account.secondFactor.heading')}</dt>
          <dd>
            {p.secondFactor ? t('account.secondFactor.on') : t('account.secondFactor.off')}
            {p.secondFactorRequired ? ` ${t('admin.person.secondFactorRequired')}` : null}
          </dd>
        </div>
        <div>
          <dt>{t('admin.person.created')}</dt>
          <dd>
            <DateText iso={p.createdAt} style="long" />
          </dd>
        </div>
        <div>
          <dt>{t('admin.person.lastSignIn')}</dt>
          <dd>
            <DateTime iso={p.lastSignInAt} />
          </dd>
        </div>
      </dl>
      {mayUpdate ? (
        <div className="actions">
          <button
            type="button"
            onClick={() =>
              run(
                adminApi.updatePerson(p.id, { disabled: !p.disabled }),
                p.disabled ? t('admin.person.enabled') : t('admin.person.disabledDone'),
              )
            }
          >
            {p.disabled ? t('admin.person.enable') : t('admin.person.disable')}
          </button>
          <button
            type="button"
            onClick={() =>
              run(
                adminApi.updatePerson(p.id, { platformAdmin: !p.platformAdmin }),
                p.platformAdmin ? t('admin.person.adminRemoved') : t('admin.person.adminGranted'),
              )
            }
          >
            {p.platformAdmin ? t('admin.person.removeAdmin') : t('admin.person.makeAdmin')}
          </button>
          {p.secondFactor ? (
            <button
              type="button"
              onClick={() =>
                run(adminApi.updatePerson(p.id, { resetSecondFactor: true }), t('admin.person.secondFactorReset'))
              }
            >
              {t('admin.person.resetSecondFactor')}
            </button>
          ) : null}
        </div>
      ) : null}

      <section aria-labelledby="memberships-heading">
        <h2 id="memberships-heading">{t('admin.person.memberships')}</h2>
        {p.memberships.length === 0 ? (
          <p>{t('account.memberships.none')}</p>
        ) : (
          <DataTable
            caption={t('admin.person.memberships')}
            hideCaption
            columns={[
              t('admin.people.columns.organisation'),
              t('admin.people.role'),
              t('admin.person.regions'),
              t('admin.organisations.columns.actions'),
            ]}
          >
            {p.memberships.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.organisationName}</th>
                <td>{t(`role.${m.role}`)}</td>
                <td>{m.regions?.length ? m.regions.map((r) => regionalGroup(r).text).join(t('common.separator')) : t('admin.person.allRegions')}</td>
                <td>
                  {mayManage ? (
                    <button
                      type="button"
                      onClick={() =>
                        run(
                          adminApi.removeMembership(p.id, m.id),
                          t('admin.person.membershipRemoved', { role: t(`role.${m.role}`), organisation: m.organisationName }),
                        )
                      }
                    >
                      {t('admin.person.removeMembership', { role: t(`role.${m.role}`), organisation: m.organisationName })}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        {mayManage ? (
          <GrantForm
            personId={p.id}
            onGranted={(message) => {
              setStatus(message);
              changed();
            }}
          />
        ) : null}
      </section>
    </>
  );
}

function GrantForm({ personId, onGranted }: { personId: string; onGranted: (message: string) => void }) {
  const { t } = useI18n();
  const { organisations } = useOrganisations();
  const [membership, setMembership] = useState(NO_MEMBERSHIP);
  const organisation = organisations.find((o) => o.id === membership.organisationId);
  const submit = useSubmit(
    async () => {
      await adminApi.grantMembership(personId, membershipInput(membership));
      const { role } = membership;
      return t('admin.person.membershipGranted', { role: role ? t(`role.${role}`) : '', organisation: organisation?.name ?? '' });
    },
    (message) => {
      setMembership(NO_MEMBERSHIP);
      onGranted(message);
    },
  );
  return (
    <>
      <h3 id="grant-heading">{t('admin.person.grant')}</h3>
      <FormAlert error={submit.error} shownFields={['organisationId', 'role', 'regions']} />
      <form onSubmit={submit.onSubmit} className="stack" aria-labelledby="grant-heading" noValidate>
        <MembershipFields organisations={organisations} value={membership} onChange={setMembership} issues={submit.issues} />
        <div className="actions">
          <SubmitButton pending={submit.pending}>{t('admin.person.grantSubmit')}</SubmitButton>
        </div>
      </form>
    </>
  );
}
