// TypeScript declarations for wasm/client.mjs (checks in a Web Worker): see yushen.d.ts.
export { loadInWorker } from './yushen.js';
export type { WorkerYushen, WorkerOptions } from './yushen.js';
