// The database handle as the outer layers see it: http and cli pass it to use cases and never query it themselves.
export type { Database, Db } from '#db/client.ts';
