#!/usr/bin/env bash
# "A client generated from the spec compiles": generates a typed client from openapi.json the way an outside
# developer would (openapi-typescript types + openapi-fetch), in a temporary folder, and type-checks a small program
# that uses it. The program also holds calls the types must refuse (@ts-expect-error), so loose types fail too.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ln -s "$repo/node_modules" "$tmp/node_modules"

npx openapi-typescript openapi.json --output "$tmp/schema.d.ts" >/dev/null

cat >"$tmp/client.ts" <<'TS'
import createClient from 'openapi-fetch';
import type { components, paths } from './schema.d.ts';

const client = createClient<paths>({ baseUrl: 'https://accord.example.org', headers: { authorization: 'Bearer accord_x' } });

export async function partiesOf(code: string): Promise<string[]> {
  const { data, error } = await client.GET('/api/v1/participants/{code}', {
    params: { path: { code }, query: { asOf: '2014-07-10' } },
  });
  if (error) throw new Error(`${error.error.code}: ${error.error.message}`);
  return data.data.participation.filter((p) => p.status === 'party').map((p) => p.instrumentId);
}

export async function planned(): Promise<components['schemas']['Activity'][]> {
  const { data } = await client.GET('/api/v1/activities', { params: { query: { status: 'planned', page: 1 } } });
  return data?.data ?? [];
}

export async function comment(id: string, body: string, csrf: string) {
  return client.POST('/api/v1/assistance-requests/{id}/messages', {
    params: { path: { id } },
    headers: { 'x-csrf-token': csrf },
    body: { body },
  });
}

export async function refused() {
  // @ts-expect-error a path the API does not have
  await client.GET('/api/v1/no-such-thing');
  // @ts-expect-error the path parameter is required
  await client.GET('/api/v1/participants/{code}', {});
  const { data } = await client.GET('/api/v1/instruments/{id}', { params: { path: { id: 'x' } } });
  // @ts-expect-error a field the response does not have
  return data?.data.noSuchField;
}
TS

cat >"$tmp/tsconfig.json" <<'JSON'
{
  "compilerOptions": {
    "target": "ES2022",
    "module": "ESNext",
    "moduleResolution": "Bundler",
    "strict": true,
    "noEmit": true,
    "skipLibCheck": false,
    "allowImportingTsExtensions": true,
    "lib": ["ES2022", "DOM"],
    "types": []
  },
  "files": ["client.ts"]
}
JSON

npx tsc -p "$tmp/tsconfig.json"
echo "a client generated from openapi.json compiles"
