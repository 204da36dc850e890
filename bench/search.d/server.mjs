// A static file server like a real host: text gzip-encoded, Pagefind's files (gzipped by
// Pagefind already) sent as they are, nothing cacheable. It logs every response body's size,
// since the browser's own resource timings miss Pagefind's web worker fetches.
// POST /__mark?name=X adds a marker to the log; POST /__done hands the page's report over.
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.txt': 'text/plain',
  '.xml': 'application/xml', '.wasm': 'application/wasm',
};
const GZIP = new Set(['.html', '.js', '.mjs', '.json', '.css', '.svg', '.txt', '.xml']);

/** Bytes a host sends for a file: gzipped (level 6, a usual default) for text, else as is. */
export function servedSize(path) {
  const body = readFileSync(path);
  return GZIP.has(extname(path)) ? gzipSync(body, { level: 6 }).length : body.length;
}

/** Starts serving root on 127.0.0.1 (a free port). Returns { url, log, waitDone, close }. */
export async function serve(root) {
  const log = [];
  const cache = new Map(); // gzip once per file: the bytes are the same, the server just quicker
  let onDone = null;
  const server = createServer((req, res) => {
    const u = new URL(req.url, 'http://x');
    if (req.method === 'POST') {
      let body = '';
      req.on('data', d => { body += d; });
      req.on('end', () => {
        res.writeHead(204).end();
        if (u.pathname === '/__mark') log.push({ mark: u.searchParams.get('name') });
        if (u.pathname === '/__done' && onDone) onDone(JSON.parse(body));
      });
      return;
    }
    let path = join(root, normalize(decodeURIComponent(u.pathname)).replace(/^(\.\.[/\\])+/, ''));
    try { if (statSync(path).isDirectory()) path = join(path, 'index.html'); } catch { /* 404 below */ }
    let entry = cache.get(path);
    if (!entry) {
      try {
        const raw = readFileSync(path);
        const ext = extname(path);
        entry = GZIP.has(ext) ? { body: gzipSync(raw, { level: 6 }), gzip: true } : { body: raw, gzip: false };
        entry.type = TYPES[ext] || 'application/octet-stream';
        cache.set(path, entry);
      } catch {
        log.push({ path: u.pathname, status: 404, bytes: 0 });
        res.writeHead(404, { 'Cache-Control': 'no-store' }).end();
        return;
      }
    }
    const headers = { 'Content-Type': entry.type, 'Content-Length': entry.body.length, 'Cache-Control': 'no-store' };
    if (entry.gzip) headers['Content-Encoding'] = 'gzip';
    res.writeHead(200, headers).end(entry.body);
    log.push({ path: u.pathname, status: 200, bytes: entry.body.length });
  });
  await new Promise(r => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    log,
    waitDone: (ms) => new Promise((resolve, reject) => {
      const t = setTimeout(() => { onDone = null; reject(new Error(`no report from the page in ${ms} ms`)); }, ms);
      onDone = report => { clearTimeout(t); onDone = null; resolve(report); };
    }),
    close: () => new Promise(r => { server.closeAllConnections?.(); server.close(r); }),
  };
}
