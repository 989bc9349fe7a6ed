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
  /** Where the socket really listens (server.address()): tests check it is loopback, not what the URL says. */
  listening: AddressInfo;
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
    // One bad request must never stop the bridge: whatever escapes is answered 500 and logged, and the server lives on.
    handleRequest(req, res).catch((error: unknown) => {
      console.error('[chartroom] bridge request failed:', error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Something went wrong inside the bridge.');
      else res.destroy();
    });
  });

  async function handleRequest(req: http.IncomingMessage, res: http.ServerResponse) {
    // A page on another site can reach 127.0.0.1 through DNS rebinding; it cannot fake the Host header's value.
    if (req.headers.host !== new URL(origin).host) return send(res, 421, 'text/plain; charset=utf-8', 'Wrong host');
    // A page on another origin that guesses the port may still send requests: only our own pages are answered,
    // and since no CORS header is ever sent, a preflight from elsewhere is never granted either.
    if (req.headers.origin !== undefined && req.headers.origin !== origin) return send(res, 403, 'text/plain; charset=utf-8', 'Requests from another origin are refused');
    const url = new URL(req.url ?? '/', origin);
    const pathname = decodedPath(url.pathname);
    if (pathname === null) return send(res, 400, 'text/plain; charset=utf-8', 'The address is not valid percent-encoding');
    if (pathname.startsWith(apiPrefix)) return handleApi(req, res, pathname.slice(apiPrefix.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    serveStatic(res, pathname);
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, channel: string) {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Use POST');
    const given = Buffer.from(String(req.headers[tokenHeader] ?? ''));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return sendJson(res, 401, { ok: false, error: { code: 'FORBIDDEN', message: 'This request did not carry the bridge token.' } });
    }
    const body = await readBody(req);
    if (body === null) {
      return sendJson(res, 413, { ok: false, error: { code: 'INVALID_INPUT', message: `The request is larger than the bridge accepts (${maxBodyBytes / 1024 / 1024} MB); nothing was changed.` } });
    }
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body) : {};
    } catch (error) {
      return sendJson(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: `The request body is not valid JSON (${(error as Error).message}).` } });
    }
    sendJson(res, 200, await options.dispatch(channel, input));
  }

  function serveStatic(res: http.ServerResponse, pathname: string) {
    const root = options.staticDir;
    if (!root) return send(res, 404, 'text/plain; charset=utf-8', 'The renderer is not built: run npm run build:renderer');
    const relative = path.normalize(pathname).replace(/^([/\\])+/, '');
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
  const listening = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${listening.port}`;
  return {
    url: `${origin}/?token=${encodeURIComponent(token)}`,
    origin,
    listening,
    token,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** The path with its percent-escapes decoded, or null when they are malformed (decodeURIComponent would throw). */
function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/**
 * The body as text, or null when it is over the limit. An oversized body is read to its end and dropped rather
 * than cut off, so the client receives the refusal instead of a reset connection (only a token holder gets here).
 */
function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => resolve(size > maxBodyBytes ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: Result<unknown>) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

function send(res: http.ServerResponse, status: number, type: string, body: string) {
  // Refused before its body was read: the rest of that body is still on the connection, so a client must not
  // reuse it for its next request (that one would meet a reset); the unread body is drained and dropped.
  const unread = !res.req.complete;
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...(unread ? { connection: 'close' } : {}) });
  res.end(body);
  if (unread) res.req.resume();
}
