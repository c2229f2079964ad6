import { describe, expect, it } from 'vitest';
import type { SessionAbilities } from '#web/api-types.ts';
import { coordinationLanding, coordinationViews } from './coordination-views.ts';

const none: SessionAbilities = {
  administer: false,
  invite: false,
  importStatus: false,
  readAuditLog: false,
  createDocument: false,
  readRequests: false,
  coordinate: false,
  readFunding: false,
  readNeeds: false,
  readReports: false,
  draftCooperationRequests: false,
};

describe('coordination views in the menu', () => {
  it('a focal point (needs, no coordination) is led to the needs, never to who does what where', () => {
    const focal = { ...none, readRequests: true, readNeeds: true };
    expect(coordinationViews(focal).map((v) => v.name)).toEqual(['needs']);
    expect(coordinationLanding(focal)).toBe('/coordination/needs');
  });

  it('a coordinator sees every view and lands on who does what where', () => {
    const coordinator = { ...none, readRequests: true, readNeeds: true, coordinate: true };
    expect(coordinationViews(coordinator).map((v) => v.name)).toEqual(['coordination', 'overlaps', 'needs', 'gaps']);
    expect(coordinationLanding(coordinator)).toBe('/coordination');
  });

  it('an anonymous reader has no coordination entry', () => {
    expect(coordinationLanding(none)).toBeNull();
  });
});
