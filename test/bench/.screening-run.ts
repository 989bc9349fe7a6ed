import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { screeningFigures } from './screening-bench';
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'screening-bench-'));
try {
  console.log(JSON.stringify(await screeningFigures(path.join(root, 'screening'), Number(process.argv[2] ?? 5000)), null, 1));
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
