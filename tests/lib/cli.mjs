// Runs the native CLI with JSON Lines on stdin and returns its output lines.
import { spawnSync } from 'node:child_process';
import { cli } from './paths.mjs';

export function runCli(args, stdinLines = []) {
  const input = stdinLines.length ? stdinLines.join('\n') + '\n' : '';
  const result = spawnSync(cli, args, { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw result.error;
  const lines = result.stdout.split('\n').filter((line) => line.length > 0);
  return { status: result.status, lines, stderr: result.stderr };
}
