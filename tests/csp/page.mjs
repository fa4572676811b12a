// Runs the npm package in the page and in a Web Worker under the CSP of page.html, and writes
// what happened to window.__result for tests/node/csp.test.mjs.
import { load, loadInWorker } from '/dist/index.mjs';

const violations = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));

async function run() {
  const result = {};
  try {
    eval('1');  // eslint-disable-line no-eval -- proves the CSP is in force
    result.evalAllowed = true;
  } catch (error) {
    result.evalAllowed = false;
  }
  const template = await (await fetch('/forms/examples/public-place-hygiene-license.json')).text();
  const yushen = await load({ locales: ['en'] });  // the en pack is fetched under the CSP too
  const checker = yushen.compile(template);
  result.field = checker.checkField('/form/mobile', '1381234567', null, null, 'en').issues.map((i) => i.code);
  result.decision = checker.check({ form: {} }, null, 'en').decision;
  result.valid = yushen.validate({ maxLength: 3 }, { toJSON: () => '张三🙂' }).valid;
  checker.dispose();
  const remote = await loadInWorker({ locales: ['en'] });
  const remoteChecker = await remote.compile(template);
  result.workerField = (await remoteChecker.checkField('/form/mobile', '1381234567', null, null, 'en')).issues.map((i) => i.code);
  remote.terminate();
  result.violations = violations.filter((v) => !v.startsWith('script-src eval'));
  return result;
}

run().then((result) => { window.__result = result; }, (error) => { window.__result = { error: `${error.name}: ${error.message}` }; })
  .finally(() => { document.getElementById('state').textContent = 'done'; });
