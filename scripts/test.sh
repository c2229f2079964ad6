#!/usr/bin/env bash
# Everything CI checks, in order of cost. `npm test` runs this.
#  1. lint (including the layer boundaries) and type-check
#  2. the OpenAPI contract: the spec and the web app's types generated from the code equal the committed
#     openapi.json and src/web/api/openapi.d.ts; Redocly's recommended rules find 0 errors; a client generated
#     from the spec compiles
#  3. unit, integration and API tests on embedded PGlite
#  4. the same tests on PostgreSQL when a server answers (TEST_DATABASE_URL, or localhost:5432)
#  5. the web build and the browser tests in Chromium (skipped, loudly, when no Chromium is installed)
set -euo pipefail
cd "$(dirname "$0")/.."
export NO_COLOR=1 FORCE_COLOR=0

step() { printf '\n== %s\n' "$*"; }

# Every runner's output is also kept, to print one plain total at the end ("N passed, N failed").
log=$(mktemp)
trap 'rm -f "$log"' EXIT

step "lint"
npx eslint .
step "type-check"
npx tsc --noEmit
step "OpenAPI drift check"
npx tsx scripts/generate-openapi.ts --check
step "OpenAPI lint (Redocly, recommended rules)"
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true npx redocly lint openapi.json --format=summary
step "a client generated from the spec compiles"
bash scripts/check-api-client.sh

step "tests on PGlite"
TEST_DATABASE_URL= npx vitest run | tee -a "$log"

pg_url="${TEST_DATABASE_URL:-}"
if [ -z "$pg_url" ] && command -v pg_isready >/dev/null && pg_isready -q -h localhost -p 5432; then
  pg_url="postgres://postgres@localhost:5432/postgres"
fi
if [ -n "$pg_url" ]; then
  step "tests on PostgreSQL ($pg_url)"
  TEST_DATABASE_URL="$pg_url" npx vitest run | tee -a "$log"
else
  step "PostgreSQL pass skipped: no server on localhost:5432 and TEST_DATABASE_URL unset"
fi

step "web build"
npx vite build --logLevel warn
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
  step "browser tests (Chromium)"
  npx playwright test | tee -a "$log"
else
  step "browser tests SKIPPED: no Chromium at $chromium (apt-get install chromium fonts-noto-cjk)"
  [ -n "${CI:-}" ] && { echo "CI needs the browser tests"; exit 1; }
fi

# vitest: "Tests  198 passed | 2 skipped (200)"; playwright: "  153 passed (3.3m)". Failures stop the script above.
passed=$(grep -Eo '^ +(Tests +)?[0-9]+ passed' "$log" | grep -Eo '[0-9]+ passed' | awk '{ s += $1 } END { print s + 0 }')
echo
echo "all: ${passed:-0} passed, 0 failed"
[ "${passed:-0}" -gt 0 ] || { echo "no test ran"; exit 1; }
