// The audit trail: filtered and paged, newest first; exports with the same filters; whether the chain is intact.
import { adminApi } from '#web/api.ts';
import { Loading, useDocumentTitle } from '#web/components/common.tsx';
import { FilterForm, PagedTable, useFilterDraft } from '#web/components/filtered-list.tsx';
import { FormAlert } from '#web/components/forms.tsx';
import { pageParam } from '#web/components/pager.tsx';
import { DateTime } from '#web/features/accounts/labels.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, useSearch } from '#web/router.tsx';
import { useApi } from '#web/use-api.ts';

const PAGE_SIZE = 50;
const TEXT_FILTERS = ['actor', 'action', 'targetType', 'targetId'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function AuditLogSection() {
  const { t, lang, number, dateTime } = useI18n();
  useDocumentTitle(t('admin.audit.title'));
  const [params] = useSearch();
  const dateParam = (k: string) => {
    const v = params.get(k);
    return v && DATE.test(v) ? v : null;
  };
  const filters = {
    actor: params.get('actor'),
    action: params.get('action'),
    targetType: params.get('targetType'),
    targetId: params.get('targetId'),
    from: dateParam('from'),
    to: dateParam('to'),
  };
  const page = pageParam(params);
  const list = useApi(`audit:${JSON.stringify(filters)}:${page}`, (signal) =>
    adminApi.auditLog({ ...filters, page, pageSize: PAGE_SIZE }, signal),
  );
  const verification = useApi('audit-verification', (signal) => adminApi.auditVerification(signal));
  const { draft, set, apply } = useFilterDraft(filters);
  const v = verification.data?.data;
  const labels: Record<(typeof TEXT_FILTERS)[number] | 'from' | 'to', string> = {
    actor: t('admin.audit.columns.actor'),
    action: t('admin.audit.columns.action'),
    targetType: t('admin.audit.targetType'),
    targetId: t('admin.audit.targetId'),
    from: t('admin.audit.from'),
    to: t('admin.audit.to'),
  };

  return (
    <>
      <h1 tabIndex={-1}>{t('admin.audit.title')}</h1>
      <p>{t('admin.audit.intro')}</p>
      <section aria-labelledby="verification-heading">
        <h2 id="verification-heading">{t('admin.audit.verification.heading')}</h2>
        {verification.error ? <FormAlert error={verification.error} focus={false} /> : null}
        {!v && verification.loading ? <Loading /> : null}
        {v ? (
          v.ok ? (
            <p className="verification verification-ok">
              <span aria-hidden="true">✓ </span>
              {t('admin.audit.verification.ok', { count: v.checked })}
            </p>
          ) : (
            <div className="error verification-bad">
              <p>
                {t('admin.audit.verification.bad', {
                  id: String(v.firstBad?.id ?? '?'),
                  count: v.checked,
                })}
              </p>
              {v.firstBad ? (
                <p>
                  {t(`admin.audit.verification.reason.${v.firstBad.reason}`)}
                </p>
              ) : null}
            </div>
          )
        ) : null}
        {v ? (
          <ul className="verification-checks">
            {v.keyed && v.keyedFrom !== null ? <li>{t('admin.audit.verification.checks.keyed', { id: String(v.keyedFrom) })}</li> : null}
            <li>
              {v.anchor ? (
                t('admin.audit.verification.checks.anchor', {
                  date: dateTime(v.anchor.anchoredAt),
                  sequence: String(v.anchor.sequence),
                })
              ) : (
                t('admin.audit.verification.checks.noAnchor')
              )}
            </li>
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="entries-heading">
        <h2 id="entries-heading">{t('admin.audit.entries')}</h2>
        <FilterForm label={t('admin.audit.filters')} onSubmit={apply} clearTo={href(lang, '/admin/audit-log')}>
          {TEXT_FILTERS.map((k) => (
            <div className="field" key={k}>
              <label htmlFor={`audit-${k}`}>{labels[k]}</label>
              <input id={`audit-${k}`} value={draft[k] ?? ''} onChange={(e) => set(k)(e.target.value)} dir="ltr" spellCheck={false} />
            </div>
          ))}
          {(['from', 'to'] as const).map((k) => (
            <div className="field" key={k}>
              <label htmlFor={`audit-${k}`}>{labels[k]}</label>
              <input id={`audit-${k}`} type="date" value={draft[k] ?? ''} onChange={(e) => set(k)(e.target.value)} />
            </div>
          ))}
        </FilterForm>
        {list.data?.abilities.export ? (
          <p className="exports">
            <span>{t('admin.audit.export')}</span>
            <a href={adminApi.auditExportUrl('csv', filters)} download>
              CSV
            </a>
            <a href={adminApi.auditExportUrl('json', filters)} download>
              JSON
            </a>
          </p>
        ) : null}
        <PagedTable
          list={list}
          caption={(count) => t('admin.audit.caption', { count })}
          columns={[
            t('admin.audit.columns.id'),
            t('admin.audit.columns.at'),
            t('admin.audit.columns.actor'),
            t('admin.audit.columns.action'),
            t('admin.audit.columns.target'),
            t('admin.audit.columns.changes'),
          ]}
        >
          {(e) => (
            <tr key={e.id}>
              <th scope="row">{number(e.id)}</th>
              <td>
                <DateTime iso={e.at} />
              </td>
              <td>
                <code dir="ltr">{e.actor}</code>
              </td>
              <td>
                <code dir="ltr">{e.action}</code>
              </td>
              <td>
                <code dir="ltr">
                  {e.targetType}:{e.targetId}
                </code>
              </td>
              <td>
                {e.before === null && e.after === null ? null : (
                  <details>
                    <summary>{t('admin.audit.showChanges')}</summary>
                    <dl className="changes">
                      <dt>{t('admin.audit.before')}</dt>
                      <dd>
                        <pre dir="ltr">{JSON.stringify(e.before, null, 2)}</pre>
                      </dd>
                      <dt>{t('admin.audit.after')}</dt>
                      <dd>
                        <pre dir="ltr">{JSON.stringify(e.after, null, 2)}</pre>
                      </dd>
                    </dl>
                  </details>
                )}
              </td>
            </tr>
          )}
        </PagedTable>
      </section>
    </>
  );
}
