// The code table, docs/errors.md and wasm/codes.d.ts agree (no drift), and every code is
// documented in all three locales.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { runCli } from '../lib/cli.mjs';
import { root } from '../lib/paths.mjs';

test('docs/errors.md and wasm/codes.d.ts match the code table', () => {
  const result = spawnSync(process.execPath, ['scripts/gen_codes.mjs', '--check'], { cwd: root, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
});

test('every code has zh-CN, zh-TW and en messages', () => {
  const rows = JSON.parse(runCli(['codes']).lines[0]);
  assert.ok(rows.length > 40);
  for (const row of rows) {
    for (const locale of ['zh-CN', 'zh-TW', 'en']) assert.ok(row[locale].length > 0, `${row.id} ${locale}`);
  }
});
