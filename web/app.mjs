// First portal page: validates what the user types against a sample form schema, entirely
// in the browser with the WASM core. (The real template-driven page is issue #7.)
import { load } from '/dist/index.mjs';

const sampleSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: '申请人信息',
  type: 'object',
  required: ['姓名', '联系电话'],
  properties: {
    姓名: { type: 'string', minLength: 2, maxLength: 20 },
    联系电话: { type: 'string', pattern: '^1[3-9][0-9]{9}$' },
    年龄: { type: 'integer', minimum: 18, maximum: 120 },
    经营场所面积: { type: 'number', exclusiveMinimum: 0 },
  },
  additionalProperties: false,
};
const sampleInstance = { 姓名: '张', 联系电话: '1380013800', 年龄: 17 };

const text = {
  'zh-CN': { valid: '预审通过:没有发现问题。', invalid: (n) => `发现 ${n} 个问题,请一次改正:`, badSchema: '表单规则无法使用:' },
  en: { valid: 'Pre-check passed: no problems found.', invalid: (n) => `${n} problem(s) found; fix them all at once:`, badSchema: 'The form rules cannot be used: ' },
};

const $ = (id) => document.getElementById(id);
const schemaBox = $('schema');
const instanceBox = $('instance');
const result = $('result');
const localeSelect = $('locale');
schemaBox.value = JSON.stringify(sampleSchema, null, 2);
instanceBox.value = JSON.stringify(sampleInstance, null, 2);

const yushen = await load();
let compiled = null;

function compile() {
  const words = text[localeSelect.value];
  if (compiled) compiled.dispose();
  compiled = null;
  try {
    compiled = yushen.compileSchema(schemaBox.value);
    $('schema-status').textContent = '';
  } catch (error) {
    $('schema-status').textContent = words.badSchema + error.message + ` (${error.code})`;
  }
}

function check() {
  const words = text[localeSelect.value];
  if (!compiled) return;
  let outcome;
  try {
    outcome = compiled.validate(instanceBox.value, { locale: localeSelect.value });
  } catch (error) {
    result.dataset.state = 'error';
    result.textContent = `${error.message} (${error.code})`;
    return;
  }
  result.replaceChildren();
  if (outcome.valid) {
    result.dataset.state = 'valid';
    result.textContent = words.valid;
    return;
  }
  result.dataset.state = 'invalid';
  const heading = document.createElement('p');
  heading.textContent = words.invalid(outcome.errors.length);
  const list = document.createElement('ul');
  for (const error of outcome.errors) {
    const item = document.createElement('li');
    item.dataset.code = error.code;
    const where = document.createElement('code');
    where.textContent = error.instancePath || '/';
    item.append(where, ' ', error.message);
    list.append(item);
  }
  result.append(heading, list);
}

let timer = 0;
const later = (fn) => () => {
  clearTimeout(timer);
  timer = setTimeout(fn, 150);
};
schemaBox.addEventListener('input', later(() => { compile(); check(); }));
instanceBox.addEventListener('input', later(check));
localeSelect.addEventListener('change', () => { document.documentElement.lang = localeSelect.value; check(); });
compile();
check();
