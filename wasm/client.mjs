// Checks off the main thread: loadInWorker() starts worker.mjs and gives the same API as
// load(), with every call returning a Promise, so a check never blocks typing.
//   import { loadInWorker } from 'yushen/client.mjs';
//   const yushen = await loadInWorker();
//   const checker = await yushen.compile(template);
//   const field = await checker.checkField('/form/mobile', value);
// Works in browsers (a module Worker) and in Node 20 (worker_threads). Calls are answered in
// order; a page that checks as the user types should ignore answers older than the input.
import { YushenError } from './errors.mjs';

const isNode = typeof process === 'object' && process.versions != null && process.versions.node != null;

async function startWorker(url) {
  if (isNode) {
    const { Worker } = await import(/* @vite-ignore */ 'node:worker_threads');
    const worker = new Worker(url);
    worker.unref();  // an idle checker must not keep a Node process alive
    return {
      post: (message) => worker.postMessage(message),
      listen: (fn) => worker.on('message', fn),
      fail: (fn) => worker.on('error', fn),
      terminate: () => worker.terminate(),
    };
  }
  const worker = new Worker(url, { type: 'module' });
  return {
    post: (message) => worker.postMessage(message),
    listen: (fn) => worker.addEventListener('message', (event) => fn(event.data)),
    fail: (fn) => worker.addEventListener('error', (event) => fn(event.error || new Error(event.message))),
    terminate: () => worker.terminate(),
  };
}

class Channel {
  constructor(worker) {
    this.worker = worker;
    this.pending = new Map();
    this.next = 1;
    this.ready = new Promise((resolve, reject) => { this.pending.set(0, { resolve, reject }); });
    worker.listen(({ id, result, error }) => {
      const waiting = this.pending.get(id);
      if (!waiting) return;
      this.pending.delete(id);
      if (error) waiting.reject(new YushenError(error.code, error.message, error.params, error.path));
      else waiting.resolve(result);
    });
    worker.fail((error) => {
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    });
  }

  request(op, ...args) {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.post({ id, op, args });
    });
  }
}

// A compiled object living in the worker.
class Remote {
  constructor(channel, id) {
    this.channel = channel;
    this.id = id;
  }

  call(method, args) {
    if (!this.id) return Promise.reject(new YushenError('api.disposed', 'this object was disposed'));
    return this.channel.request('call', this.id, method, args);
  }

  dispose() {
    const id = this.id;
    this.id = 0;
    return id ? this.channel.request('dispose', id) : Promise.resolve(null);
  }
}

class RemoteTemplate extends Remote {
  check(submission, context = null, locale = 'zh-CN') { return this.call('check', [submission, context, locale]); }
  checkText(submission, context = null, locale = 'zh-CN') { return this.call('checkText', [submission, context, locale]); }
  checkField(path, value, submission = null, context = null, locale = 'zh-CN') {
    return this.call('checkField', [path, value, submission, context, locale]);
  }
}

class RemoteSchema extends Remote {
  validate(instance, options = {}) { return this.call('validate', [instance, options]); }
  validateText(instance, options = {}) { return this.call('validateText', [instance, options]); }
}

class RemoteRule extends Remote {
  run(data, options = {}) { return this.call('run', [data, options]); }
  runText(data, options = {}) { return this.call('runText', [data, options]); }
}

class WorkerYushen {
  constructor(worker, channel, version) {
    this.worker = worker;
    this.channel = channel;
    this.version = version;
  }

  async compile(template) { return new RemoteTemplate(this.channel, await this.channel.request('compile', template)); }
  compileTemplate(template) { return this.compile(template); }
  async compileSchema(schema, options = {}) {
    return new RemoteSchema(this.channel, await this.channel.request('compileSchema', schema, options));
  }
  async compileRule(rule, context = {}) { return new RemoteRule(this.channel, await this.channel.request('compileRule', rule, context)); }
  validate(schema, instance, options = {}) { return this.channel.request('validate', schema, instance, options); }
  /** Loads a locale pack in the worker: loadLocale('en'), loadLocale(pack) or loadLocale('en', pack). */
  loadLocale(locale, pack) { return this.channel.request('loadLocale', locale, pack); }
  hasLocale(locale) { return this.channel.request('hasLocale', locale); }

  /** Stops the worker; every compiled object goes with it. */
  terminate() { return this.worker.terminate(); }
}

/**
 * Starts a worker running the core. Options: workerUrl (default: worker.mjs next to this
 * file), and the options of load() that can be cloned (wasmBinary, locales).
 */
export async function loadInWorker(options = {}) {
  const worker = await startWorker(options.workerUrl || new URL('./worker.mjs', import.meta.url));
  const channel = new Channel(worker);
  await channel.ready;
  const loadOptions = options.wasmBinary ? { wasmBinary: options.wasmBinary } : {};
  if (options.locales) loadOptions.locales = options.locales;
  const version = await channel.request('load', loadOptions);
  return new WorkerYushen(worker, channel, version);
}
