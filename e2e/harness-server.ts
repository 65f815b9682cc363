/**
 * A tiny static server for the built renderer (dist/renderer) on 127.0.0.1, sending the production
 * Content-Security-Policy with every response so e2e tests run under the same policy as the app. It
 * also answers the test bridge's calls (POSTs from the page, see harness-bridge.ts).
 * The port can be asked for explicitly: the harness reuses a user-data dir's port on relaunch, because
 * IndexedDB belongs to an origin and the origin includes the port.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { contentSecurityPolicy } from '../electron/services/content-security-policy';
import type { BridgeEndpoint } from './harness-bridge';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** A running server; `origin` is `http://127.0.0.1:<port>`. */
export interface StaticServer {
  origin: string;
  port: number;
  close(): Promise<void>;
}

/** Where bridge calls go: POST `<path>/<method>` with the token header is handed to `endpoint`. */
export interface BridgeRoute {
  path: string;
  tokenHeader: string;
  endpoint: BridgeEndpoint;
}

/** Serves `root` on 127.0.0.1 at `port` (0 = any free port), and the bridge when given. */
export async function startStaticServer(root: string, port = 0, bridge?: BridgeRoute): Promise<StaticServer> {
  const absoluteRoot = path.resolve(root);
  const server = http.createServer((request, response) => {
    if (bridge && request.method === 'POST' && request.url?.startsWith(`${bridge.path}/`)) {
      void serveBridgeCall(bridge, request, response);
    } else {
      void serveFile(absoluteRoot, request, response);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function serveBridgeCall(
  bridge: BridgeRoute,
  request: http.IncomingMessage,
  response: http.ServerResponse,
) {
  const method = decodeURIComponent((request.url ?? '').slice(bridge.path.length + 1));
  if (request.headers[bridge.tokenHeader] !== bridge.endpoint.token) {
    response
      .writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' })
      .end('Refused: wrong bridge token.');
    return;
  }
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = await bridge.endpoint.handle(method, Buffer.concat(chunks).toString('utf8'));
    response.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    response.end(body);
  } catch (error) {
    response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end((error as Error).message);
  }
}

async function serveFile(root: string, request: http.IncomingMessage, response: http.ServerResponse) {
  const headers = {
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  };
  const urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
  const relative = urlPath === '/' ? 'index.html' : urlPath.replace(/^\/+/, '');
  const filePath = path.resolve(root, relative);
  // Never serve anything outside the renderer build, whatever the URL says.
  if (filePath !== root && !filePath.startsWith(root + path.sep)) {
    response.writeHead(403, headers).end('Forbidden');
    return;
  }
  try {
    const info = await stat(filePath);
    if (!info.isFile()) throw new Error('not a file');
    response.writeHead(200, {
      ...headers,
      'Content-Type': contentTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': info.size,
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(filePath).pipe(response);
  } catch {
    response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  }
}
