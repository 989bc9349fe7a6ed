// The browser bridge: loopback only, the token required, DNS-rebinding hosts refused, answers shaped like IPC's.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, tokenHeader, type Bridge } from '../../electron/bridge/server';
import { makeTempDir, openTempCore, removeDir, tableCounts } from '../support/temp-core';

const core = openTempCore();
const staticDir = makeTempDir('chartroom-static-');
let bridge: Bridge;

beforeAll(async () => {
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Chartroom</title>');
  fs.mkdirSync(path.join(staticDir, 'assets'));
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  bridge = await startBridge({ dispatch: core.dispatch, staticDir });
});
afterAll(async () => {
  await bridge.close();
  core.dispose();
  removeDir(staticDir);
});

const api = (channel: string, body: unknown, headers: Record<string, string> = { [tokenHeader]: bridge.token }) =>
  fetch(`${bridge.origin}/api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

/** fetch() will not let a test forge the Host header, so this one speaks raw HTTP. */
function requestWithHost(host: string): Promise<number> {
  const { port } = new URL(bridge.origin);
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: '/', headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on('error', reject);
  });
}

describe('bridge', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(new URL(bridge.origin).hostname).toBe('127.0.0.1');
  });

  it('answers a call with the token as IPC would', async () => {
    const response = await api('app.stats', {});
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, value: { departments: 0, roles: 0, staff: 0, credentials: 0 } });
  });

  it('refuses a call without the token, or with a wrong one, with 401 and writes nothing', async () => {
    const before = tableCounts(core);
    expect((await api('app.seedSample', { staff: 10 }, {})).status).toBe(401);
    expect((await api('app.seedSample', { staff: 10 }, { [tokenHeader]: `${bridge.token}x` })).status).toBe(401);
    expect(tableCounts(core)).toEqual(before);
  });

  it('answers malformed JSON and malformed input with INVALID_INPUT', async () => {
    const broken = await api('staff.list', '{"limit": ');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await (await api('staff.list', { limit: 'all' })).json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    expect(await requestWithHost('evil.example:80')).toBe(421);
    expect(await requestWithHost(new URL(bridge.origin).host)).toBe(200);
  });

  it('serves the renderer with the content security policy, and index.html for app routes', async () => {
    const page = await fetch(`${bridge.origin}/staff`);
    expect(await page.text()).toContain('<title>Chartroom</title>');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const script = await fetch(`${bridge.origin}/assets/app.js`);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
  });

  it('never serves a file outside the renderer folder', async () => {
    const response = await fetch(`${bridge.origin}/..%2f..%2f..%2fetc%2fpasswd`);
    expect(await response.text()).not.toContain('root:');
  });
});
