import { parse } from 'csv-parse/sync';
const r = parse('a,b\n1,"x\ny"\n\n3,4\n', { info: true, relax_column_count: true, skip_empty_lines: true, bom: true });
console.log(JSON.stringify(r.map((x: any) => [x.record, x.info.lines])));
