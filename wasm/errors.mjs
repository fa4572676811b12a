// YushenError: every error the JS API throws. `code` is a stable id from the code table
// (docs/errors.md), `params` its structured parameters, `path` where in the input.
export class YushenError extends Error {
  constructor(code, message, params = {}, path = '') {
    super(message || code);
    this.name = 'YushenError';
    this.code = code;
    this.params = params;
    this.path = path;
  }

  static fromResult(error) {
    return new YushenError(error.code, error.message, error.params || {}, error.path || '');
  }
}
