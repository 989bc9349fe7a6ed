// Emoji and the scripts a hospital's staff write in print as letters, not as empty boxes: the printed pages use fonts
// that hold them (Noto, installed by .ci/run and named in the print styles), as `pdffonts` lists what a PDF embeds.
// Without them Chromium sets each missing character as DejaVu's empty box and embeds DejaVu alone.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createChromiumPrinter } from '../../../electron/core/print/chromium-printer';
import { exportPolicyVersionPdf } from '../../../electron/core/print/policy-document';
import { longPolicy } from './policy-fixture';

const printer = createChromiumPrinter();
afterAll(() => printer.close());

it('prints emoji in colour and Devanagari with a font that has it (Arabic, Hebrew, Greek and Cyrillic are in DejaVu)', async () => {
  const body = '# Interpreters 🌐\n\nCall the ward ☎️ 🚑 — مرحبا بكم — שלום — नमस्ते — Ελληνικά — Привет.\n';
  const bytes = await exportPolicyVersionPdf(printer, longPolicy({ body }));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'chartroom-fonts-')), 'policy.pdf');
  fs.writeFileSync(file, bytes);
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  // Colour emoji are embedded as bitmap glyphs, which a PDF holds as a Type 3 font.
  expect(fonts).toMatch(/Type 3/);
  expect(fonts).toMatch(/Noto(Sans|Serif)Devanagari/);
}, 60_000);
