import { describe, expect, it } from 'vitest';
import { isStale, projectAuthority } from './authorities.ts';
import type { Authority } from './types.ts';

const entry: Authority = {
  id: 'a1',
  stateCode: 'FRA',
  kind: 'mla',
  instrumentId: null,
  name: 'Bureau de l’entraide pénale internationale',
  address: '13 place Vendôme, Paris',
  channels: ['direct', 'diplomatic'],
  languages: ['fr'],
  urgentProcedure: 'By e-mail, original to follow',
  requirements: { dualCriminality: 'Required for coercive measures' },
  requestItems: null,
  lawLinks: [{ title: 'Code de procédure pénale', url: 'https://www.legifrance.gouv.fr/' }],
  contacts: [{ name: 'Duty officer', role: 'Magistrate', email: 'beepi@example.org', phone: '+33 1 00 00 00 00' }],
  publicFields: ['address'],
  confirmedAt: new Date('2026-01-10T00:00:00Z'),
  version: 3,
};

describe('isStale', () => {
  it('marks an entry not confirmed for twelve months, to the instant', () => {
    expect(isStale(new Date('2025-12-07T10:00:00Z'), new Date('2026-12-07T10:00:00Z'))).toBe(false);
    expect(isStale(new Date('2025-12-07T09:59:59Z'), new Date('2026-12-07T10:00:00Z'))).toBe(true);
    expect(isStale(new Date('2026-06-01T00:00:00Z'), new Date('2026-12-07T10:00:00Z'))).toBe(false);
  });
});

describe('projectAuthority', () => {
  it('shows the public everything the State made public and nothing else', () => {
    const p = projectAuthority(entry, false);
    expect(p.name).toBe(entry.name);
    expect(p.channels).toEqual(['direct', 'diplomatic']);
    expect(p.languages).toEqual(['fr']);
    expect(p.address).toBe(entry.address);
    expect(p.contacts).toBeNull();
    expect(p.requirements).toBeNull();
    expect(p.withheld.sort()).toEqual(['contacts', 'lawLinks', 'requirements', 'urgentProcedure']);
  });

  it('shows an entitled reader everything', () => {
    const p = projectAuthority(entry, true);
    expect(p.contacts).toEqual(entry.contacts);
    expect(p.withheld).toEqual([]);
  });
});
