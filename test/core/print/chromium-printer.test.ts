// The Chromium printer: Letter pages, no scripts, no network, and a clear message when Chromium is missing.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPrinter } from '../../../electron/core/print/chromium-printer';
import { openPdf, pageTexts } from './pdf-reading';

const printer = createChromiumPrinter();
let requests = 0;
const server = http.createServer((_request, response) => {
  requests += 1;
  response.end('tracked');
});
let origin = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await printer.close();
  await new Promise((resolve) => server.close(resolve));
});

describe('createChromiumPrinter', () => {
  it('prints Letter portrait by default, and landscape when asked', async () => {
    const html = '<!doctype html><p>Hello</p>';
    const portrait = await openPdf(await printer.print(html));
    const landscape = await openPdf(await printer.print(html, { landscape: true }));
    expect((await portrait.getPage(1)).view).toEqual([0, 0, 612, 792]);
    expect((await landscape.getPage(1)).view).toEqual([0, 0, 792, 612]);
    await Promise.all([portrait.destroy(), landscape.destroy()]);
  });

  it('runs no script and fetches nothing, while data: images still print', async () => {
    const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const html = `<!doctype html><html><head><link rel="stylesheet" href="${origin}/style.css"></head><body>
      <p id="p">Static text</p>
      <script>document.getElementById('p').textContent = 'SCRIPT RAN'</script>
      <img src="${origin}/track.png"><img src="${pixel}"><iframe src="${origin}/frame"></iframe>
      <div style="background: url(${origin}/bg.png)">x</div></body></html>`;
    const [text] = await pageTexts(await printer.print(html));
    expect(text).toContain('Static text');
    expect(text).not.toContain('SCRIPT RAN');
    expect(requests).toBe(0);
  });

  it('carries nothing from one document to the next on a kept page: text, styles or page size', async () => {
    const first = await pageTexts(await printer.print('<!doctype html><style>@page { size: 300px 300px } .later { display: none }</style><p>First secret</p>'));
    expect(first[0]).toContain('First secret');
    const secondPdf = await printer.print('<!doctype html><p class="later">Second</p>');
    const [second] = await pageTexts(secondPdf);
    expect(second).toContain('Second');
    expect(second).not.toContain('First secret');
    const doc = await openPdf(secondPdf);
    expect((await doc.getPage(1)).view).toEqual([0, 0, 612, 792]);
    await doc.destroy();
  });

  it('prints several documents at once on one browser', async () => {
    const texts = await Promise.all([1, 2, 3, 4].map(async (n) => (await pageTexts(await printer.print(`<p>Document ${n}</p>`)))[0]));
    expect(texts.map((text) => text?.trim())).toEqual(['Document 1', 'Document 2', 'Document 3', 'Document 4']);
  });

  it('says clearly that Chromium is missing when CHROMIUM_PATH points nowhere', async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nowhere/chromium-that-is-not-installed';
    try {
      const missing = createChromiumPrinter();
      await expect(missing.print('<p>x</p>')).rejects.toMatchObject({
        name: 'AppError',
        code: 'UNAVAILABLE',
        message: expect.stringMatching(/^Chromium was not found at \/nowhere\/chromium-that-is-not-installed.*CHROMIUM_PATH/),
      });
      await missing.close();
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
});
