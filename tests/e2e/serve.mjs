// A minimal static server for dist/, used by the end-to-end tests and benchmarks.
// Usage: node tests/e2e/serve.mjs [dir] [port] [base]
// `base` mounts the site under a sub-path (e.g. /okr/) to test sub-path hosting.
// Like a static host that compresses, it sends the build's precompressed `.br` or `.gz`
// copy of a file when the browser accepts it (the post-build hook writes them).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 8081);
const base = process.argv[4] ?? '/';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (!url.pathname.startsWith(base)) {
    res.writeHead(404).end('not found');
    return;
  }
  let path = normalize(join(root, decodeURIComponent(url.pathname.slice(base.length))));
  if (!path.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    const accepts = String(req.headers['accept-encoding'] ?? '');
    let body = await readFile(path);
    let encoding;
    for (const [name, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
      if (encoding || !accepts.includes(name)) continue;
      const packed = await readFile(path + suffix).catch(() => null);
      if (packed) [body, encoding] = [packed, name];
    }
    res.writeHead(200, {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      ...(encoding ? { 'content-encoding': encoding } : {}),
    });
    res.end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}${base}`));
