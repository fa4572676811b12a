// YushenError: every error the JS API throws. `code` is a stable id from the code table
// (docs/errors.md), `params` its structured parameters, `path` where in the input.
// The package holds two copies of this class — one inside index.mjs (one file), one in
// errors.mjs for client.mjs loaded on its own — so `instanceof` checks a brand shared
// through the global symbol registry, not which copy made the error.
const brand = Symbol.for('yushen.YushenError');

export class YushenError extends Error {
  constructor(code, message, params = {}, path = '') {
    super(message || code);
    this.name = 'YushenError';
    this.code = code;
    this.params = params;
    this.path = path;
    Object.defineProperty(this, brand, { value: true });
  }

  static [Symbol.hasInstance](value) {
    if (this !== YushenError) return Function.prototype[Symbol.hasInstance].call(this, value);  // a subclass: as usual
    return value != null && value[brand] === true;
  }

  static fromResult(error) {
    return new YushenError(error.code, error.message, error.params || {}, error.path || '');
  }
}
