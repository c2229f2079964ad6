import { parse } from 'csv-parse/sync';
try { parse('a,b\n1,2\n5,"bad"x\n', { info: true }); } catch (e: any) { console.log(e.code, e.message, e.lines); }
try { parse('a,b\n1,2\n5,"unterminated\n', { info: true }); } catch (e: any) { console.log(e.code, e.message, e.lines); }
