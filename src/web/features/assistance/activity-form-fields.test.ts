import { describe, expect, it } from 'vitest';
import { activityFieldId } from './activity-form-fields.ts';

describe("the activity form's error links", () => {
  it('lead every field the API names to its control or group', () => {
    expect(activityFieldId('title')).toBe('activity-title');
    expect(activityFieldId('startDate')).toBe('activity-startDate');
    expect(activityFieldId('stateCodes')).toBe('activity-stateCodes');
    expect(activityFieldId('themes.0')).toBe('activity-themes');
    expect(activityFieldId('place')).toBe('activity-place');
    expect(activityFieldId('place.city')).toBe('activity-place-city');
    expect(activityFieldId('participants.bySex.women')).toBe('activity-participants');
    expect(activityFieldId('beneficiaries.2.name')).toBe('activity-beneficiaries');
  });
});
