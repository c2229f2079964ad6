// The first administrator, from the setup link `accord serve` prints while there is none: their address and name
// make the administrator's invitation, whose page (password, second factor) opens at once.
import { useState } from 'react';
import { ApiError, authApi } from '#web/api.ts';
import { Loading, useDocumentTitle } from '#web/components/common.tsx';
import { DisplayNameInput, EmailInput, Field, FormAlert, SubmitButton, useSubmit } from '#web/components/forms.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, navigate, useSearch } from '#web/router.tsx';
import { useApi } from '#web/use-api.ts';

export function SetupPage() {
  const { t, lang } = useI18n();
  const [params] = useSearch();
  const token = params.get('token') ?? '';
  useDocumentTitle(t('setup.title'));
  const check = useApi(`setup:${token}`, (signal) => authApi.setupUsable(token, signal));
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const submit = useSubmit(
    async () => (await authApi.completeSetup({ token, email: email.trim(), displayName: displayName.trim(), language: lang })).data,
    (done) => navigate(href(lang, `/invitations/${encodeURIComponent(done.invitationToken)}`)),
  );
  const tokenInvalid = (e: unknown) => e instanceof ApiError && e.issues.some((i) => i.code === 'token_invalid');
  const unusable = check.data?.data.usable === false || tokenInvalid(check.error) || tokenInvalid(submit.error);

  return (
    <div className="narrow">
      <h1 tabIndex={-1}>{t('setup.title')}</h1>
      {check.loading && !check.data ? <Loading /> : null}
      {unusable ? (
        <div className="error" role="alert">
          <p>{t('issues.token_invalid')}</p>
        </div>
      ) : check.data ? (
        <>
          <p className="lead">{t('setup.intro')}</p>
          <FormAlert error={submit.error} shownFields={['email', 'displayName']} />
          <form onSubmit={submit.onSubmit} className="stack" noValidate>
            <Field label={t('signIn.email')} issues={submit.issues('email')}>
              {(control) => <EmailInput control={control} value={email} onChange={setEmail} autoComplete="email" />}
            </Field>
            <Field label={t('account.profile.displayName')} issues={submit.issues('displayName')}>
              {(control) => <DisplayNameInput control={control} value={displayName} onChange={setDisplayName} />}
            </Field>
            <div className="actions">
              <SubmitButton pending={submit.pending}>{t('setup.submit')}</SubmitButton>
            </div>
          </form>
        </>
      ) : check.error ? (
        <FormAlert error={check.error} focus={false} />
      ) : null}
    </div>
  );
}
