// Setting up an authenticator app: the QR code (an SVG from the API, shown as an image — never inserted as markup),
// the same secret as text for typing in by hand, then one code from the app to prove it works; then the recovery
// codes, shown once, before the reader carries on.
import { useEffect, useRef, useState } from 'react';
import { authApi } from '#web/api.ts';
import type { Enrolment, SessionView } from '#web/api-types.ts';
import { Loading } from '#web/components/common.tsx';
import { CodeInput, Field, FormAlert, SubmitButton, useSubmit } from '#web/components/forms.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { CopyButton } from './copy-button.tsx';
import { RecoveryCodesList } from './recovery-codes.tsx';

export function TotpEnrolment({ onDone }: { onDone: (view: SessionView) => void }) {
  const { t } = useI18n();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [startError, setStartError] = useState<unknown>(null);
  const [code, setCode] = useState('');
  // One enrolment per visit: each request makes a new secret, so a second one (React's development double effects)
  // would invalidate the QR code on screen.
  const started = useRef<Promise<Enrolment> | null>(null);
  useEffect(() => {
    let live = true;
    started.current ??= authApi.startEnrolment().then((r) => r.data);
    started.current.then(
      (e) => live && setEnrolment(e),
      (e: unknown) => live && setStartError(e),
    );
    return () => {
      live = false;
    };
  }, []);
  const submit = useSubmit(async () => {
    const confirmed = await authApi.confirmEnrolment(code.replace(/\s+/g, ''));
    return { view: confirmed.data, recoveryCodes: confirmed.recoveryCodes };
  });

  if (submit.result) {
    const { view, recoveryCodes } = submit.result;
    return (
      <div className="stack">
        <RecoveryCodesList codes={recoveryCodes} />
        <div className="actions">
          <button type="button" className="primary" onClick={() => onDone(view)}>
            {t('recoveryCodes.continue')}
          </button>
        </div>
      </div>
    );
  }
  if (startError) return <FormAlert error={startError} focus={false} />;
  if (!enrolment) return <Loading />;
  const grouped = enrolment.secret.replace(/(.{4})(?=.)/g, '$1 ');
  return (
    <ol className="steps">
      <li>
        <h2>{t('enrol.step1.heading')}</h2>
        <p>{t('enrol.step1.body')}</p>
      </li>
      <li>
        <h2>{t('enrol.step2.heading')}</h2>
        <img
          className="qr-code"
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`}
          alt={t('enrol.step2.qrAlt')}
          width={200}
          height={200}
        />
        <p>{t('enrol.step2.manual')}</p>
        <p className="secret-line">
          <code className="totp-secret" dir="ltr" translate="no">
            {grouped}
          </code>{' '}
          <CopyButton text={enrolment.secret} label={t('enrol.step2.copy')} />
        </p>
      </li>
      <li>
        <h2>{t('enrol.step3.heading')}</h2>
        <FormAlert error={submit.error} shownFields={['code']} messages={{ UNAUTHENTICATED: t('enrol.invalid') }} />
        <form onSubmit={submit.onSubmit} className="stack" noValidate>
          <Field label={t('enrol.step3.code')} hint={t('enrol.step3.hint')} issues={submit.issues('code')}>
            {(control) => <CodeInput control={control} value={code} onChange={setCode} />}
          </Field>
          <div className="actions">
            <SubmitButton pending={submit.pending}>{t('enrol.step3.submit')}</SubmitButton>
          </div>
        </form>
      </li>
    </ol>
  );
}
