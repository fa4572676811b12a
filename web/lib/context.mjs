// The demo context the page checks with. A real portal supplies it after login (docs/portal.md):
// credit from the credit system, shared materials from the data-sharing platform, the applicant's
// verified name. Here: today from this device's clock, the mainland calendar shipped with the
// bundle, credit rating A and not dishonest, the applicant's name from the form.

const pad = (n) => String(n).padStart(2, '0');

/** The device's local time as RFC 3339 with its UTC offset (the core takes the date in Asia/Shanghai). */
export function localNow(date = new Date()) {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:` +
    `${pad(date.getMinutes())}:${pad(date.getSeconds())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * Freezes a JSON value all the way down and returns it. The page freezes the calendar it
 * fetched: the engine then knows it cannot change and skips comparing it on every check
 * (about 8 µs of each as-you-type check; wasm/api.mjs CalendarCache).
 */
export function deepFreeze(value) {
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) deepFreeze(value[key]);
    Object.freeze(value);
  }
  return value;
}

export function demoContext(calendar, applicantName) {
  return {
    now: localNow(),
    calendar,
    credit: { rating: 'A', dishonest: false, lastBrokenCommitment: null },
    sharedMaterials: [],
    applicant: { name: applicantName || '' },
  };
}

const NAME_KEY = /^(unitName|applicantName|companyName|entName|enterpriseName|orgName|name|applicant)$/i;
const NAME_LABEL = /申请人|申请单位|单位名称|企业名称|名称|姓名/;

/**
 * The form field that names the applicant: a top-level (or first-section) string whose key or
 * label says so, e.g. unitName "单位名称". Templates may mark it with "x-applicant": true.
 */
export function applicantPointer(schema, label) {
  const props = schema?.properties || {};
  const candidates = [];
  for (const [key, sub] of Object.entries(props)) {
    if (sub?.type === 'object' && sub.properties) {
      for (const [inner, leaf] of Object.entries(sub.properties)) candidates.push([`/${key}/${inner}`, inner, leaf, 1]);
    } else {
      candidates.push([`/${key}`, key, sub, 0]);
    }
  }
  const marked = candidates.find(([, , sub]) => sub?.['x-applicant'] === true);
  if (marked) return marked[0];
  const strings = candidates.filter(([, , sub]) => sub && (sub.type === 'string' || sub.type === undefined) && !sub.enum && !sub.format);
  const byKey = strings.find(([, key, , depth]) => depth === 0 && NAME_KEY.test(key)) || strings.find(([, key]) => NAME_KEY.test(key));
  if (byKey) return byKey[0];
  const byLabel = strings.find(([, , sub]) => NAME_LABEL.test(label(sub)));
  return byLabel ? byLabel[0] : null;
}
