// Accepting an invitation: who invites whom to what. Someone new chooses a name and a password (which starts a
// session); someone who already has an account only gains the role, then signs in as usual.
import { useState } from 'react';
import { ApiError, authApi } from '#web/api.ts';
import type { InvitationPreview } from '#web/api-types.ts';
import { DateText, Loading, useDocumentTitle } from '#web/components/common.tsx';
import { DisplayNameInput, Field, FormAlert, PasswordInput, StatusMessage, SubmitButton, useSubmit } from '#web/components/forms.tsx';
import { useContinueSignIn } from '#web/features/accounts/sign-in-flow.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, Link } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';
import { useApi } from '#web/use-api.ts';

export function InvitationPage({ token }: { token: string }) {
  const { t, lang } = useI18n();
  const invitation = useApi(`invitation:${token}:${lang}`, (signal) => authApi.invitation(token, lang, signal));
  useDocumentTitle(t('invitation.title'));
  const inv = invitation.data?.data;
  const gone = invitation.error instanceof ApiError && invitation.error.status === 404;

  return (
    <div className="narrow">
      <h1 tabIndex={-1}>{t('invitation.title')}</h1>
      {invitation.loading && !inv ? <Loading /> : null}
      {invitation.error ? (
        gone ? (
          <div className="error" role="alert">
            <p>{t('issues.token_invalid')}</p>
            <p>{t('invitation.askAgain')}</p>
          </div>
        ) : (
          <FormAlert error={invitation.error} focus={false} />
        )
      ) : null}
      {inv ? (
        <>
          <p className="lead">
            {inv.organisationName
              ? t('invitation.intro', { organisation: inv.organisationName })
              : t('invitation.introAdmin')}
          </p>
          <dl className="facts">
            {inv.organisationName ? (
              <div>
                <dt>{t('invitation.organisation')}</dt>
                <dd>{inv.organisationName}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('invitation.role')}</dt>
              <dd>
                {[inv.role ? t(`role.${inv.role}`) : null, inv.platformAdmin ? t('admin.person.platformAdmin') : null]
                  .filter(Boolean)
                  .join(t('common.separator'))}
              </dd>
            </div>
            <div>
              <dt>{t('invitation.email')}</dt>
              <dd>
                <span dir="ltr">{inv.email}</span>
              </dd>
            </div>
            <div>
              <dt>{t('invitation.expires')}</dt>
              <dd>
                <DateText iso={inv.expiresAt} style="long" />
              </dd>
            </div>
          </dl>
          {inv.accountExists ? <ExistingAccount token={token} /> : <NewAccount token={token} invitation={inv} />}
        </>
      ) : null}
    </div>
  );
}

function tokenInvalid(error: unknown): boolean {
  return error instanceof ApiError && error.issues.some((i) => i.code === 'token_invalid');
}

function NewAccount({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const { t, lang } = useI18n();
  const session = useSession();
  // A new account's first stop is its own page (then, when the role requires it, the second factor's set-up).
  const continueSignIn = useContinueSignIn('/account');
  const [displayName, setDisplayName] = useState(invitation.displayName ?? '');
  const [password, setPassword] = useState('');
  const submit = useSubmit(
    // The language the page is read in becomes the account's: enrolment continues in it, not in the mail's.
    async () => (await authApi.acceptInvitation(token, { displayName: displayName.trim(), password, language: lang })).data,
    (view) => {
      void session.accept(view);
      continueSignIn(view);
    },
  );
  return (
    <>
      <h2>{t('invitation.newHeading')}</h2>
      {session.user ? <p className="hint">{t('invitation.signedInAs', { name: session.user.displayName })}</p> : null}
      {invitation.secondFactorRequired ? <p>{t('invitation.secondFactorNext')}</p> : null}
      <FormAlert
        error={submit.error}
        shownFields={['displayName', 'password']}
        messages={tokenInvalid(submit.error) ? { VALIDATION_FAILED: t('issues.token_invalid') } : {}}
      >
        {tokenInvalid(submit.error) ? <p>{t('invitation.askAgain')}</p> : null}
      </FormAlert>
      <form onSubmit={submit.onSubmit} className="stack" noValidate>
        <Field label={t('account.profile.displayName')} hint={t('invitation.nameHint')} issues={submit.issues('displayName')}>
          {(control) => <DisplayNameInput control={control} value={displayName} onChange={setDisplayName} />}
        </Field>
        <Field label={t('password.new')} hint={t('password.rules')} issues={submit.issues('password')}>
          {(control) => <PasswordInput control={control} value={password} onChange={setPassword} autoComplete="new-password" />}
        </Field>
        <div className="actions">
          <SubmitButton pending={submit.pending}>{t('invitation.accept')}</SubmitButton>
        </div>
      </form>
    </>
  );
}

function ExistingAccount({ token }: { token: string }) {
  const { t, lang } = useI18n();
  const session = useSession();
  const submit = useSubmit(
    async () => {
      await authApi.acceptInvitation(token, {});
      // A person already signed in sees the new role at once.
      await session.refresh();
      return true;
    },
  );
  if (submit.result) {
    return (
      <>
        <StatusMessage focus>{t('invitation.accepted')}</StatusMessage>
        <p>
          {session.user ? (
            <Link to={href(lang, '/account')}>{t('userMenu.account')}</Link>
          ) : (
            <Link to={href(lang, '/sign-in')}>{t('signIn.title')}</Link>
          )}
        </p>
      </>
    );
  }
  return (
    <>
      <h2>{t('invitation.existingHeading')}</h2>
      <p>{t('invitation.existingIntro')}</p>
      <FormAlert
        error={submit.error}
        messages={tokenInvalid(submit.error) ? { VALIDATION_FAILED: t('issues.token_invalid') } : {}}
      >
        {tokenInvalid(submit.error) ? <p>{t('invitation.askAgain')}</p> : null}
      </FormAlert>
      <form onSubmit={submit.onSubmit} className="actions">
        <SubmitButton pending={submit.pending}>{t('invitation.accept')}</SubmitButton>
      </form>
    </>
  );
}
