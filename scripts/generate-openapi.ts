// Writes the API contract from the routes' schemas: openapi.json, and the web app's types generated from it by
// openapi-typescript (src/web/api/openapi.d.ts). `npm run openapi` writes both; `--check` (CI) writes nothing and
// fails when either differs from what the code generates now. The server is built on an empty in-memory database
// (nothing is queried to describe the API) and never listens.
import fs from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { loadConfig } from '#config';
import { openDatabase } from '#db/client.ts';
import { openApiText } from '#http/openapi.ts';
import { buildServer } from '#http/server.ts';

export const OPENAPI_FILE = path.resolve('openapi.json');
export const WEB_TYPES_FILE = path.resolve('src/web/api/openapi.d.ts');

const TYPES_HEADER =
  '// Generated from openapi.json by scripts/generate-openapi.ts (openapi-typescript): do not edit.\n' +
  '// Named aliases for the web app are in src/web/api-types.ts.\n\n';

export async function generateSpec(): Promise<string> {
  const database = await openDatabase({ kind: 'pglite-memory' });
  try {
    const config = loadConfig({ NODE_ENV: 'production', SECRET_KEY: '0'.repeat(64), WEB_DIST: './does-not-exist', LOG_LEVEL: 'silent' });
    const app = await buildServer({ database, config, logger: false });
    const text = openApiText(app);
    await app.close();
    return text;
  } finally {
    await database.close();
  }
}

/** TypeScript types of the spec's paths, operations and components, as openapi-typescript writes them. */
export async function generateTypes(specText: string): Promise<string> {
  const nodes = await openapiTS(JSON.parse(specText) as Parameters<typeof openapiTS>[0]);
  return TYPES_HEADER + astToString(nodes);
}

async function main() {
  const check = process.argv.includes('--check');
  const spec = await generateSpec();
  const outputs: [string, string][] = [
    [OPENAPI_FILE, spec],
    [WEB_TYPES_FILE, await generateTypes(spec)],
  ];
  const stale: string[] = [];
  for (const [file, text] of outputs) {
    const name = path.relative(process.cwd(), file);
    if (check) {
      const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
      if (committed !== text) stale.push(name);
      continue;
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    console.log(`wrote ${name}`);
  }
  if (stale.length > 0) {
    console.error(`out of date (run \`npm run openapi\` and commit): ${stale.join(', ')}`);
    process.exit(1);
  }
  if (check) console.log('openapi.json and src/web/api/openapi.d.ts match the code');
}

await main();
