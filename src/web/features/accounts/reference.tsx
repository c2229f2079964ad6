// Lists the forms choose from: States (from the treaty record's participants) and organisations.
import { adminApi, api } from '#web/api.ts';
import type { OrganisationView } from '#web/api-types.ts';
import { useI18n } from '#web/i18n/i18n.tsx';
import { useApi } from '#web/use-api.ts';

export interface Choice {
  value: string;
  label: string;
}

/** States (not international organisations), by name in the reader's language. */
export function useStateChoices(): Choice[] {
  const { localize, collator } = useI18n();
  const list = useApi('participants:states', (signal) => api.participants({ pageSize: 500 }, signal));
  return (list.data?.data ?? [])
    .filter((p) => p.kind !== 'organization')
    .map((p) => ({ value: p.code, label: localize(p.names, p.code).text }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** A State's name from its code, once the list has loaded (the code until then). */
export function useStateName(): (code: string | null) => string {
  const choices = useStateChoices();
  const names = new Map(choices.map((c) => [c.value, c.label]));
  return (code) => (code ? (names.get(code) ?? code) : '');
}

/** Every organisation (administrators keep a few hundred at most), names in the reader's language. */
export function useOrganisations(version = 0): { organisations: OrganisationView[]; error: unknown; loading: boolean } {
  const { lang, collator } = useI18n();
  const list = useApi(`organisations:${lang}:${version}`, (signal) => adminApi.organisations({ lang, pageSize: 500 }, signal));
  const organisations = [...(list.data?.data ?? [])].sort((a, b) => collator.compare(a.name, b.name));
  return { organisations, error: list.error, loading: list.loading };
}
