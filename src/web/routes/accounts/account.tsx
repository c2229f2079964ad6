// The signed-in person's own account: profile and languages, password, second factor, sessions, API tokens.
import { useEffect, useRef, useState } from 'react';
import { LANGUAGES, type Language } from '#domain/treaties/types.ts';
import { TOKEN_SCOPES, type TokenScope } from '#domain/policy.ts';
import { accountApi, authApi, type Abilities } from '#web/api.ts';
import type { ApiTokenView, SessionUser } from '#web/api-types.ts';
import { DataTable, DateText, Loading, useDocumentTitle } from '#web/components/common.tsx';
import { DisplayNameInput, Field, FormAlert, PasswordInput, StatusMessage, SubmitButton, useSubmit } from '#web/components/forms.tsx';
import { CopyButton } from '#web/features/accounts/copy-button.tsx';
import { DateTime } from '#web/features/accounts/labels.tsx';
import { RecoveryCodesList } from '#web/features/accounts/recovery-codes.tsx';
import { SignedIn } from '#web/features/accounts/sign-in-flow.tsx';
import { LANGUAGE_NAMES, useI18n, type MessageKey } from '#web/i18n/i18n.tsx';
import { href, Link } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';
import { useApi } from '#web/use-api.ts';

export function AccountPage() {
  return (
    <SignedIn>
      <Account />
    </SignedIn>
  );
}

function Account() {
  const { t } = useI18n();
  const { user } = useSession();
  useDocumentTitle(t('account.title'));
  if (!user) return <Loading />;
  return (
    <>
      <h1 tabIndex={-1}>{t('account.title')}</h1>
      <nav aria-label={t('account.sectionsLabel')} className="section-links">
        <ul>
          <li>
            <a href="#profile-heading">{t('account.profile.heading')}</a>
          </li>
          <li>
            <a href="#password-heading">{t('account.password.heading')}</a>
          </li>
          <li>
            <a href="#second-factor-heading">{t('account.secondFactor.heading')}</a>
          </li>
          <li>
            <a href="#sessions-heading">{t('account.sessions.heading')}</a>
          </li>
          <li>
            <a href="#tokens-heading">{t('account.tokens.heading')}</a>
          </li>
        </ul>
      </nav>
      <Profile user={user} />
      <Memberships user={user} />
      <PasswordChange />
      <SecondFactor user={user} />
      <Sessions />
      <Tokens />
    </>
  );
}

function Profile({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const session = useSession();
  const [displayName, setDisplayName] = useState(user.displayName);
  const known = (l: string): l is Language => (LANGUAGES as readonly string[]).includes(l);
  const [languages, setLanguages] = useState<Language[]>(() => user.languages.filter(known));
  const [adding, setAdding] = useState<Language | ''>('');
  const submit = useSubmit(async () => {
    await accountApi.update({ displayName: displayName.trim(), languages });
    await session.refresh();
    return true;
  });
  const move = (i: number, by: -1 | 1) =>
    setLanguages((ls) => {
      const next = [...ls];
      const [l] = next.splice(i, 1);
      next.splice(i + by, 0, l!);
      return next;
    });
  const remaining = LANGUAGES.filter((l) => !languages.includes(l));

  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('account.profile.heading')}</h2>
      <FormAlert error={submit.error} shownFields={['displayName', 'languages']} />
      <form onSubmit={submit.onSubmit} className="stack" noValidate>
        <div className="field">
          <span className="label">{t('signIn.email')}</span>
          <span dir="ltr" className="readonly-value">
            {user.email}
          </span>
        </div>
        <Field label={t('account.profile.displayName')} issues={submit.issues('displayName')}>
          {(control) => <DisplayNameInput control={control} value={displayName} onChange={setDisplayName} />}
        </Field>
        <fieldset className="languages-order">
          <legend>{t('account.profile.languages')}</legend>
          <p className="hint" id="languages-hint">
            {t('account.profile.languagesHint')}
          </p>
          <ol aria-describedby="languages-hint">
            {languages.map((l, i) => (
              <li key={l}>
                <span lang={l}>{LANGUAGE_NAMES[l]}</span>
                <span className="row-actions">
                  <button type="button" onClick={() => move(i, -1)} disabled={i === 0}>
                    {t('account.profile.moveUp', { language: LANGUAGE_NAMES[l] })}
                  </button>
                  <button type="button" onClick={() => move(i, 1)} disabled={i === languages.length - 1}>
                    {t('account.profile.moveDown', { language: LANGUAGE_NAMES[l] })}
                  </button>
                  <button
                    type="button"
                    onClick={() => setLanguages((ls) => ls.filter((x) => x !== l))}
                    disabled={languages.length === 1}
                  >
                    {t('account.profile.remove', { language: LANGUAGE_NAMES[l] })}
                  </button>
                </span>
              </li>
            ))}
          </ol>
          {remaining.length > 0 ? (
            <div className="inline-fields">
              <div className="field">
                <label htmlFor="add-language">{t('account.profile.addLanguage')}</label>
                <select id="add-language" value={adding} onChange={(e) => setAdding(e.target.value as Language | '')}>
                  <option value="">{t('common.choose')}</option>
                  {remaining.map((l) => (
                    <option key={l} value={l} lang={l}>
                      {LANGUAGE_NAMES[l]}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="button"
                disabled={!adding}
                onClick={() => {
                  if (adding) setLanguages((ls) => [...ls, adding]);
                  setAdding('');
                }}
              >
                {t('account.profile.add')}
              </button>
            </div>
          ) : null}
        </fieldset>
        <div className="actions">
          <SubmitButton pending={submit.pending}>{t('common.save')}</SubmitButton>
        </div>
        <StatusMessage>{submit.result ? t('common.saved') : null}</StatusMessage>
      </form>
    </section>
  );
}

function Memberships({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="memberships-heading">
      <h2 id="memberships-heading">{t('account.memberships.heading')}</h2>
      {user.platformAdmin ? <p>{t('account.memberships.platformAdmin')}</p> : null}
      {user.memberships.length === 0 ? (
        <p>{t('account.memberships.none')}</p>
      ) : (
        <ul>
          {user.memberships.map((m) => (
            <li key={m.id}>
              {t('account.memberships.item', { role: t(`role.${m.role}`), organisation: m.organisationName })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function PasswordChange() {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const submit = useSubmit(async () => {
    await accountApi.changePassword(current, next);
    setCurrent('');
    setNext('');
    return true;
  });
  return (
    <section aria-labelledby="password-heading">
      <h2 id="password-heading">{t('account.password.heading')}</h2>
      <FormAlert
        error={submit.error}
        shownFields={['currentPassword', 'newPassword']}
        messages={{ UNAUTHENTICATED: t('account.password.wrongCurrent') }}
      />
      <form onSubmit={submit.onSubmit} className="stack" noValidate>
        <Field label={t('account.password.current')} issues={submit.issues('currentPassword')}>
          {(control) => (
            <PasswordInput control={control} value={current} onChange={setCurrent} autoComplete="current-password" />
          )}
        </Field>
        <Field label={t('password.new')} hint={t('password.rules')} issues={submit.issues('newPassword')}>
          {(control) => <PasswordInput control={control} value={next} onChange={setNext} autoComplete="new-password" />}
        </Field>
        <div className="actions">
          <SubmitButton pending={submit.pending}>{t('account.password.submit')}</SubmitButton>
        </div>
        <StatusMessage>{submit.result ? t('account.password.done') : null}</StatusMessage>
      </form>
    </section>
  );
}

function SecondFactor({ user }: { user: SessionUser }) {
  const { t, lang } = useI18n();
  const session = useSession();
  const [password, setPassword] = useState('');
  const [confirming, setConfirming] = useState(false);
  const submit = useSubmit(async () => {
    await authApi.disableSecondFactor(password);
    setPassword('');
    setConfirming(false);
    await session.refresh();
    return true;
  });
  return (
    <section aria-labelledby="second-factor-heading">
      <h2 id="second-factor-heading">{t('account.secondFactor.heading')}</h2>
      <p>
        <strong>{user.secondFactor ? t('account.secondFactor.on') : t('account.secondFactor.off')}</strong>
        {user.secondFactorRequired ? ` ${t('account.secondFactor.required')}` : null}
      </p>
      <StatusMessage>{submit.result && !user.secondFactor ? t('account.secondFactor.turnedOff') : null}</StatusMessage>
      {user.secondFactor ? <RecoveryCodes remaining={user.recoveryCodesRemaining} /> : null}
      {!user.secondFactor ? (
        <p>
          <Link className="button" to={href(lang, '/sign-in/enrol', { returnTo: '/account' })}>
            {t('account.secondFactor.setUp')}
          </Link>
        </p>
      ) : user.secondFactorRequired ? null : confirming ? (
        <>
          <FormAlert
            error={submit.error}
            shownFields={['password']}
            messages={{ UNAUTHENTICATED: t('account.password.wrongCurrent') }}
          />
          <form onSubmit={submit.onSubmit} className="stack" noValidate>
            <Field label={t('account.password.current')} hint={t('account.secondFactor.confirmHint')} issues={submit.issues('password')}>
              {(control) => (
                <PasswordInput control={control} value={password} onChange={setPassword} autoComplete="current-password" />
              )}
            </Field>
            <div className="actions">
              <SubmitButton pending={submit.pending}>{t('account.secondFactor.turnOff')}</SubmitButton>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </button>
            </div>
          </form>
        </>
      ) : (
        <p>
          <button type="button" onClick={() => setConfirming(true)}>
            {t('account.secondFactor.turnOff')}
          </button>
        </p>
      )}
    </section>
  );
}

/** How many recovery codes are left, and a new set on demand (password first; the old codes stop working). */
function RecoveryCodes({ remaining }: { remaining: number }) {
  const { t } = useI18n();
  const session = useSession();
  const [password, setPassword] = useState('');
  const [confirming, setConfirming] = useState(false);
  const submit = useSubmit(async () => {
    const { data } = await authApi.regenerateRecoveryCodes(password);
    setPassword('');
    setConfirming(false);
    await session.refresh();
    return data.recoveryCodes;
  });
  return (
    <>
      <p className="recovery-codes-remaining">{t('recoveryCodes.remaining', { count: remaining })}</p>
      {submit.result ? <RecoveryCodesList codes={submit.result} /> : null}
      {confirming ? (
        <>
          <FormAlert error={submit.error} shownFields={['password']} messages={{ UNAUTHENTICATED: t('account.password.wrongCurrent') }} />
          <form onSubmit={submit.onSubmit} className="stack" noValidate>
            <Field label={t('account.password.current')} hint={t('recoveryCodes.regenerateHint')} issues={submit.issues('password')}>
              {(control) => (
                <PasswordInput control={control} value={password} onChange={setPassword} autoComplete="current-password" />
              )}
            </Field>
            <div className="actions">
              <SubmitButton pending={submit.pending}>{t('recoveryCodes.regenerate')}</SubmitButton>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </button>
            </div>
          </form>
        </>
      ) : (
        <p>
          <button type="button" onClick={() => setConfirming(true)}>
            {t('recoveryCodes.regenerate')}
          </button>
        </p>
      )}
    </>
  );
}

function Sessions() {
  const { t } = useI18n();
  const [version, setVersion] = useState(0);
  const list = useApi(`sessions:${version}`, (signal) => accountApi.sessions(signal));
  const [revoked, setRevoked] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const revoke = (id: string) => {
    setError(null);
    accountApi.revokeSession(id).then(
      () => {
        setRevoked(id);
        setVersion((v) => v + 1);
      },
      setError,
    );
  };
  const sessions = list.data?.data ?? [];
  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('account.sessions.heading')}</h2>
      <p>{t('account.sessions.intro')}</p>
      <FormAlert error={list.error ?? error} focus={!list.error} />
      <StatusMessage>{revoked ? t('account.sessions.revoked') : null}</StatusMessage>
      {!list.data && list.loading ? <Loading /> : null}
      {list.data ? (
        <DataTable
          caption={t('account.sessions.heading')}
          hideCaption
          columns={[
            t('account.sessions.columns.device'),
            t('account.sessions.columns.method'),
            t('account.sessions.columns.created'),
            t('account.sessions.columns.lastSeen'),
            t('account.sessions.columns.expires'),
            t('account.sessions.columns.actions'),
          ]}
        >
          {sessions.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <span className="user-agent" lang="en" dir="ltr" title={s.userAgent ?? undefined}>
                  {describeUserAgent(s.userAgent) ?? t('common.unknown')}
                </span>
                {s.ip ? (
                  <span className="muted ip" dir="ltr">
                    {s.ip}
                  </span>
                ) : null}
                {s.current ? <span className="tag">{t('account.sessions.current')}</span> : null}
              </th>
              <td>{t(`account.sessions.method.${s.method === 'oidc' ? 'oidc' : 'password'}` as MessageKey)}</td>
              <td>
                <DateTime iso={s.createdAt} />
              </td>
              <td>
                <DateTime iso={s.lastSeenAt} />
              </td>
              <td>
                <DateTime iso={s.expiresAt} />
              </td>
              <td>
                {s.current ? (
                  <span className="muted">{t('account.sessions.thisOne')}</span>
                ) : (
                  <button type="button" onClick={() => revoke(s.id)}>
                    {t('account.sessions.revoke')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}

/** "Firefox on Linux" from a User-Agent header: enough to recognise one's own devices. */
function describeUserAgent(ua: string | null): string | null {
  if (!ua) return null;
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Firefox\//.test(ua)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(ua)
        ? 'Chrome'
        : /Safari\//.test(ua)
          ? 'Safari'
          : null;
  const os = /Windows/.test(ua)
    ? 'Windows'
    : /Android/.test(ua)
      ? 'Android'
      : /iPhone|iPad/.test(ua)
        ? 'iOS'
        : /Mac OS X/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : null;
  if (browser && os) return `${browser} · ${os}`;
  return browser ?? os ?? ua.slice(0, 40);
}

function Tokens() {
  const { t, tx } = useI18n();
  const [version, setVersion] = useState(0);
  const list = useApi(`tokens:${version}`, (signal) => accountApi.tokens(signal));
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<(ApiTokenView & { token: string }) | null>(null);
  const revoke = (id: string) => {
    setError(null);
    accountApi.revokeToken(id).then(() => setVersion((v) => v + 1), setError);
  };
  const abilities: Abilities = list.data?.abilities ?? {};
  // The API says whether this session may manage tokens; until it has answered, nothing is offered.
  const mayCreate = list.data ? (abilities.create ?? abilities.manage ?? true) : false;
  const tokens = list.data?.data ?? [];
  return (
    <section aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">{t('account.tokens.heading')}</h2>
      <p>{t('account.tokens.intro')}</p>
      <FormAlert error={list.error ?? error} focus={!list.error} />
      {!list.data && list.loading ? <Loading /> : null}
      {created ? <NewTokenSecret token={created} onDismiss={() => setCreated(null)} /> : null}
      {list.data && tokens.length === 0 ? <p>{t('account.tokens.none')}</p> : null}
      {tokens.length > 0 ? (
        <DataTable
          caption={t('account.tokens.heading')}
          hideCaption
          columns={[
            t('account.tokens.columns.name'),
            t('account.tokens.columns.scopes'),
            t('account.tokens.columns.created'),
            t('account.tokens.columns.expires'),
            t('account.tokens.columns.lastUsed'),
            t('account.tokens.columns.actions'),
          ]}
        >
          {tokens.map((tok) => (
            <tr key={tok.id}>
              <th scope="row">
                <span dir="auto">{tok.name}</span>{' '}
                <code dir="ltr" className="muted">
                  {tok.prefix}…
                </code>
              </th>
              <td>
                <ul className="plain">
                  {tok.scopes.map((s) => (
                    <li key={s}>{t(`tokenScope.${s}` as MessageKey)}</li>
                  ))}
                </ul>
              </td>
              <td>
                <DateTime iso={tok.createdAt} />
              </td>
              <td>
                <DateTime iso={tok.expiresAt} />
              </td>
              <td>
                <DateTime iso={tok.lastUsedAt} />
              </td>
              <td>
                {tok.revokedAt ? (
                  <span className="muted">{tx('account.tokens.revokedOn', { date: <DateText iso={tok.revokedAt} /> })}</span>
                ) : (
                  <button type="button" onClick={() => revoke(tok.id)}>
                    {t('account.tokens.revoke', { name: tok.name })}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      {mayCreate ? (
        <NewTokenForm
          onCreated={(token) => {
            setCreated(token);
            setVersion((v) => v + 1);
          }}
        />
      ) : null}
    </section>
  );
}

function NewTokenForm({ onCreated }: { onCreated: (token: ApiTokenView & { token: string }) => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<TokenScope[]>(['treaty-status:read']);
  const [days, setDays] = useState('90');
  const submit = useSubmit(
    async () => (await accountApi.createToken({ name: name.trim(), scopes, expiresInDays: Number(days) })).data,
    (token) => {
      setName('');
      onCreated(token);
    },
  );
  const toggle = (s: TokenScope, on: boolean) =>
    setScopes((list) => (on ? TOKEN_SCOPES.filter((x) => x === s || list.includes(x)) : list.filter((x) => x !== s)));
  const scopeIssues = submit.issues('scopes');
  return (
    <>
      <h3 id="new-token-heading">{t('account.tokens.create')}</h3>
      <FormAlert error={submit.error} shownFields={['name', 'scopes', 'expiresInDays']} />
      <form onSubmit={submit.onSubmit} className="stack" aria-labelledby="new-token-heading" noValidate>
        <Field label={t('account.tokens.name')} hint={t('account.tokens.nameHint')} issues={submit.issues('name')}>
          {(control) => <input {...control} required value={name} onChange={(e) => setName(e.target.value)} dir="auto" />}
        </Field>
        <fieldset aria-describedby={scopeIssues.length ? 'token-scopes-error' : undefined}>
          <legend>{t('account.tokens.scopes')}</legend>
          {scopeIssues.length ? (
            <p id="token-scopes-error" className="field-error">
              {t('account.tokens.scopesRequired')}
            </p>
          ) : null}
          <ul className="checkboxes">
            {TOKEN_SCOPES.map((s) => (
              <li key={s}>
                <label>
                  <input type="checkbox" checked={scopes.includes(s)} onChange={(e) => toggle(s, e.target.checked)} />{' '}
                  {t(`tokenScope.${s}` as MessageKey)}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <Field label={t('account.tokens.expiresInDays')} hint={t('account.tokens.expiresHint')} issues={submit.issues('expiresInDays')}>
          {(control) => (
            <input
              {...control}
              type="number"
              min={1}
              max={365}
              required
              value={days}
              onChange={(e) => setDays(e.target.value)}
              className="short-input"
            />
          )}
        </Field>
        <div className="actions">
          <SubmitButton pending={submit.pending}>{t('account.tokens.submit')}</SubmitButton>
        </div>
      </form>
    </>
  );
}

/** The token's secret, shown once: the server keeps only its hash. */
function NewTokenSecret({ token, onDismiss }: { token: ApiTokenView & { token: string }; onDismiss: () => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [token.id]);
  return (
    <div className="notice new-token" tabIndex={-1} ref={ref}>
      <p>
        <strong>{t('account.tokens.createdHeading', { name: token.name })}</strong>
      </p>
      <p>{t('account.tokens.copyNow')}</p>
      <p className="secret-line">
        <code className="token-secret" dir="ltr" translate="no">
          {token.token}
        </code>{' '}
        <CopyButton text={token.token} label={t('account.tokens.copy')} />
      </p>
      <button type="button" onClick={onDismiss}>
        {t('account.tokens.dismiss')}
      </button>
    </div>
  );
}
