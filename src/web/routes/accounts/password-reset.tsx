// Forgotten password: ask for a link by e-mail, then set a new password from the link.
import { useState } from 'react';
import { authApi, ApiError } from '#web/api.ts';
import { useDocumentTitle } from '#web/components/common.tsx';
import { EmailInput, Field, FormAlert, issueField, PasswordInput, StatusMessage, SubmitButton, useSubmit } from '#web/components/forms.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, Link } from '#web/router.tsx';

export function PasswordResetPage() {
  const { t, lang } = useI18n();
  const [email, setEmail] = useState('');
  useDocumentTitle(t('passwordReset.title'));
  const submit = useSubmit(async () => {
    await authApi.requestPasswordReset(email.trim());
    return email.trim();
  });
  return (
    <div className="narrow">
      <h1 tabIndex={-1}>{t('passwordReset.title')}</h1>
      {submit.result ? (
        <>
          {/* The same answer whether or not an account exists: the page tells nobody who has one. */}
          <StatusMessage focus>{t('passwordReset.sent', { email: submit.result })}</StatusMessage>
          <p>
            <Link to={href(lang, '/sign-in')}>{t('passwordReset.backToSignIn')}</Link>
          </p>
        </>
      ) : (
        <>
          <p>{t('passwordReset.intro')}</p>
          <FormAlert error={submit.error} shownFields={['email']} />
          <form onSubmit={submit.onSubmit} className="stack" noValidate>
            <Field label={t('signIn.email')} issues={submit.issues('email')}>
              {(control) => <EmailInput control={control} value={email} onChange={setEmail} autoComplete="email" />}
            </Field>
            <div className="actions">
              <SubmitButton pending={submit.pending}>{t('passwordReset.submit')}</SubmitButton>
              <Link to={href(lang, '/sign-in')}>{t('passwordReset.backToSignIn')}</Link>
            </div>
          </form>
        </>
      )}
    </div>
  );
}

export function PasswordResetConfirmPage({ token }: { token: string }) {
  const { t, lang } = useI18n();
  const [password, setPassword] = useState('');
  useDocumentTitle(t('passwordReset.confirm.title'));
  const submit = useSubmit(async () => {
    await authApi.confirmPasswordReset(token, password);
    return true;
  });
  const tokenInvalid =
    submit.error instanceof ApiError && submit.error.issues.some((i) => issueField(i) === 'token' || i.code === 'token_invalid');
  return (
    <div className="narrow">
      <h1 tabIndex={-1}>{t('passwordReset.confirm.title')}</h1>
      {submit.result ? (
        <>
          <StatusMessage focus>{t('passwordReset.confirm.done')}</StatusMessage>
          <p>
            <Link to={href(lang, '/sign-in')}>{t('signIn.title')}</Link>
          </p>
        </>
      ) : (
        <>
          <FormAlert error={submit.error} shownFields={['password', 'token']} messages={tokenInvalid ? { VALIDATION_FAILED: t('issues.token_invalid') } : {}}>
            {tokenInvalid ? (
              <p>
                <Link to={href(lang, '/password-reset')}>{t('passwordReset.requestAnother')}</Link>
              </p>
            ) : null}
          </FormAlert>
          <form onSubmit={submit.onSubmit} className="stack" noValidate>
            <Field label={t('password.new')} hint={t('password.rules')} issues={submit.issues('password')}>
              {(control) => (
                <PasswordInput control={control} value={password} onChange={setPassword} autoComplete="new-password" />
              )}
            </Field>
            <div className="actions">
              <SubmitButton pending={submit.pending}>{t('passwordReset.confirm.submit')}</SubmitButton>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
