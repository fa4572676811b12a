// TypeScript declarations for wasm/client.mjs (checks in a Web Worker).
export { loadInWorker, WorkerYushen, WorkerOptions } from './yushen.js';
