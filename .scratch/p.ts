import fs from 'node:fs';
import { parseStatusList } from '#domain/treaties/parsers/index.ts';
const files: [string,string][] = [
  ...fs.readdirSync('data/reference/untc').filter(f=>f.endsWith('.csv')).map(f=>['untc','data/reference/untc/'+f] as [string,string]),
  ...['XVIII-11','XVIII-15'].flatMap(d=>fs.readdirSync('data/reference/untc/history/'+d).map(f=>['untc',`data/reference/untc/history/${d}/${f}`] as [string,string])),
  ['unoda','data/reference/unoda/icsant-2018.json'],['icao','data/reference/icao/tokyo1963-status-excerpt.txt'],
  ...fs.readdirSync('data/reference/partial').map(f=>['accord-csv','data/reference/partial/'+f] as [string,string]),
];
for (const [fmt,f] of files) {
  const r = parseStatusList(fmt, fs.readFileSync(f,'utf8'));
  const names = new Set(r.rows.map(x=>x.nameAsWritten));
  console.log(f, r.rows.length, names.size, JSON.stringify(r.problems));
}
const r = parseStatusList('icao', fs.readFileSync('data/reference/icao/tokyo1963-status-excerpt.txt','utf8'));
console.log(r.rows.slice(0,4), r.rows.filter(x=>/Bol|Bos|Chile|Bahr/.test(x.nameAsWritten)));
console.log(parseStatusList('unoda', fs.readFileSync('data/reference/unoda/icsant-2018.json','utf8')).rows.filter(x=>/Iv/.test(x.nameAsWritten)));
console.log(parseStatusList('untc', fs.readFileSync('data/reference/untc/XVIII-15.csv','utf8')).rows.filter(x=>x.note));
