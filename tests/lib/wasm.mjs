// Loads the WASM package from the build output (build/wasm/dist), with the zh-TW and en locale
// packs installed (the .wasm carries zh-CN only), so every report goes through the packs.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { dist } from './paths.mjs';

export const ALL_LOCALES = ['zh-TW', 'en'];

export async function loadYushen() {
  const module = await import(pathToFileURL(path.join(dist, 'index.mjs')).href);
  return module.load({ locales: ALL_LOCALES });
}
