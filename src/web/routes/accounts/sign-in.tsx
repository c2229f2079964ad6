// Signing in: e-mail and password (or single sign-on), then the second factor, or its enrolment the first time.
import { useState } from 'react';
import { ApiError, authApi } from '#web/api.ts';
import { Loading, useDocumentTitle } from '#web/components/common.tsx';
import { CodeInput, EmailInput, Field, FormAlert, PasswordInput, SubmitButton, useSubmit } from '#web/components/forms.tsx';
import { TotpEnrolment } from '#web/features/accounts/totp-enrolment.tsx';
import { useContinueSignIn, useReturnTo, useStepGuard } from '#web/features/accounts/sign-in-flow.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, Link, navigate, useSearch } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';

export function SignInPage() {
  const { t, lang } = useI18n();
  const session = useSession();
  const [params] = useSearch();
  const returnTo = useReturnTo();
  const continueSignIn = useContinueSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  useDocumentTitle(t('signIn.title'));
  const submit = useSubmit(
    async () => (await authApi.signIn(email.trim(), password)).data,
    (view) => {
      // In one go, so the next page renders with the new session.
      void session.accept(view);
      continueSignIn(view);
    },
  );
  const ssoError = params.get('error');
  const oidc = session.view?.oidc;

  return (
    <div className="narrow">
      <h1 tabIndex={-1}>{t('signIn.title')}</h1>
      {session.user ? (
        <p className="status-message">
          {t('signIn.already', { name: session.user.displayName })}{' '}
          <Link to={`/${lang}${returnTo}`}>{t('signIn.continue')}</Link>
        </p>
      ) : null}
      {ssoError === 'sso_unknown_account' || ssoError === 'sso_failed' ? (
        <div className="error" role="alert">
          <p>{ssoError === 'sso_unknown_account' ? t('signIn.sso.unknownAccount') : t('signIn.sso.failed')}</p>
        </div>
      ) : null}
      <FormAlert
        error={submit.error}
        shownFields={['email', 'password']}
        messages={{ UNAUTHENTICATED: t('signIn.invalid') }}
      />
      <form onSubmit={submit.onSubmit} className="stack" noValidate>
        <Field label={t('signIn.email')} issues={submit.issues('email')}>
          {(control) => <EmailInput control={control} value={email} onChange={setEmail} autoComplete="username" />}
        </Field>
        <Field label={t('signIn.password')} issues={submit.issues('password')}>
          {(control) => (
            <PasswordInput control={control} value={password} onChange={setPassword} autoComplete="current-password" />
          )}
        </Field>
        <div className="actions">
          <SubmitButton pending={submit.pending}>{t('signIn.submit')}</SubmitButton>
          <Link to={href(lang, '/password-reset')}>{t('signIn.forgot')}</Link>
        </div>
      </form>
      {oidc ? (
        <section aria-labelledby="sso-heading" className="sso">
          <h2 id="sso-heading">{t('signIn.sso.heading')}</h2>
          {/* A full page load: the provider's pages are not part of this app. */}
          <a className="button" href={authApi.oidcStartUrl(returnTo)}>
            {t('signIn.sso.button', { name: oidc.name })}
          </a>
        </section>
      ) : null}
    </div>
  );
}

export function SecondFactorPage() {
  const { t, lang } = useI18n();
  const session = useSession();
  const returnTo = useReturnTo();
  const here = useStepGuard(['second-factor']);
  const continueSignIn = useContinueSignIn();
  const [code, setCode] = useState('');
  useDocumentTitle(t('secondFactor.title'));
  const submit = useSubmit(
    async () => (await authApi.secondFactor(code.replace(/\s+/g, ''))).data,
    (view) => {
      void session.accept(view);
      continueSignIn(view);
    },
  );
  // After too many wrong codes the server ends the pending session: the reader starts again from the password.
  const tooMany = submit.error instanceof ApiError && submit.error.params.reason === 'too_many_attempts';
  if (!here && !tooMany) return <Loading />;
  return (
    <div className="narrow">
      <h1 tabIndex={-1}>{t('secondFactor.title')}</h1>
      <p>{t('secondFactor.intro')}</p>
      <FormAlert
        error={submit.error}
        shownFields={['code']}
        messages={{ UNAUTHENTICATED: tooMany ? t('secondFactor.tooMany') : t('secondFactor.invalid') }}
      >
        {tooMany ? (
          <p>
            <Link to={href(lang, '/sign-in', { returnTo: returnTo === '/' ? null : returnTo })}>{t('secondFactor.signInAgain')}</Link>
          </p>
        ) : null}
      </FormAlert>
      <form onSubmit={submit.onSubmit} className="stack" noValidate>
        <Field
          label={t('secondFactor.code')}
          hint={`${t('secondFactor.codeHint')} ${t('secondFactor.recoveryHint')}`}
          issues={submit.issues('code')}
        >
          {(control) => <CodeInput control={control} value={code} onChange={setCode} letters />}
        </Field>
        <div className="actions">
          <SubmitButton pending={submit.pending}>{t('secondFactor.submit')}</SubmitButton>
          <button
            type="button"
            className="link-button"
            onClick={() => void session.signOut().then(() => navigate(href(lang, '/sign-in')))}
          >
            {t('secondFactor.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}

export function EnrolPage() {
  const { t } = useI18n();
  const session = useSession();
  // A pending session must enrol to finish signing in; a signed-in person without a second factor may set one up.
  const signedInWithout = session.view?.stage === 'complete' && session.user && !session.user.secondFactor;
  const here = useStepGuard(signedInWithout ? ['complete'] : ['enrol-second-factor']);
  const continueSignIn = useContinueSignIn();
  useDocumentTitle(t('enrol.title'));
  if (!here) return <Loading />;
  return (
    <div className="narrow">
      <h1 tabIndex={-1}>{t('enrol.title')}</h1>
      <p>{session.view?.stage === 'enrol-second-factor' ? t('enrol.required') : t('enrol.intro')}</p>
      <TotpEnrolment
        onDone={(view) => {
          void session.accept(view);
          continueSignIn(view);
        }}
      />
    </div>
  );
}
