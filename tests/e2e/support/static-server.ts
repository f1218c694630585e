// Serves a production build the way a static host would, and can be stopped and restarted on the same
// port (same origin, same service worker) so tests can cut the network for real or swap in a new build.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
};

/** Files that must never be cached by the browser, or updates would not be seen. */
const NO_CACHE = new Set(['/sw.js', '/index.html', '/manifest.webmanifest']);

export class StaticServer {
  private server: Server | null = null;
  private port = 0;
  readonly requests: string[] = [];

  constructor(private root: string) {}

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(root = this.root): Promise<void> {
    this.root = resolve(root);
    const server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      this.requests.push(path);
      let file = normalize(join(this.root, path));
      if (!file.startsWith(this.root)) {
        res.writeHead(403).end();
        return;
      }
      if (!existsSync(file) || statSync(file).isDirectory()) file = join(this.root, 'index.html');
      const served = `/${file.slice(this.root.length + 1)}`;
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': NO_CACHE.has(served) ? 'no-cache' : 'public, max-age=31536000, immutable',
      });
      createReadStream(file).pipe(res);
    });
    await new Promise<void>((done) => server.listen(this.port, '127.0.0.1', done));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  }
}
