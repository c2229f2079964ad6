// Policy as a table: actor × action × target → allowed.
import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from './actor.ts';
import { ACTIONS, abilitiesFor, authorize, can, type Action } from './policy.ts';
import { AppError } from './errors.ts';

const table: [Action, boolean][] = [
  ['treaty-status:read', true],
  ['treaty-status:export', true],
  ['import-batch:read', true],
  ['import-batch:create', false],
  ['import-batch:revert', false],
];

describe('policy', () => {
  it.each(table)('anonymous × %s → %s', (action, allowed) => {
    expect(can(ANONYMOUS, action, { kind: 'treaty-data' })).toBe(allowed);
  });

  it('covers every action in the table', () => {
    expect(table.map(([a]) => a).sort()).toEqual([...ACTIONS].sort());
  });

  it('denies an action it does not know', () => {
    expect(can(ANONYMOUS, 'treaty-status:delete' as Action)).toBe(false);
  });

  it('authorize throws UNAUTHENTICATED for an anonymous caller', () => {
    expect(() => authorize(ANONYMOUS, 'import-batch:create')).toThrowError(AppError);
    try {
      authorize(ANONYMOUS, 'import-batch:create');
    } catch (err) {
      expect((err as AppError).code).toBe('UNAUTHENTICATED');
    }
    expect(() => authorize(ANONYMOUS, 'treaty-status:read')).not.toThrow();
  });

  it('abilitiesFor answers each ability with can()', () => {
    expect(abilitiesFor(ANONYMOUS, { export: 'treaty-status:export', import: 'import-batch:create' })).toEqual({
      export: true,
      import: false,
    });
  });
});
