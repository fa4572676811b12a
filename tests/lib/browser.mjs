// Headless Debian Chromium driven by playwright-core (never a downloaded browser), serving
// the portal page's static bundle (web/bundle.mjs) from a temporary directory under a
// sub-path (/portal/), the way a portal embeds it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { buildBundle } from '../../web/bundle.mjs';
import { createServer, listen } from '../../web/serve.mjs';
import { dist, root } from './paths.mjs';

export const artefacts = path.join(root, 'test-results');

// The fixed clock of the tests: deadlines stay inside the calendar's years (2024-2026).
export const NOW = '2025-03-06T10:00:00+08:00';

export async function startPage() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yushen-portal-'));
  const index = buildBundle(path.join(dir, 'portal'), { engineDir: dist, warn: () => {} });
  const server = createServer(dir);
  const port = await listen(server, 0, '127.0.0.1');
  const browser = await chromium.launch({
    executablePath: process.env.YUSHEN_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  fs.mkdirSync(artefacts, { recursive: true });
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}/portal/`,
    dir: path.join(dir, 'portal'),
    index,
    browser,
    /** A fresh context (own localStorage) and page at the fixed clock; every request is recorded. */
    async open({ template = 'examples/public-place-hygiene-license', viewport = { width: 1000, height: 900 }, hash = true } = {}) {
      const context = await browser.newContext({ viewport, locale: 'zh-CN' });
      const page = await context.newPage();
      const requests = [];
      const problems = [];
      page.on('request', (request) => requests.push({ url: request.url(), method: request.method() }));
      page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
      page.on('pageerror', (error) => problems.push(error.message));
      await page.clock.setFixedTime(new Date(NOW));
      await page.goto(hash ? `${origin}/portal/#${template}` : `${origin}/portal/`);
      await page.waitForSelector('body[data-ready]', { timeout: 30000 });
      return { context, page, requests, problems };
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

// Small files whose bytes say what they are (the page sniffs content, not names).
export const fileBytes = {
  pdf: () => Buffer.from('%PDF-1.7\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n3 0 obj <</Type /Page /Parent 2 0 R>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n'),
  jpeg: (salt = 0) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]), Buffer.alloc(2000, salt), Buffer.from([0xff, 0xd9])]),
  png: () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(1200, 7)]),
};
