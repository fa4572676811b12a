// Headless Debian Chromium driven by playwright-core (never a downloaded browser), and
// the portal page server on a free loopback port.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createServer, listen } from '../../web/serve.mjs';
import { root } from './paths.mjs';

export const artefacts = path.join(root, 'test-results');

export async function startPage() {
  const server = createServer();
  const port = await listen(server, 0, '127.0.0.1');
  const browser = await chromium.launch({
    executablePath: process.env.YUSHEN_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  fs.mkdirSync(artefacts, { recursive: true });
  return {
    url: `http://127.0.0.1:${port}/`,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
