// Invitations: those still pending, and a form to invite someone to an organisation with a role.
import { useState } from 'react';
import { LANGUAGES, type Language } from '#domain/treaties/types.ts';
import { adminApi } from '#web/api.ts';
import type { InvitationView } from '#web/api-types.ts';
import { useDocumentTitle } from '#web/components/common.tsx';
import { PagedTable } from '#web/components/filtered-list.tsx';
import { EmailInput, Field, FormAlert, StatusMessage, SubmitButton, useSubmit } from '#web/components/forms.tsx';
import { pageParam } from '#web/components/pager.tsx';
import { DateTime } from '#web/features/accounts/labels.tsx';
import { MembershipFields, membershipInput, NO_MEMBERSHIP } from '#web/features/accounts/membership-fields.tsx';
import { useOrganisations } from '#web/features/accounts/reference.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { useSearch } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';
import { useApi } from '#web/use-api.ts';

const PAGE_SIZE = 25;

export function InvitationsSection() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('admin.invitations.title'));
  const [params] = useSearch();
  const page = pageParam(params);
  const [version, setVersion] = useState(0);
  const list = useApi(`invitations:${lang}:${page}:${version}`, (signal) =>
    adminApi.invitations({ lang, page, pageSize: PAGE_SIZE }, signal),
  );
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const abilities = list.data?.abilities ?? {};
  const revoke = (inv: InvitationView) => {
    setError(null);
    setStatus(null);
    adminApi.revokeInvitation(inv.id).then(() => {
      setStatus(t('admin.invitations.revoked', { email: inv.email }));
      setVersion((v) => v + 1);
    }, setError);
  };
  return (
    <>
      <h1 tabIndex={-1}>{t('admin.invitations.title')}</h1>
      <p>{t('admin.invitations.intro')}</p>
      <FormAlert error={list.error ?? error} focus={!list.error} />
      <StatusMessage>{status}</StatusMessage>
      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading">{t('admin.invitations.pending')}</h2>
        <PagedTable
          list={list}
          showError={false}
          caption={() => t('admin.invitations.pending')}
          hideCaption
          columns={[
            t('admin.people.columns.email'),
            t('admin.people.columns.organisation'),
            t('admin.people.role'),
            t('admin.invitations.sent'),
            t('admin.invitations.expires'),
            t('admin.organisations.columns.actions'),
          ]}
          empty={t('admin.invitations.none')}
        >
          {(inv) => (
            <tr key={inv.id}>
              <th scope="row">
                <span dir="ltr">{inv.email}</span>
                {inv.platformAdmin ? <span className="tag">{t('admin.people.admin')}</span> : null}
              </th>
              <td>{inv.organisationName ?? ''}</td>
              <td>{inv.role ? t(`role.${inv.role}`) : ''}</td>
              <td>
                <DateTime iso={inv.createdAt} />
              </td>
              <td>
                <DateTime iso={inv.expiresAt} />
              </td>
              <td>
                {inv.abilities?.revoke ? (
                  <button type="button" onClick={() => revoke(inv)}>
                    {t('admin.invitations.revoke', { email: inv.email })}
                  </button>
                ) : null}
              </td>
            </tr>
          )}
        </PagedTable>
      </section>
      {abilities.create ? (
        <InviteForm
          onSent={(inv) => {
            setStatus(t('admin.invitations.sentTo', { email: inv.email }));
            setVersion((v) => v + 1);
          }}
        />
      ) : null}
    </>
  );
}

function InviteForm({ onSent }: { onSent: (inv: InvitationView) => void }) {
  const { t, lang } = useI18n();
  const session = useSession();
  const { organisations } = useOrganisations();
  const [email, setEmail] = useState('');
  const [membership, setMembership] = useState(NO_MEMBERSHIP);
  const [platformAdmin, setPlatformAdmin] = useState(false);
  const [displayName, setDisplayName] = useState('');
  const [language, setLanguage] = useState<Language>(lang);
  const submit = useSubmit(
    async () =>
      (
        await adminApi.invite(
          {
            email: email.trim(),
            ...membershipInput(membership),
            ...(platformAdmin ? { platformAdmin } : {}),
            ...(displayName.trim() ? { displayName: displayName.trim() } : {}),
            language,
          },
          lang,
        )
      ).data,
    (inv) => {
      setEmail('');
      setDisplayName('');
      setMembership((m) => ({ ...m, regions: [] }));
      setPlatformAdmin(false);
      onSent(inv);
    },
  );
  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('admin.invitations.create')}</h2>
      <FormAlert
        error={submit.error}
        shownFields={['email', 'displayName', 'language', 'organisationId', 'role', 'regions']}
      />
      <form onSubmit={submit.onSubmit} className="stack" noValidate>
        <Field label={t('signIn.email')} issues={submit.issues('email')}>
          {(control) => <EmailInput control={control} value={email} onChange={setEmail} />}
        </Field>
        <Field label={t('admin.invitations.displayName')} hint={t('common.optional')} issues={submit.issues('displayName')}>
          {(control) => (
            <input {...control} value={displayName} onChange={(e) => setDisplayName(e.target.value)} dir="auto" />
          )}
        </Field>
        <Field label={t('admin.invitations.language')} issues={submit.issues('language')}>
          {(control) => (
            <select {...control} value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`languageName.${l}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <MembershipFields organisations={organisations} value={membership} onChange={setMembership} issues={submit.issues} />
        {session.abilities.administer ? (
          <div className="checkbox-field">
            <label>
              <input type="checkbox" checked={platformAdmin} onChange={(e) => setPlatformAdmin(e.target.checked)} />{' '}
              {t('admin.invitations.platformAdmin')}
            </label>
          </div>
        ) : null}
        <div className="actions">
          <SubmitButton pending={submit.pending}>{t('admin.invitations.submit')}</SubmitButton>
        </div>
      </form>
    </section>
  );
}
