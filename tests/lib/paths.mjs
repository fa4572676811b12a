// Where the tests find the builds and the shared test data. Override with env vars when
// running against another build: YUSHEN_CLI, YUSHEN_DIST, YUSHEN_SHARED.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cli = process.env.YUSHEN_CLI || path.join(root, 'build', 'native', 'yushen');
export const dist = process.env.YUSHEN_DIST || path.join(root, 'build', 'wasm', 'dist');
export const shared = process.env.YUSHEN_SHARED || path.join(root, '..', 'shared');
export const suite = path.join(shared, 'testdata', 'json-schema-test-suite');
