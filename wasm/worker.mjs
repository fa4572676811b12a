// The Web Worker side of client.mjs (loadInWorker): loads the core in the worker and answers
// requests { id, op, args } with { id, result } or { id, error }. Runs as a module worker in
// browsers and as a worker_threads worker in Node. Compiled objects stay in the worker; the
// page holds their numbers.
import { load } from './index.mjs';

const isNode = typeof process === 'object' && process.versions != null && process.versions.node != null;
const port = isNode ? (await import('node:worker_threads')).parentPort : self;
const listen = (fn) => (isNode ? port.on('message', fn) : port.addEventListener('message', (event) => fn(event.data)));

let yushen = null;
const objects = new Map();
let nextObject = 1;
// What a page may call on each kind of object (nothing else crosses).
const methods = {
  template: new Set(['check', 'checkText', 'checkField']),
  schema: new Set(['validate', 'validateText']),
  rule: new Set(['run', 'runText']),
};

function keep(kind, object) {
  const id = nextObject++;
  objects.set(id, { kind, object });
  return id;
}

const ops = {
  async load(options) {
    yushen = await load(options || {});
    return yushen.version;
  },
  compile: (template) => keep('template', yushen.compile(template)),
  compileSchema: (schema, options) => keep('schema', yushen.compileSchema(schema, options)),
  compileRule: (rule, context) => keep('rule', yushen.compileRule(rule, context)),
  validate: (schema, instance, options) => yushen.validate(schema, instance, options),
  loadLocale: (locale, pack) => yushen.loadLocale(locale, pack).then(() => null),
  hasLocale: (locale) => yushen.hasLocale(locale),
  call(id, method, args) {
    const held = objects.get(id);
    if (!held) throw Object.assign(new Error('this object was disposed'), { code: 'api.disposed' });
    if (!methods[held.kind].has(method)) throw new Error(`no method ${method}`);
    return held.object[method](...args);
  },
  dispose(id) {
    const held = objects.get(id);
    if (held) held.object.dispose();
    objects.delete(id);
    return null;
  },
};

listen(async ({ id, op, args }) => {
  try {
    if (!ops[op]) throw new Error(`no operation ${op}`);
    port.postMessage({ id, result: await ops[op](...args) });
  } catch (error) {
    port.postMessage({
      id,
      error: { name: error.name, code: error.code || 'api.worker', message: error.message, params: error.params || {}, path: error.path || '' },
    });
  }
});
// Listening now (the Node port was imported asynchronously): tell the page it may send.
port.postMessage({ id: 0, ready: true });
