// The resolution import on hostile input (security review of issue 14): HTML with long runs of spaces and tabs is
// turned into text in well under a second (it was quadratic), and texts longer than any resolution, or with a line
// longer than any resolution, are refused before they are parsed.
import { describe, expect, it } from 'vitest';
import type { Actor } from '#domain/actor.ts';
import type { Db } from '#db/client.ts';
import { TEST_NOW } from '../../../test/http.ts';
import { htmlToText, importResolution, MAX_RESOLUTION_CHARACTERS } from './import-resolution.ts';

const N = 200_000;
const HEAD = 'A/RES/51/210\n\n51/210. Measures to eliminate international terrorism\n\nThe General Assembly,\n\nRecalling its resolution 49/60,\n';
const OP = '\n1. Requests the Secretary-General to report to the General Assembly at its fifty-second session ';
const fill = (unit: string) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);

describe('htmlToText on hostile input', () => {
  it('turns HTML with a long run of spaces and tabs into text in well under a second', () => {
    const start = performance.now();
    const text = htmlToText(`<p>${fill(' \t')}x${fill(' \t')}</p><p>y</p>`);
    const ms = performance.now() - start;
    expect(ms).toBeLessThan(2000);
    expect(text).toBe('x\n\ny');
  });
});

describe('importResolution refuses what no resolution is', () => {
  const officer: Actor = {
    kind: 'user',
    userId: '00000000-0000-4000-8000-000000000001',
    platformAdmin: false,
    memberships: [
      { id: 'm', organisationId: 'o', organisationKind: 'un-entity', stateCode: null, role: 'entity-officer', regions: null, themes: null },
    ],
  };
  // Refused before the database is touched: no database is given.
  const db = {} as Db;

  it('refuses a text longer than the cap, saying so', async () => {
    const content = HEAD + OP + 'x.' + fill('y').repeat(3);
    expect(content.length).toBeGreaterThan(MAX_RESOLUTION_CHARACTERS);
    await expect(importResolution(db, officer, { content, format: 'text', language: 'en' }, TEST_NOW)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ path: ['body', 'content'], code: 'too_long' }],
    });
  });

  it('refuses a line longer than any resolution', async () => {
    const content = HEAD + OP + 'x.' + fill('y') + 'z';
    await expect(importResolution(db, officer, { content, format: 'text', language: 'en' }, TEST_NOW)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ path: ['body', 'content'], code: 'line_too_long' }],
    });
  });
});
