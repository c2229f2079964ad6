// Where each field of the activity form is, for the error summary's links: an API issue's field (`place.city`,
// `participants.bySex.women`) → the id of its control or group on the page.
export const ACTIVITY_FIELD_GROUPS: Record<string, string> = {
  participants: 'activity-participants',
  beneficiaries: 'activity-beneficiaries',
  place: 'activity-place',
};

export function activityFieldId(field: string): string {
  if (field === 'place.city' || field === 'place.countryCode') return `activity-${field.replace('.', '-')}`;
  const head = field.split('.')[0] ?? field;
  return ACTIVITY_FIELD_GROUPS[head] ?? `activity-${head}`;
}
