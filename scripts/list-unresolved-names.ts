// Lists participant names in the shipped status lists that the reference alias table does not resolve.
// Run after editing data/reference/aliases.csv: `npx tsx scripts/list-unresolved-names.ts`.
import fs from 'node:fs';
import path from 'node:path';
import { buildAliasIndex, loadReferenceFiles } from '#db/seed/reference-files.ts';
import { normaliseName } from '#domain/treaties/names.ts';

const ref = loadReferenceFiles();
const index = buildAliasIndex(ref);
const names = new Set<string>();
const dir = 'data/reference';
const walk = (d: string): string[] =>
  fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
for (const file of walk(dir)) {
  if (file.includes('/untc/') && file.endsWith('.csv')) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n').slice(1)) {
      const name = line.startsWith('"') ? line.slice(1, line.indexOf('"', 1)) : line.split(',')[0]!;
      if (name.trim()) names.add(name.trim());
    }
  } else if (file.includes('/partial/')) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n').slice(1)) {
      const name = line.startsWith('"') ? line.slice(1, line.indexOf('"', 1)) : line.split(',')[0]!;
      if (name.trim()) names.add(name.trim());
    }
  } else if (file.endsWith('icsant-2018.json')) {
    for (const n of Object.keys(JSON.parse(fs.readFileSync(file, 'utf8')).entries)) names.add(n);
  }
}
const unresolved = [...names].filter((n) => !index.has(normaliseName(n))).sort();
console.log(unresolved.join('\n'));
console.error(`${names.size} names, ${unresolved.length} unresolved`);
