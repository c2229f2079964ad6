import { describe, expect, it } from 'vitest';
import { parsePath } from '#web/router.tsx';
import { recordLink } from './notification-links.ts';

const id = '0b6f7c1e-3c57-4b8e-9a53-2f4d1c1b9e10';

describe('a notification’s link', () => {
  it('opens a request for MLA or extradition in the reader’s language, on its page', () => {
    const link = recordLink('ar', { available: true, link: `/fr/cooperation/requests/${id}` });
    expect(link).toBe(`/ar/cooperation/requests/${id}`);
    expect(parsePath(link!)).toMatchObject({ lang: 'ar', route: { name: 'cooperationRequest', id } });
  });

  it('leads nowhere when the record is no longer visible, or the link is not a path of Accord', () => {
    expect(recordLink('en', { available: false, link: null })).toBeNull();
    expect(recordLink('en', { available: true, link: '//elsewhere.example/fr/requests/1' })).toBeNull();
  });
});
