// Reads the official JSON Schema Test Suite: test files per draft and the remotes map.
import fs from 'node:fs';
import path from 'node:path';
import { suite } from './paths.mjs';

export const REMOTE_BASE = 'http://localhost:1234/';

export function suiteFiles(draft) {
  const dir = path.join(suite, 'tests', draft);
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => ({
    name: f,
    groups: JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')),
  }));
}

// { "http://localhost:1234/x.json": "<text>" } for every file under remotes/.
export function remotes() {
  const base = path.join(suite, 'remotes');
  const out = {};
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.json')) out[REMOTE_BASE + path.relative(base, full).split(path.sep).join('/')] = fs.readFileSync(full, 'utf8');
    }
  };
  walk(base);
  return out;
}

export const remotesDir = path.join(suite, 'remotes');
