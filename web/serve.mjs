// The portal page server for `npm start`: static files only (the page has no server
// logic). / and /web/* serve web/, /dist/* the WASM build, /forms/* the templates.
// Binds to 127.0.0.1; PORT (default 8080, or the next free port) and HOST may be set.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mounts = [
  ['/dist/', path.join(root, 'build', 'wasm', 'dist')],
  ['/forms/', path.join(root, 'forms')],
  ['/', path.join(root, 'web')],
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',  // else the glue falls back and downloads it twice
  '.ts': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export function resolveRequest(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  if (decoded === '/') decoded = '/index.html';
  for (const [prefix, dir] of mounts) {
    if (!decoded.startsWith(prefix)) continue;
    const file = path.resolve(dir, '.' + decoded.slice(prefix.length - 1));
    if (file !== dir && !file.startsWith(dir + path.sep)) return null;  // no escaping the mount
    return file;
  }
  return null;
}

export function createServer() {
  return http.createServer((req, res) => {
    const file = resolveRequest(req.url || '/');
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': types[path.extname(file)] || 'application/octet-stream',
      'cache-control': 'no-cache',
      // The page must work under a strict CSP: no eval, wasm allowed.
      'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'",
    });
    fs.createReadStream(file).pipe(res);
  });
}

export function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const attempt = (p, triesLeft) => {
      server.once('error', (error) => {
        if (error.code === 'EADDRINUSE' && triesLeft > 0) attempt(p + 1, triesLeft - 1);
        else reject(error);
      });
      server.listen(p, host, () => resolve(server.address().port));
    };
    attempt(port, 20);
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const host = process.env.HOST || '127.0.0.1';
  const port = await listen(createServer(), Number(process.env.PORT || 8080), host);
  console.log(`yushen portal page: http://${host}:${port}/`);
}
