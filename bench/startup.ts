// First start on an empty data directory (initdb, migrations, reference data, every shipped status list)
// and a warm restart on the same directory. Prints milliseconds to the first healthy response.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from './lib.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-bench-start-'));
const dataDir = path.join(dir, 'pglite');
try {
  const cold = await startServer(dataDir, 3201);
  await cold.stop();
  const warm = await startServer(dataDir, 3201);
  await warm.stop();
  console.log(`startup: first start on an empty data directory ${Math.round(cold.readyMs)} ms`);
  console.log(`startup: warm restart ${Math.round(warm.readyMs)} ms`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
