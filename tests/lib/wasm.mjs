// Loads the WASM package from the build output (build/wasm/dist).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { dist } from './paths.mjs';

export async function loadYushen() {
  const module = await import(pathToFileURL(path.join(dist, 'index.mjs')).href);
  return module.load();
}
