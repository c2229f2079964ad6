#!/usr/bin/env bash
# While issue 3 is in progress (before 0002 lands): regenerate the accounts migration from the schema.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f src/db/migrations/0002_accounts.sql src/db/migrations/meta/0002_snapshot.json
node -e '
const fs = require("fs"); const p = "src/db/migrations/meta/_journal.json";
const j = JSON.parse(fs.readFileSync(p, "utf8")); j.entries = j.entries.filter((e) => e.idx < 2);
fs.writeFileSync(p, JSON.stringify(j, null, 2));'
npx drizzle-kit generate --name accounts
