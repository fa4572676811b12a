// `npm start`: builds the portal page's static bundle (web/bundle.mjs) and serves that
// directory as plain files — exactly what a portal would copy and host; the server has no
// page logic. Every response carries the CSP the page is written for (no eval, no inline
// script or style; wasm compilation allowed). Binds to 127.0.0.1; PORT (default 8080, or
// the next free port), HOST and PORTAL_DIR (bundle directory, default build/portal) may be set.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundle } from './bundle.mjs';

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

const types = {
  '.html': 'text/html; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',  // else the glue falls back and downloads it twice
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The file under `dir` a URL path names, or null (outside the directory, or undecodable). */
export function resolveRequest(dir, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (decoded.endsWith('/')) decoded += 'index.html';
  const file = path.resolve(dir, '.' + decoded);
  if (!file.startsWith(dir + path.sep)) return null;  // no escaping the bundle
  return file;
}

/** A static file server for a built bundle directory. */
export function createServer(dir) {
  const base = path.resolve(dir);
  return http.createServer((req, res) => {
    const file = resolveRequest(base, req.url || '/');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      res.end();
      return;
    }
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': types[path.extname(file)] || 'application/octet-stream',
      'cache-control': 'no-cache',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
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
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const dir = path.resolve(process.env.PORTAL_DIR || path.join(root, 'build', 'portal'));
  const index = buildBundle(dir);
  const host = process.env.HOST || '127.0.0.1';
  const port = await listen(createServer(dir), Number(process.env.PORT || 8080), host);
  console.log(`yushen portal page: http://${host}:${port}/  (bundle ${dir}, ${index.templates.length} templates)`);
}
