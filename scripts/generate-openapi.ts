// Writes openapi.json from the routes' schemas: `npm run openapi`. The server is built on an empty in-memory
// database (nothing is queried to describe the API) and never listens.
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '#config';
import { openDatabase } from '#db/client.ts';
import { openApiText } from '#http/openapi.ts';
import { buildServer } from '#http/server.ts';

export const OPENAPI_FILE = path.resolve('openapi.json');

async function main() {
  const database = await openDatabase({ kind: 'pglite-memory' });
  try {
    const config = loadConfig({ NODE_ENV: 'production', SECRET_KEY: '0'.repeat(64), WEB_DIST: './does-not-exist', LOG_LEVEL: 'silent' });
    const app = await buildServer({ database, config, logger: false });
    fs.writeFileSync(OPENAPI_FILE, openApiText(app));
    await app.close();
    console.log(`wrote ${path.relative(process.cwd(), OPENAPI_FILE)}`);
  } finally {
    await database.close();
  }
}

await main();
