// An instrument's list of States and a State's list of instruments show the same facts of one participation: these
// cells keep the two tables saying them alike.
import type { ParticipationView } from '#domain/treaties/views.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { DateText, NotApplicable, SourceRef } from './common.tsx';

/** Signature, consent, entry into force and source of one participation; a dash where the fact does not apply. */
export function ParticipationCells({ row }: { row: ParticipationView }) {
  const { t } = useI18n();
  return (
    <>
      <td>{row.signatureDate ? <DateText iso={row.signatureDate} /> : <NotApplicable />}</td>
      <td>
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
      </td>
      <td>{row.status === 'party' ? <DateText iso={row.inForceFrom} /> : <NotApplicable />}</td>
      <td>{row.source || row.status !== 'none' ? <SourceRef source={row.source} /> : <NotApplicable />}</td>
    </>
  );
}
