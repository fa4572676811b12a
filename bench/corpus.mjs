// The benchmark corpus: a form-shaped 50-field schema (draft 2020-12) with valid and invalid
// ~1 KB instances in Chinese, and a 200-field schema for compile time. Deterministic: a
// seeded PRNG, no clock; `node bench/corpus.mjs` rewrites bench/corpus/ byte for byte.
// Entry points: buildCorpus() (in memory), writeCorpus(dir). Read by bench/js.mjs and
// bench/native/corpus.cc; checked by bench/js.mjs (ajv and yushen must agree on every error).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

// mulberry32: tiny, deterministic, good enough to vary test data.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---- field shapes shared by both schemas ----------------------------------------------
const defs = {
  cnName: { type: 'string', pattern: '^[\\u4e00-\\u9fa5]{2,20}$' },
  mobile: { type: 'string', pattern: '^1[3-9]\\d{9}$' },
  idNumber: { type: 'string', pattern: '^\\d{17}[\\dXx]$' },
  date: { type: 'string', format: 'date' },
  address: { type: 'string', minLength: 5, maxLength: 100 },
};
const ref = (name) => ({ $ref: `#/$defs/${name}` });
const str = (minLength, maxLength) => ({ type: 'string', minLength, maxLength });
const int = (minimum, maximum) => ({ type: 'integer', minimum, maximum });
const oneOfWords = (...words) => ({ enum: words });

const DISTRICTS = ['东城区', '西城区', '朝阳区', '海淀区', '丰台区', '石景山区', '通州区', '大兴区'];
const INDUSTRIES = ['批发和零售业', '信息传输、软件和信息技术服务业', '租赁和商务服务业', '科学研究和技术服务业'];

// The 50-field form: 企业设立登记 (company registration) with applicant, legal
// representative, enterprise, premises, contacts and a branch office required by if/then.
export function form50Schema() {
  return {
    $schema: DRAFT,
    title: '企业设立登记申请表',
    type: 'object',
    $defs: defs,
    required: ['matterCode', 'applyDate', 'channel', 'applicant', 'legalRepresentative', 'enterprise',
      'premises', 'contacts', 'agreeTerms'],
    properties: {
      matterCode: { type: 'string', pattern: '^\\d{6}-\\d{3}-\\d{3}$' },
      applyDate: ref('date'),
      channel: oneOfWords('窗口', '网上', '移动端', '自助终端'),
      remarks: str(0, 200),
      agreeTerms: { const: true },
      applicant: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'gender', 'idType', 'idNumber', 'mobile', 'address'],
        properties: {
          name: ref('cnName'),
          gender: oneOfWords('男', '女'),
          idType: oneOfWords('居民身份证', '港澳居民来往内地通行证', '台湾居民来往大陆通行证', '护照'),
          idNumber: ref('idNumber'),
          birthDate: ref('date'),
          age: int(18, 120),
          mobile: ref('mobile'),
          email: { type: 'string', format: 'email', maxLength: 64 },
          nationality: oneOfWords('中国', '其他'),
          address: ref('address'),
          postalCode: { type: 'string', pattern: '^\\d{6}$' },
          education: oneOfWords('博士研究生', '硕士研究生', '大学本科', '大学专科', '高中及以下'),
        },
      },
      legalRepresentative: {
        type: 'object',
        required: ['name', 'idNumber', 'mobile', 'position'],
        properties: {
          name: ref('cnName'),
          idNumber: ref('idNumber'),
          mobile: ref('mobile'),
          position: oneOfWords('执行董事', '董事长', '经理'),
          appointedOn: ref('date'),
          shareholding: { type: 'number', minimum: 0, maximum: 100 },
          isShareholder: { type: 'boolean' },
          telephone: { type: 'string', pattern: '^0\\d{2,3}-\\d{7,8}$' },
        },
      },
      enterprise: {
        type: 'object',
        required: ['companyName', 'companyType', 'registeredCapital', 'businessScope', 'hasBranch'],
        properties: {
          companyName: { type: 'string', minLength: 4, maxLength: 60, pattern: '(有限公司|有限责任公司|股份有限公司)$' },
          uscc: { type: 'string', pattern: '^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$' },
          registeredCapital: { type: 'number', exclusiveMinimum: 0, maximum: 1000000 },
          currency: oneOfWords('人民币', '美元', '港元'),
          industry: oneOfWords(...INDUSTRIES),
          employees: int(0, 100000),
          establishedOn: ref('date'),
          businessScope: str(10, 500),
          companyType: oneOfWords('有限责任公司（自然人独资）', '有限责任公司（自然人投资或控股）', '股份有限公司'),
          hasBranch: { type: 'boolean' },
        },
      },
      premises: {
        type: 'object',
        required: ['address', 'district', 'area', 'ownership'],
        properties: {
          address: ref('address'),
          district: oneOfWords(...DISTRICTS),
          area: { type: 'number', exclusiveMinimum: 0, maximum: 100000 },
          ownership: oneOfWords('自有', '租赁', '无偿使用'),
          leaseStart: ref('date'),
          leaseEnd: ref('date'),
          floor: int(-5, 200),
          certificateNo: { type: 'string', pattern: '^京\\(\\d{4}\\)[\\u4e00-\\u9fa5]{2,4}不动产权第\\d{7}号$' },
          usage: oneOfWords('办公', '商业', '工业', '仓储'),
        },
      },
      contacts: {
        type: 'array',
        minItems: 1,
        maxItems: 5,
        items: {
          type: 'object',
          required: ['name', 'role', 'mobile'],
          properties: {
            name: ref('cnName'),
            role: oneOfWords('联络员', '财务负责人', '办税人'),
            mobile: ref('mobile'),
            email: { type: 'string', format: 'email' },
          },
        },
      },
      branch: {
        type: 'object',
        required: ['name', 'address', 'manager', 'mobile'],
        properties: {
          name: str(4, 60),
          address: ref('address'),
          manager: ref('cnName'),
          mobile: ref('mobile'),
        },
      },
    },
    if: {
      type: 'object',
      required: ['enterprise'],
      properties: { enterprise: { type: 'object', required: ['hasBranch'], properties: { hasBranch: { const: true } } } },
    },
    then: { required: ['branch'] },
  };
}

// The 200-field schema (compile time only): 10 sections of 20 fields cycling through the
// same field shapes, each section with a required list.
export function form200Schema() {
  const kinds = [
    () => ref('cnName'), () => ref('mobile'), () => ref('idNumber'), () => ref('date'), () => ref('address'),
    () => str(1, 50), () => int(0, 1000), () => ({ type: 'number', minimum: 0 }), () => ({ type: 'boolean' }),
    () => oneOfWords('甲', '乙', '丙', '丁'), () => ({ type: 'string', pattern: '^\\d{6}$' }),
    () => ({ type: 'string', format: 'email' }),
  ];
  const properties = {};
  for (let s = 0; s < 10; s++) {
    const fields = {};
    for (let f = 0; f < 20; f++) fields[`field${s}_${f}`] = kinds[(s * 7 + f) % kinds.length]();
    properties[`section${s}`] = {
      type: 'object',
      required: Object.keys(fields).filter((_, i) => i % 3 === 0),
      properties: fields,
    };
  }
  return { $schema: DRAFT, title: '二百字段表单', type: 'object', $defs: defs, required: Object.keys(properties), properties };
}

// ---- instances ------------------------------------------------------------------------
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红';
const STREETS = ['建国路', '中关村大街', '长安街', '学院路', '望京街', '丰台路', '西直门外大街'];
const SCOPES = ['技术开发、技术咨询、技术服务；软件开发', '销售日用品、文具用品、电子产品', '企业管理咨询；市场调查；货物进出口'];

function maker(seed) {
  const r = rng(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const digits = (n) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
  const name = () => pick(SURNAMES) + pick(GIVEN) + (r() < 0.6 ? pick(GIVEN) : '');
  const mobile = () => `1${3 + Math.floor(r() * 7)}${digits(9)}`;
  const date = (y0, span) => {
    const y = y0 + Math.floor(r() * span);
    const m = 1 + Math.floor(r() * 12);
    const d = 1 + Math.floor(r() * 28);
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  };
  const address = () => `北京市${pick(DISTRICTS)}${pick(STREETS)}${1 + Math.floor(r() * 300)}号`;
  return { r, pick, digits, name, mobile, date, address };
}

const OPTIONAL = [['applicant', 'birthDate'], ['applicant', 'email'], ['applicant', 'nationality'],
  ['applicant', 'education'], ['applicant', 'postalCode'], ['legalRepresentative', 'appointedOn'],
  ['legalRepresentative', 'telephone'], ['legalRepresentative', 'shareholding'], ['enterprise', 'currency'],
  ['enterprise', 'industry'], ['enterprise', 'employees'], ['premises', 'leaseStart'], ['premises', 'leaseEnd'],
  ['premises', 'floor'], ['premises', 'usage']];

function validInstance(seed) {
  const m = maker(seed);
  const hasBranch = m.r() < 0.5;
  const doc = {
    matterCode: `${m.digits(6)}-${m.digits(3)}-${m.digits(3)}`,
    applyDate: m.date(2024, 2),
    channel: m.pick(['窗口', '网上', '移动端', '自助终端']),
    agreeTerms: true,
    applicant: {
      name: m.name(), gender: m.pick(['男', '女']), idType: '居民身份证', idNumber: `${m.digits(17)}X`,
      birthDate: m.date(1960, 40), age: 20 + Math.floor(m.r() * 50), mobile: m.mobile(),
      email: `user${m.digits(4)}@example.cn`, nationality: '中国', address: m.address(), postalCode: m.digits(6),
      education: m.pick(['博士研究生', '硕士研究生', '大学本科', '大学专科']),
    },
    legalRepresentative: {
      name: m.name(), idNumber: m.digits(18), mobile: m.mobile(), position: m.pick(['执行董事', '董事长', '经理']),
      appointedOn: m.date(2020, 5), shareholding: Math.round(m.r() * 10000) / 100, isShareholder: true,
      telephone: `010-${m.digits(8)}`,
    },
    enterprise: {
      companyName: `北京${m.pick(['华信', '中科', '汇通', '博远', '恒达'])}科技有限公司`,
      uscc: `91110${m.digits(13)}`, registeredCapital: 100 + Math.floor(m.r() * 5000), currency: '人民币',
      industry: m.pick(INDUSTRIES), employees: Math.floor(m.r() * 200), establishedOn: m.date(2024, 2),
      businessScope: m.pick(SCOPES), companyType: '有限责任公司（自然人投资或控股）', hasBranch,
    },
    premises: {
      address: m.address(), district: m.pick(DISTRICTS), area: Math.round(m.r() * 50000) / 100,
      ownership: '租赁', leaseStart: m.date(2024, 1), leaseEnd: m.date(2027, 3), floor: 1 + Math.floor(m.r() * 30),
      certificateNo: `京(${2015 + Math.floor(m.r() * 9)})朝阳区不动产权第${m.digits(7)}号`, usage: '办公',
    },
    contacts: [
      { name: m.name(), role: '联络员', mobile: m.mobile(), email: `ll${m.digits(3)}@example.cn` },
      { name: m.name(), role: '财务负责人', mobile: m.mobile() },
    ],
  };
  if (hasBranch) doc.branch = { name: '北京分公司', address: m.address(), manager: m.name(), mobile: m.mobile() };
  // Optional fields are left blank about half the time, as on real forms.
  for (const [section, field] of OPTIONAL) if (m.r() < 0.5) delete doc[section][field];
  return doc;
}

// Each invalid instance is a valid one with 2-6 of these mistakes (what applicants make).
const MISTAKES = [
  (d) => { d.applicant.name = '张'; },                         // cnName pattern
  (d) => { d.applicant.mobile = '12345678901'; },              // mobile pattern
  (d) => { d.channel = '邮寄'; },                               // enum
  (d) => { d.applicant.age = 16; },                            // minimum
  (d) => { delete d.legalRepresentative.idNumber; },           // required
  (d) => { d.applyDate = '2024/13/45'; },                      // format date
  (d) => { d.enterprise.hasBranch = true; delete d.branch; },  // if/then
  (d) => { d.contacts[1].mobile = '1381234'; },                // array item pattern
  (d) => { d.applicant.wechat = 'zhangsan'; },                 // additionalProperties
  (d) => { d.enterprise.uscc = '91110IOZ0000000000'; },        // uscc pattern
  (d) => { d.enterprise.businessScope = '技术服务'; },           // minLength
  (d) => { d.premises.area = 0; },                             // exclusiveMinimum
  (d) => { d.agreeTerms = false; },                            // const
  (d) => { d.legalRepresentative.telephone = '01012345678'; }, // telephone pattern
];

function invalidInstance(seed) {
  const doc = validInstance(seed);
  const r = rng(seed * 31 + 7);
  const count = 2 + Math.floor(r() * 5);
  const chosen = new Set();
  while (chosen.size < count) chosen.add(Math.floor(r() * MISTAKES.length));
  for (const i of [...chosen].sort((a, b) => a - b)) MISTAKES[i](doc);
  return doc;
}

function form200Instance(seed) {
  const m = maker(seed);
  const schema = form200Schema();
  const gen = {
    cnName: () => m.name(), mobile: () => m.mobile(), idNumber: () => m.digits(18), date: () => m.date(2000, 20),
    address: () => m.address(),
  };
  const doc = {};
  for (const [section, sub] of Object.entries(schema.properties)) {
    doc[section] = {};
    for (const [field, s] of Object.entries(sub.properties)) {
      let v;
      if (s.$ref) v = gen[s.$ref.split('/').pop()]();
      else if (s.enum) v = m.pick(s.enum);
      else if (s.type === 'integer') v = Math.floor(m.r() * 1000);
      else if (s.type === 'number') v = Math.round(m.r() * 1e5) / 100;
      else if (s.type === 'boolean') v = m.r() < 0.5;
      else if (s.pattern) v = m.digits(6);
      else if (s.format === 'email') v = `u${m.digits(5)}@example.cn`;
      else v = '备注信息';
      doc[section][field] = v;
    }
  }
  return doc;
}

export const COUNT = 16;

export function buildCorpus() {
  const lines = (docs) => docs.map((d) => JSON.stringify(d)).join('\n') + '\n';
  const seeds = Array.from({ length: COUNT }, (_, i) => 1000 + i);
  return {
    'form50.schema.json': JSON.stringify(form50Schema()),
    'form50.valid.jsonl': lines(seeds.map(validInstance)),
    'form50.invalid.jsonl': lines(seeds.map(invalidInstance)),
    'form200.schema.json': JSON.stringify(form200Schema()),
    'form200.valid.jsonl': lines([form200Instance(1)]),
  };
}

export function writeCorpus(dir) {
  mkdirSync(dir, { recursive: true });
  const files = buildCorpus();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'corpus');
  const files = writeCorpus(dir);
  for (const [name, text] of Object.entries(files)) {
    const lines = text.trimEnd().split('\n');
    const bytes = lines.map((l) => Buffer.byteLength(l));
    const avg = Math.round(bytes.reduce((a, b) => a + b, 0) / bytes.length);
    console.log(`${name.padEnd(22)} ${lines.length} document(s), ${avg} bytes each (avg)`);
  }
}
