// An instrument's list of States and a State's list of instruments show the same facts of one participation: these
// cells keep the two tables saying them alike.
import type { ParticipationView } from '#domain/treaties/views.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Cell, DateText, NotApplicable, SourceRef } from './common.tsx';

/**
 * Signature, consent, entry into force and source of one participation; a dash where the fact does not apply.
 * `labels` (the four column names) makes them cells of a stacked table (see DataTable).
 */
export function ParticipationCells({
  row,
  labels,
  listAsOf,
}: {
  row: ParticipationView;
  labels?: [string, string, string, string];
  /** The date of the newest complete list: what "not a party" rests on. */
  listAsOf?: string | null;
}) {
  const { t, tx } = useI18n();
  return (
    <>
      <Cell label={labels?.[0]}>{row.signatureDate ? <DateText iso={row.signatureDate} /> : <NotApplicable />}</Cell>
      <Cell label={labels?.[1]}>
        {row.consentDate || row.consentKind ? (
          <>
            {row.consentKind && row.consentKind !== 'consent'
              ? `${t(`eventKind.${row.consentKind}`)}${t('common.separator')}`
              : null}
            <DateText iso={row.consentDate} />
          </>
        ) : (
          <NotApplicable />
        )}
      </Cell>
      <Cell label={labels?.[2]}>{row.status === 'party' ? <DateText iso={row.inForceFrom} /> : <NotApplicable />}</Cell>
      <Cell label={labels?.[3]}>
        {row.status === 'not_adopted' || row.status === 'not_a_state' ? (
          <NotApplicable />
        ) : row.source || row.status !== 'none' ? (
          <SourceRef source={row.source} />
        ) : listAsOf ? (
          tx('participation.notListed', { date: <DateText iso={listAsOf} /> })
        ) : (
          <NotApplicable />
        )}
      </Cell>
    </>
  );
}
