/**
 * A small static server for the browser bench, serving what a CDN would for
 * one corpus: the app build at /, that size's ingest output at /data/, and
 * optionally Pagefind's output at /pagefind/. It gzips text, JSON and .bin
 * (level 9, as the bundle table counts; cached so the CPU cost is paid once),
 * passes already-gzipped files (Pagefind's pf_* and wasm) through untouched,
 * sets Cache-Control as ARCHITECTURE.md recommends, and answers unknown paths
 * with index.html (the SPA fallback). `sent` logs each response's bytes on
 * the wire (headers + body, from the socket's own count): the bench's byte
 * figures, exact whatever the browser's accounting misses (worker scripts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

export interface Sent {
  path: string;
  /** Response bytes written to the socket: status line, headers, body. */
  bytes: number;
}

export interface Served {
  url: string;
  sent: Sent[];
  close(): Promise<void>;
}

/** A same-origin page with no app on it, for Pagefind's own test. */
export const BLANK_PATH = '/__blank.html';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.bin': 'application/octet-stream',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.bin']);
/** Content-hashed names (data/<family>-<hash>/, assets/x-<hash>.js, Pagefind's pf_* files) never change. */
const IMMUTABLE =
  /^\/(data\/[a-z][a-z0-9]*-[0-9a-f]{10}\/|assets\/|pagefind\/(index|fragment|filter)\/|pagefind\/.*\.pf_meta$)/;

export async function serve(roots: {
  app: string;
  data: string;
  pagefind?: string | undefined;
  /**
   * Answer every page of the app with this file of the app build (e.g. `404.html`,
   * the SPA shell) instead of its prerendered page: for serving the app over data
   * it was not prerendered from.
   */
  shell?: string | undefined;
}): Promise<Served> {
  const gzipped = new Map<string, Buffer>();
  const sent: Sent[] = [];

  /** Maps a URL path to a file under one of the roots; null if none (or it escapes its root). */
  const fileFor = (path: string): string | null => {
    const mounts: [string, string | undefined][] = [
      ['/data/', roots.data],
      ['/pagefind/', roots.pagefind],
      ['/', roots.app],
    ].map(([prefix, root]) => [prefix!, root && resolve(root)]);
    for (const [prefix, root] of mounts) {
      if (!path.startsWith(prefix)) continue;
      if (!root) return null;
      const file = normalize(join(root, path.slice(prefix.length)));
      if (!file.startsWith(root + sep) && file !== root) return null;
      // As static hosts do: /articles/x → articles/x.html, /articles/x/ → articles/x/index.html.
      for (const candidate of [file, `${file}.html`, join(file, 'index.html')]) {
        if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
      }
      return null;
    }
    return null;
  };

  const send = (
    res: ServerResponse,
    status: number,
    body: Buffer,
    headers: Record<string, string>,
  ) => {
    // Keep-alive sockets serve one response at a time, so the socket's count grows by this one's bytes.
    const socket = res.socket!;
    const before = socket.bytesWritten;
    const path = new URL(res.req.url ?? '/', 'http://x').pathname;
    res.once('finish', () => sent.push({ path, bytes: socket.bytesWritten - before }));
    res.writeHead(status, { ...headers, 'Content-Length': String(body.length) });
    res.end(body);
  };

  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === BLANK_PATH) {
      send(res, 200, Buffer.from('<!doctype html><title>blank</title>'), {
        'Content-Type': TYPES['.html']!,
      });
      return;
    }
    // Unknown data files are a 404 (the app must see them missing); other paths get the SPA.
    let file = fileFor(path);
    if (!file && (path.startsWith('/data/') || path.startsWith('/pagefind/'))) {
      send(res, 404, Buffer.from('not found'), { 'Content-Type': 'text/plain' });
      return;
    }
    file ??= join(roots.app, 'index.html');
    if (roots.shell && extname(file) === '.html' && !path.startsWith('/data/')) {
      file = join(roots.app, roots.shell);
    }
    const ext = extname(file);
    const raw = readFileSync(file);
    const headers: Record<string, string> = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': IMMUTABLE.test(path)
        ? 'public, max-age=31536000, immutable'
        : path === '/favicon.svg'
          ? 'public, max-age=86400'
          : 'no-cache',
    };
    const alreadyGzip = raw[0] === 0x1f && raw[1] === 0x8b;
    const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (!COMPRESSIBLE.has(ext) || alreadyGzip || !accepts) {
      send(res, 200, raw, headers);
      return;
    }
    let body = gzipped.get(file);
    if (!body) {
      body = gzipSync(raw, { level: constants.Z_BEST_COMPRESSION });
      gzipped.set(file, body);
    }
    send(res, 200, body, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
  });
  server.listen(0, '127.0.0.1');
  await new Promise<void>((done, fail) => {
    server.once('listening', done);
    server.once('error', fail);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
