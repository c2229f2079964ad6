// The signed-in person's notifications (unread first; mark one or all read) and what they follow: a State, a theme
// or an entity, each with an e-mail switch and an Atom feed whose address is shown once, when it is created.
import { useState } from 'react';
import type { NotificationView, SubscriptionView } from '#web/api-types.ts';
import { DataTable, Loading, useDocumentTitle } from '#web/components/common.tsx';
import { PagedTable } from '#web/components/filtered-list.tsx';
import { FormAlert, StatusMessage, SubmitButton, useSubmit } from '#web/components/forms.tsx';
import { pageParam } from '#web/components/pager.tsx';
import { CopyButton } from '#web/features/accounts/copy-button.tsx';
import { DateTime } from '#web/features/accounts/labels.tsx';
import { useOrganisations, useStateChoices } from '#web/features/accounts/reference.tsx';
import { SignedIn } from '#web/features/accounts/sign-in-flow.tsx';
import { notificationsApi } from '#web/features/assistance/delivery-api.ts';
import { recordLink } from '#web/features/assistance/notification-links.ts';
import { SelectField } from '#web/features/assistance/fields.tsx';
import { choices, COOPERATION_SUBSCRIPTION_KINDS, SUBSCRIPTION_KINDS, useVocabulary, VOCAB } from '#web/features/assistance/vocabulary.tsx';
import { useI18n, type MessageKey } from '#web/i18n/i18n.tsx';
import { href, Link, useSearch } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';
import { useApi } from '#web/use-api.ts';

const PAGE_SIZE = 25;

export function NotificationsPage() {
  return (
    <SignedIn>
      <Notifications />
    </SignedIn>
  );
}

const announceRead = () => window.dispatchEvent(new Event('accord:notifications-read'));

function Notifications() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('notifications.title'));
  const read = (n: NotificationView) => (n.readAt ? undefined : void notificationsApi.markRead({ ids: [n.id] }).then(announceRead));
  const [params] = useSearch();
  const page = pageParam(params);
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const list = useApi(`notifications:${lang}:${page}:${version}`, (signal) => notificationsApi.list({ lang, page, pageSize: PAGE_SIZE }, signal));
  const markRead = (body: { ids?: string[]; all?: true }, done: string) =>
    notificationsApi.markRead(body).then(() => {
      setMessage(done);
      setVersion((v) => v + 1);
      announceRead();
    }, setError);
  const unread = list.data?.unread ?? 0;
  return (
    <>
      <h1 tabIndex={-1}>{t('notifications.title')}</h1>
      <p>
        <Link to={href(lang, '/notifications/subscriptions')}>{t('notifications.subscriptions.title')}</Link>
      </p>
      <StatusMessage>{message}</StatusMessage>
      <FormAlert error={error} />
      {unread > 0 ? (
        <p>
          <button type="button" onClick={() => void markRead({ all: true }, t('notifications.allMarked'))}>
            {t('notifications.markAllRead')}
          </button>
        </p>
      ) : null}
      <PagedTable
        list={list}
        caption={(count) => t('notifications.caption', { count })}
        hideCaption
        columns={[t('notifications.what'), t('notifications.when'), t('notifications.state')]}
        empty={t('notifications.none')}
      >
        {(n) => (
          <tr key={n.id} className={n.readAt ? undefined : 'unread'}>
            <th scope="row">
              {recordLink(lang, n) ? (
                <Link to={recordLink(lang, n)!} onClick={() => read(n)}>
                  <NotificationText n={n} />
                </Link>
              ) : (
                // The API's title then says the record is no longer available; nothing of it is shown.
                <span className="muted">
                  <NotificationText n={n} />
                </span>
              )}
            </th>
            <td>
              <DateTime iso={n.createdAt} />
            </td>
            <td>
              {n.readAt ? (
                <span className="muted">{t('notifications.read')}</span>
              ) : (
                <>
                  <strong>{t('notifications.unread')}</strong>{' '}
                  <button type="button" onClick={() => void markRead({ ids: [n.id] }, t('notifications.marked'))}>
                    {t('notifications.markRead')}
                  </button>
                </>
              )}
            </td>
          </tr>
        )}
      </PagedTable>
    </>
  );
}

/** The API's sentence, already in the reader's language (the list asks for it with `lang`). */
function NotificationText({ n }: { n: NotificationView }) {
  return <span dir="auto">{n.title}</span>;
}

export function SubscriptionsPage() {
  return (
    <SignedIn>
      <Subscriptions />
    </SignedIn>
  );
}

function Subscriptions() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('notifications.subscriptions.title'));
  const [version, setVersion] = useState(0);
  const [created, setCreated] = useState<SubscriptionView | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const list = useApi(`subscriptions:${lang}:${version}`, (signal) => notificationsApi.subscriptions(lang, signal));
  // The API names what is followed in the language asked for (the list and the creation both pass `lang`).
  const describe = (s: SubscriptionView) => s.label;
  const remove = (s: SubscriptionView) =>
    notificationsApi.unsubscribe(s.id).then(() => {
      setDone(t('notifications.subscriptions.removed'));
      setCreated(null);
      setVersion((n) => n + 1);
    }, setError);
  // The box shows the choice at once and stays disabled until the server has it (one change at a time per row).
  const [emails, setEmails] = useState<Record<string, boolean>>({});
  const [saving, setSaving] = useState<string | null>(null);
  const setEmail = (s: SubscriptionView, email: boolean) => {
    setEmails((m) => ({ ...m, [s.id]: email }));
    setSaving(s.id);
    return notificationsApi.setEmail(s.id, email, lang).then(
      ({ data: saved }) => {
        setSaving(null);
        setError(null);
        setEmails((m) => ({ ...m, [s.id]: saved.email }));
        setDone(t(saved.email ? 'notifications.subscriptions.emailTurnedOn' : 'notifications.subscriptions.emailTurnedOff', { what: describe(saved) }));
      },
      (err: unknown) => {
        setSaving(null);
        setDone(null);
        setEmails(({ [s.id]: _, ...rest }) => rest);
        setError(err);
      },
    );
  };
  return (
    <>
      <p className="breadcrumb">
        <Link to={href(lang, '/notifications')}>{t('notifications.back')}</Link>
      </p>
      <h1 tabIndex={-1}>{t('notifications.subscriptions.title')}</h1>
      <p className="lead">{t('notifications.subscriptions.intro')}</p>
      <StatusMessage>{done}</StatusMessage>
      <FormAlert error={error} />
      {created?.feedUrl ? (
        <section className="panel success" aria-labelledby="feed-heading" role="status">
          <h2 id="feed-heading">{t('notifications.subscriptions.created', { what: describe(created) })}</h2>
          <p>{t('notifications.subscriptions.feedOnce')}</p>
          <p>
            <code dir="ltr" className="secret" id="feed-url">
              {new URL(created.feedUrl, window.location.origin).toString()}
            </code>{' '}
            <CopyButton text={new URL(created.feedUrl, window.location.origin).toString()} label={t('notifications.subscriptions.copyFeed')} />
          </p>
          <button type="button" onClick={() => setCreated(null)}>
            {t('notifications.subscriptions.feedDone')}
          </button>
        </section>
      ) : null}
      <NewSubscription
        onCreated={(s) => {
          setDone(null);
          setCreated(s);
          setVersion((n) => n + 1);
        }}
      />
      <section aria-labelledby="following-heading">
        <h2 id="following-heading">{t('notifications.subscriptions.following')}</h2>
        <FormAlert error={list.error} focus={false} />
        {!list.data ? <Loading /> : null}
        {list.data && list.data.data.length === 0 ? <p>{t('notifications.subscriptions.none')}</p> : null}
        {list.data && list.data.data.length ? (
          <DataTable
            caption={t('notifications.subscriptions.following')}
            hideCaption
            columns={[t('notifications.subscriptions.kind'), t('notifications.subscriptions.value'), t('notifications.subscriptions.email'), t('notifications.subscriptions.since'), t('notifications.subscriptions.actions')]}
          >
            {list.data.data.map((s) => (
              <tr key={s.id}>
                <td>{t(`notifications.subscriptions.kinds.${s.kind}` as MessageKey)}</td>
                <th scope="row">{describe(s)}</th>
                <td>
                  <input
                    type="checkbox"
                    checked={emails[s.id] ?? s.email}
                    disabled={saving === s.id}
                    aria-label={t('notifications.subscriptions.emailFor', { what: describe(s) })}
                    onChange={(e) => void setEmail(s, e.target.checked)}
                  />
                </td>
                <td>
                  <DateTime iso={s.createdAt} />
                </td>
                <td>
                  <button type="button" onClick={() => void remove(s)}>
                    {t('notifications.subscriptions.remove', { what: describe(s) })}
                  </button>
                </td>
              </tr>
            ))}
          </DataTable>
        ) : null}
      </section>
    </>
  );
}

function NewSubscription({ onCreated }: { onCreated: (s: SubscriptionView) => void }) {
  const { t, lang } = useI18n();
  const v = useVocabulary();
  const states = useStateChoices();
  const { organisations } = useOrganisations();
  const [kind, setKind] = useState('');
  const [value, setValue] = useState('');
  const [email, setEmail] = useState(false);
  const submit = useSubmit(async () => (await notificationsApi.subscribe({ kind, value, email }, lang)).data, (s) => {
    setValue('');
    setEmail(false);
    onCreated(s);
  });
  const { abilities } = useSession();
  const kinds: readonly string[] = abilities.draftCooperationRequests ? [...SUBSCRIPTION_KINDS, ...COOPERATION_SUBSCRIPTION_KINDS] : SUBSCRIPTION_KINDS;
  const values =
    kind === 'state' || kind === 'cooperation-requests-received'
      ? states
      : kind === 'theme'
        ? choices(VOCAB.themes, v.theme)
        : kind === 'entity'
          ? organisations.filter((o) => o.kind !== 'state-authority').map((o) => ({ value: o.id, label: o.name }))
          : kind === 'cooperation-requests-sent'
            ? organisations.filter((o) => o.kind === 'state-authority' && !o.archived).map((o) => ({ value: o.id, label: o.name }))
            : [];
  return (
    <section aria-labelledby="follow-heading" className="panel">
      <h2 id="follow-heading">{t('notifications.subscriptions.follow')}</h2>
      <FormAlert error={submit.error} shownFields={['kind', 'value', 'email']} />
      <form className="stack" onSubmit={submit.onSubmit} noValidate>
        <SelectField
          label={t('notifications.subscriptions.kind')}
          value={kind}
          onChange={(k) => {
            setKind(k);
            setValue('');
          }}
          choices={kinds.map((k) => ({ value: k, label: t(`notifications.subscriptions.kinds.${k}` as MessageKey) }))}
          empty={t('delivery.form.choose')}
          issues={submit.issues('kind')}
          required
        />
        {kind ? (
          <SelectField
            label={t(`notifications.subscriptions.kinds.${kind}` as MessageKey)}
            value={value}
            onChange={setValue}
            choices={values}
            empty={t('delivery.form.choose')}
            issues={submit.issues('value')}
            required
          />
        ) : null}
        <label className="checkbox">
          <input type="checkbox" checked={email} onChange={(e) => setEmail(e.target.checked)} /> {t('notifications.subscriptions.emailToggle')}
        </label>
        <div className="actions">
          <SubmitButton pending={submit.pending}>{t('notifications.subscriptions.follow')}</SubmitButton>
        </div>
      </form>
    </section>
  );
}
