// Emoji and the scripts a hospital's staff write print as letters, not as empty boxes: the printed pages find fonts
// that hold them (Noto, installed by .ci/run and named in the print styles). Each sample is printed and drawn
// (pdftoppm), and compared with the same number of private-use characters, which no font draws: a page that looks
// the same is a page of boxes.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createChromiumPrinter } from '../../../electron/core/print/chromium-printer';
import { exportPolicyVersionPdf } from '../../../electron/core/print/policy-document';
import { longPolicy } from './policy-fixture';

const printer = createChromiumPrinter();
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'chartroom-fonts-'));
afterAll(async () => {
  await printer.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

/** The first page of a policy whose text is `text`, drawn in grey at a low resolution. */
async function drawn(text: string): Promise<Buffer> {
  const file = path.join(folder, 'policy.pdf');
  fs.writeFileSync(file, await exportPolicyVersionPdf(printer, longPolicy({ body: `# ${text}\n\n${text}\n` })));
  execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '40', '-gray', file, path.join(folder, 'page')]);
  const image = fs.readdirSync(folder).find((name) => name.startsWith('page') && name.endsWith('.pgm'))!;
  const pixels = fs.readFileSync(path.join(folder, image));
  fs.rmSync(path.join(folder, image));
  return pixels;
}

const samples = { emoji: '🚑 🌐 ✅', Devanagari: 'नमस्ते', Arabic: 'مرحبا', Hebrew: 'שלום', Chinese: '口译员', Japanese: 'こんにちは', Korean: '통역사', Thai: 'สวัสดี' };

describe('printed scripts', () => {
  it.each(Object.entries(samples))('prints %s as letters, not boxes', async (_, text) => {
    const boxes = await drawn([...text].map((c) => (c === ' ' ? ' ' : '\uE000')).join(''));
    expect((await drawn(text)).equals(boxes)).toBe(false);
  }, 60_000);
});
