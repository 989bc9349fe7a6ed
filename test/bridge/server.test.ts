// The browser bridge: loopback only, the token required, DNS-rebinding hosts refused, answers shaped like IPC's.
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
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
  return rawRequest({ path: '/', headers: { host } });
}

/** A raw HTTP request, its path sent exactly as written (fetch would normalise it) and any header allowed. */
function rawRequest(options: { path: string; method?: string; headers?: Record<string, string> }): Promise<number> {
  const { port } = new URL(bridge.origin);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Whether a TCP connection to host:port is accepted (true) or refused or unanswered (false). */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 1500 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

/** This machine's addresses that are not loopback: where a bridge bound to 0.0.0.0 or :: would be reachable. */
const outwardAddresses = Object.entries(os.networkInterfaces()).flatMap(([name, addresses]) =>
  (addresses ?? []).filter((a) => !a.internal).map((a) => (a.family === 'IPv6' && a.address.startsWith('fe80') ? `${a.address}%${name}` : a.address)),
);

describe('bridge', () => {
  it('listens on the loopback address itself, whatever its URL says', () => {
    expect(bridge.listening.address).toBe('127.0.0.1');
    expect(new URL(bridge.origin).hostname).toBe('127.0.0.1');
  });

  it.skipIf(outwardAddresses.length === 0)('cannot be reached on any other address of this machine (skipped: this machine has only loopback)', async () => {
    expect(await accepts('127.0.0.1', bridge.listening.port)).toBe(true);
    for (const address of outwardAddresses) {
      expect(await accepts(address, bridge.listening.port), `reachable on ${address}`).toBe(false);
    }
  });

  it('answers a malformed percent-encoded address with 400 and stays up, token or not', async () => {
    for (const bad of ['/%', '/%E0%A4%A', '/api/%E0%A4%A']) {
      expect(await rawRequest({ path: bad }), bad).toBe(400);
      expect(await rawRequest({ path: bad, method: 'POST' }), bad).toBe(400);
    }
    expect(await (await api('app.stats', {})).json()).toMatchObject({ ok: true });
  });

  it('refuses a request from a foreign origin, preflight included, and writes nothing', async () => {
    const before = tableCounts(core);
    const foreign = await api('app.seedSample', { staff: 10 }, { [tokenHeader]: bridge.token, origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    const preflight = await rawRequest({ path: '/api/app.seedSample', method: 'OPTIONS', headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' } });
    expect(preflight).toBe(403);
    expect(await rawRequest({ path: '/', headers: { origin: 'http://127.0.0.1:1' } })).toBe(403);
    expect(tableCounts(core)).toEqual(before);
    // The renderer's own pages send the bridge's origin and are answered.
    expect((await api('app.stats', {}, { [tokenHeader]: bridge.token, origin: bridge.origin })).status).toBe(200);
  });

  it('refuses a body over the limit with a clear 413, not a reset connection', async () => {
    const before = tableCounts(core);
    const huge = JSON.stringify({ staff: 10, padding: 'x'.repeat(65 * 1024 * 1024) });
    const response = await api('app.seedSample', huge);
    expect(response.status).toBe(413);
    const answer = (await response.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(answer.error.message).toMatch(/larger than the bridge accepts/);
    expect(tableCounts(core)).toEqual(before);
    expect((await api('app.stats', {})).status).toBe(200);
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
