// What the databases (PGlite, and PostgreSQL when TEST_DATABASE_URL is set) do with the text the HTTP input guard
// refuses (src/http/plugins/input-guard.ts), so the guard's choices rest on observed behaviour:
// - NUL fails the statement, in text and in jsonb: refused at the edge, else a 500.
// - A lone UTF-16 surrogate has no UTF-8 form: in text the driver sends U+FFFD, so the row silently differs from the
//   input; in jsonb (JSON.stringify writes it as \ud800) the statement fails. Refused at the edge too.
// - Other controls, RTL marks and non-characters are stored and read back unchanged: accepted.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/db.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.execute(sql`create table text_probe (t text, j jsonb)`);
});
afterAll(() => database.dispose());

async function roundTrip(value: string): Promise<{ t: string; j: { v: string } }> {
  const result = (await database.db.execute(
    sql`insert into text_probe (t, j) values (${value}, ${JSON.stringify({ v: value })}::jsonb) returning t, j`,
  )) as unknown as { rows: { t: string; j: { v: string } | string }[] };
  const row = result.rows[0]!;
  return { t: row.t, j: typeof row.j === 'string' ? JSON.parse(row.j) : row.j };
}

describe('text the databases refuse or change', () => {
  it('refuses NUL in text (and only NUL: the same statement works without it)', async () => {
    await database.db.execute(sql`insert into text_probe (t) values (${'ab'})`);
    await expect(database.db.execute(sql`insert into text_probe (t) values (${'a\u0000b'})`)).rejects.toMatchObject({
      cause: { code: '22021' },
    });
  });

  it('refuses NUL in jsonb', async () => {
    await expect(
      database.db.execute(sql`insert into text_probe (j) values (${JSON.stringify({ v: 'a\u0000b' })}::jsonb)`),
    ).rejects.toMatchObject({ cause: { code: '22P05' } });
  });

  it('stores U+FFFD for a lone surrogate in text: what is read back is not what was sent', async () => {
    const result = (await database.db.execute(sql`insert into text_probe (t) values (${'x\ud800y'}) returning t`)) as unknown as {
      rows: { t: string }[];
    };
    expect(result.rows[0]!.t).toBe('x\ufffdy');
  });

  it('refuses a lone surrogate in jsonb', async () => {
    expect(JSON.stringify({ v: 'x\ud800y' })).toBe('{"v":"x\\ud800y"}');
    await expect(
      database.db.execute(sql`insert into text_probe (j) values (${JSON.stringify({ v: 'x\ud800y' })}::jsonb)`),
    ).rejects.toMatchObject({ cause: { code: '22P02' } });
  });

  it('stores other controls, RTL marks, non-characters and surrogate pairs unchanged', async () => {
    const value = '\u0001\u0007\t\u001b \u200f\u202eRTL\u202c \ufeff\ufffe\uffff 😀 مرحبا 中文';
    expect(await roundTrip(value)).toEqual({ t: value, j: { v: value } });
  });
});
