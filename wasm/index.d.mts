// TypeScript declarations for wasm/index.mjs (imported by path): see yushen.d.ts.
export * from './yushen.js';
