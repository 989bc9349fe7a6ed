// The browser bridge: the same handlers as Electron's IPC, served on 127.0.0.1 behind a random token,
// so the real renderer runs on the real core in any Chromium (development and end-to-end tests).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Result } from '../../shared/contract';
import type { Dispatch } from '../core/ipc/dispatch';
import { contentSecurityPolicy } from '../../shared/security';

export interface BridgeOptions {
  dispatch: Dispatch;
  /** The built renderer (dist/renderer); without it only the API is served. */
  staticDir?: string;
  port?: number;
  token?: string;
}

export interface Bridge {
  /** The address to open: carries the token once; the renderer keeps it and drops it from the address bar. */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

export const apiPrefix = '/api/';
export const tokenHeader = 'x-chartroom-token';
const maxBodyBytes = 64 * 1024 * 1024;

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const expected = Buffer.from(token);
  let origin = '';

  const server = http.createServer((req, res) => {
    // A page on another site can reach 127.0.0.1 through DNS rebinding; it cannot fake the Host header's value.
    if (req.headers.host !== new URL(origin).host) return send(res, 421, 'text/plain; charset=utf-8', 'Wrong host');
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname.startsWith(apiPrefix)) return void handleApi(req, res, url.pathname.slice(apiPrefix.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    serveStatic(res, url.pathname);
  });

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, channel: string) {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Use POST');
    const given = Buffer.from(String(req.headers[tokenHeader] ?? ''));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return sendJson(res, 401, { ok: false, error: { code: 'FORBIDDEN', message: 'This request did not carry the bridge token.' } });
    }
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body.length ? JSON.parse(body) : {};
    } catch (error) {
      return sendJson(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: `The request body is not valid JSON (${(error as Error).message}).` } });
    }
    sendJson(res, 200, await options.dispatch(decodeURIComponent(channel), input));
  }

  function serveStatic(res: http.ServerResponse, pathname: string) {
    const root = options.staticDir;
    if (!root) return send(res, 404, 'text/plain; charset=utf-8', 'The renderer is not built: run npm run build:renderer');
    const relative = path.normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    let file = path.join(root, relative);
    if (!file.startsWith(path.resolve(root)) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html');
    if (!fs.existsSync(file)) return send(res, 404, 'text/plain; charset=utf-8', 'The renderer is not built: run npm run build:renderer');
    const type = mimeTypes[path.extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, {
      'content-type': type,
      'cache-control': file.endsWith('index.html') ? 'no-store' : 'public, max-age=31536000, immutable',
      'content-security-policy': contentSecurityPolicy,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    fs.createReadStream(file).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${encodeURIComponent(token)}`,
    origin,
    token,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        reject(new Error('request too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: Result<unknown>) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

function send(res: http.ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}
