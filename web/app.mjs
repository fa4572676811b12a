// The portal page (docs/portal.md): pick a matter, fill its form, attach its materials, and
// pre-check it entirely in this browser with the WASM core. The page fetches only its own
// static files (the templates index, a template, the calendar, the engine) and sends nothing.
import { applicantPointer, deepFreeze, demoContext } from './lib/context.mjs';
import { h } from './lib/dom.mjs';
import { FormView } from './lib/form.mjs';
import { locales, text, ui } from './lib/i18n.mjs';
import { MaterialsView } from './lib/materials.mjs';
import { Registry, markChanged, renderDecision, renderFailure, renderSummary, replaceInline, showInline } from './lib/notice.mjs';

const here = (path) => new URL(path, import.meta.url);
const $ = (id) => document.getElementById(id);

// Preferences survive a reload; storage may be disabled (private mode, embedding): then they do not.
const prefs = {
  get(name) {
    try { return localStorage.getItem(`yushen.${name}`); } catch { return null; }
  },
  set(name, value) {
    try { localStorage.setItem(`yushen.${name}`, value); } catch { /* not persisted */ }
  },
};

const page = {
  locale: locales.includes(prefs.get('locale')) ? prefs.get('locale') : 'zh-CN',
  engine: null,
  calendar: null,
  entries: [],
  entry: null,
  template: null,
  checker: null,
  registry: new Registry(),
  values: new Map(),
  cases: new Map(),
  stage: { value: undefined },
  files: new Map(),
  modes: new Map(),
  signature: { signed: false, digest: null },
  fullCheckDone: false,
  fieldChecked: new Set(),
  fieldChecks: 0,
};

const words = () => ui(page.locale);

function announce(message) {
  const region = $('announcer');
  region.textContent = '';
  // A fresh text node after clearing makes screen readers read a repeated message again.
  setTimeout(() => { region.textContent = message; }, 50);
}

function applyChrome() {
  const w = words();
  document.documentElement.lang = page.locale;
  document.title = page.template ? `${text(page.template.title, page.locale)} — ${w.pageTitle}` : w.pageTitle;
  for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = w[element.dataset.i18n];
  $('locale').value = page.locale;
  const elder = document.documentElement.classList.contains('elder');
  $('elder').setAttribute('aria-pressed', String(elder));
  // A toggle button keeps one name; its state is aria-pressed (and the check mark CSS draws).
  $('elder').textContent = w.elder;
  const select = $('template');
  const chosen = select.value;
  select.replaceChildren(...page.entries.map((entry) => h('option', { value: entry.key }, text(entry.title, page.locale) || entry.key)));
  if (chosen) select.value = chosen;
}

// ---- the submission and the context -------------------------------------------------------

function submission() {
  const { materials, deferrals, commitments } = page.materials.manifest();
  const out = { form: page.form.value(), materials };
  if (page.template.cases?.length) {
    out.case = {};
    for (const c of page.template.cases) if (page.cases.get(c.id) !== undefined) out.case[c.id] = page.cases.get(c.id);
  }
  if (page.template.stages?.length && page.stage.value !== undefined) out.stage = page.stage.value;
  if (deferrals.length) out.deferrals = deferrals;
  if (commitments.length) out.commitments = commitments;
  if (page.signature.signed) out.signature = { signed: true, letterDigest: page.signature.digest };
  return out;
}

function applicantName() {
  const pointer = page.applicantPointer;
  if (!pointer) return '';
  const value = page.form.valueAt(`/form${pointer}`);
  return typeof value === 'string' ? value : '';
}

// A portal that embeds the page may define globalThis.yushenPortal = { context, onReport }
// in a script of its own origin loaded before app.mjs (docs/portal.md): then the context is
// the portal's (after login), not the demo one.
const portal = globalThis.yushenPortal || null;

function context() {
  if (page.portalContext) return { calendar: page.calendar, ...page.portalContext };
  return demoContext(page.calendar, applicantName());
}

// ---- checks -------------------------------------------------------------------------------

// A background check after every completed change: which fields and materials apply, the
// letter and the due dates. It shows nothing of the notice (that is the pre-check's job).
function refresh() {
  const ctx = context();
  const sub = submission();
  for (const condition of page.template.conditions || []) {
    const entry = page.registry.entries.get(condition.path);
    if (!entry) continue;
    try {
      const result = page.checker.checkField(condition.path, page.form.valueAt(condition.path), sub, ctx, page.locale);
      entry.wrapper.hidden = !result.applies;
    } catch {
      entry.wrapper.hidden = false;
    }
  }
  $('demo-context').hidden = !!page.portalContext;
  if (!page.portalContext) $('demo-context').textContent = words().demoContext(ctx.now.slice(0, 10), ctx.applicant?.name);
  let report;
  try {
    report = page.checker.check(sub, ctx, page.locale);
    // A signature binds to the letter it was given for: when the letter changes, sign again.
    if (page.signature.signed && report.commitments.letterDigest !== page.signature.digest) {
      page.signature.signed = false;
      page.signature.digest = null;
      page.materials.changedNote.hidden = false;
      report = page.checker.check(submission(), ctx, page.locale);
    }
  } catch (error) {
    renderFailure($('decision'), error, words());
    return null;
  }
  // Due dates appear once a request is accepted, which needs the signature: preview them as if signed.
  let preview = report;
  const pending = (sub.deferrals?.length || sub.commitments?.length) && !page.signature.signed;
  if (pending) {
    try {
      preview = page.checker.check({ ...sub, signature: { signed: true } }, ctx, page.locale);
    } catch { /* keep the unsigned report */ }
  }
  page.materials.update(report, preview);
  return report;
}

function onFieldCommitted(pointer) {
  const ctx = context();
  const sub = submission();
  const value = pointer.startsWith('/form/') ? page.form.valueAt(pointer) : undefined;
  let issues = [];
  try {
    if (pointer.startsWith('/form/')) {
      issues = page.checker.checkField(pointer, value, sub, ctx, page.locale).issues;
    } else {
      // Cases and the stage are not form fields: their issues come from a whole check.
      issues = page.checker.check(sub, ctx, page.locale).issues.filter((issue) => issue.path === pointer);
    }
  } catch (error) {
    renderFailure($('decision'), error, words());
    return;
  }
  page.fieldChecks += 1;
  $('matter').dataset.fieldChecks = String(page.fieldChecks);
  page.fieldChecked.add(pointer);
  replaceInline(page.registry, pointer, issues, words());
  markChanged($('summary'), pointer, issues.some((i) => i.severity !== 'warning'), words());
  const entry = page.registry.entries.get(pointer);
  if (issues.length > 0 && entry) announce(words().fieldChecked(entry.label, issues.length));
  refresh();
}

function onMaterialsChanged(kind, id) {
  const report = refresh();
  if (!report || !id) return;
  // A material's own issues show as soon as its files are chosen: the file check happens here, in the browser.
  const key = `material:${id}`;
  const issues = report.issues.filter((issue) => issue.material === id && (kind === 'files' || issue.code !== 'check.material_missing'));
  replaceInline(page.registry, key, issues, words());
  markChanged($('summary'), key, issues.some((i) => i.severity !== 'warning'), words());
  const entry = page.registry.entries.get(key);
  if (issues.length > 0 && entry) announce(words().fieldChecked(entry.label, issues.length));
}

function precheck({ moveFocus = true } = {}) {
  const report = refresh();
  if (!report) {
    if (moveFocus) $('decision').focus();
    return;
  }
  page.fullCheckDone = true;
  const w = words();
  showInline(page.registry, report.issues, w);
  renderSummary($('summary'), page.registry, report.issues, w);
  renderDecision($('decision'), report, w, (id) => page.materials.name(id), (kind, due) => page.materials.dueText(kind, due));
  const problems = report.issues.filter((issue) => issue.severity !== 'warning').length;
  // Problems first (the notice), else the decision first and any reminders after it.
  const [first, second] = problems > 0 ? [$('summary'), $('decision')] : [$('decision'), $('summary')];
  first.after(second);
  announce(`${w.checked(problems)} ${w.decisions[report.decision]}`);
  if (moveFocus) (problems > 0 ? $('summary') : $('decision')).focus();
  // The portal, not this page, decides what to do with a pre-checked submission (e.g. its own upload step).
  if (typeof portal?.onReport === 'function') {
    try { portal.onReport({ report, submission: submission(), template: page.entry.key }); } catch { /* the portal's problem */ }
  }
}

// ---- rendering ----------------------------------------------------------------------------

function renderChoice(key, title, choices, current, onPick, required) {
  const w = words();
  const name = key;
  const errors = h('div', { class: 'error-message', hidden: true });
  const inputs = choices.map((choice, i) => {
    const input = h('input', { type: 'radio', name, id: `${key.replaceAll('/', '-').slice(1)}-${i}`, value: choice.value, checked: current === choice.value });
    input.addEventListener('change', () => onPick(choice.value));
    return input;
  });
  const fieldset = h('fieldset', { class: 'field choice', 'data-path': key },
    h('legend', {}, title, required ? null : h('span', { class: 'optional' }, w.optional)), errors,
    h('div', { class: 'radios' }, inputs.map((input, i) => h('div', { class: 'check-item' }, input, h('label', { for: input.id }, choices[i].label)))));
  page.registry.register(key, { wrapper: fieldset, errors, label: title, focus: () => inputs.find((x) => x.checked) || inputs[0], described: [fieldset] });
  return fieldset;
}

function deadlineText(deadline) {
  const w = words();
  if (!deadline) return '';
  if (deadline.workingDays !== undefined) return w.workingDays(deadline.workingDays);
  if (deadline.days !== undefined) return w.days(deadline.days);
  if (deadline.months !== undefined) return w.months(deadline.months);
  return '';
}

function renderMatter() {
  const w = words();
  const t = page.template;
  const form = $('matter');
  page.registry.clear();
  form.replaceChildren();
  $('summary').hidden = true;
  $('decision').hidden = true;
  form.append(h('h2', { id: 'matter-title' }, text(t.title, page.locale)));
  if (t.timeLimit) form.append(h('p', { class: 'time-limit' }, `${w.timeLimit}:${deadlineText(t.timeLimit)}`));
  form.append(h('p', { class: 'demo-context', id: 'demo-context' }));
  if (t.cases?.length || t.stages?.length) {
    const situation = h('section', { class: 'situation', 'aria-labelledby': 'situation-title' }, h('h2', { id: 'situation-title' }, w.cases));
    for (const c of t.cases || []) {
      situation.append(renderChoice(`/case/${c.id}`, text(c.title, page.locale),
        c.options.map((o) => ({ value: o.value, label: text(o.title, page.locale) })), page.cases.get(c.id),
        (value) => { page.cases.set(c.id, value); onFieldCommitted(`/case/${c.id}`); }, c.required !== false));
    }
    if (t.stages?.length) {
      situation.append(renderChoice('/stage', w.stage, t.stages.map((s) => ({ value: s.id, label: text(s.title, page.locale) })), page.stage.value,
        (value) => { page.stage.value = value; onFieldCommitted('/stage'); }, true));
    }
    form.append(situation);
  }
  page.form = new FormView({ schema: t.form, state: page.values, registry: page.registry, onCommit: onFieldCommitted,
    onRowsChanged: (pointer, focus) => {
      rerender();
      page.registry.entries.get(focus)?.focus()?.focus();
    } });
  page.applicantPointer = applicantPointer(t.form, (schema) => text(schema?.['x-label'] ?? schema?.title, 'zh-CN'));
  form.append(page.form.render(page.locale, w));
  page.materials = new MaterialsView({ template: t, registry: page.registry, files: page.files, modes: page.modes,
    signature: page.signature, onChange: onMaterialsChanged });
  form.append(page.materials.render(page.locale, w));
  form.append(h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'precheck', class: 'primary' }, w.precheck)));
}

// A re-render (language switch, rows added) keeps what was entered and shows again what was shown.
function rerender() {
  const focused = document.activeElement?.id;
  applyChrome();
  if (!page.template) return;
  renderMatter();
  refresh();
  for (const pointer of page.fieldChecked) {
    if (!page.registry.entries.has(pointer) || !pointer.startsWith('/form/')) continue;
    try {
      const result = page.checker.checkField(pointer, page.form.valueAt(pointer), submission(), context(), page.locale);
      replaceInline(page.registry, pointer, result.issues, words());
    } catch { /* shown by the next check */ }
  }
  if (page.fullCheckDone) precheck({ moveFocus: false });
  if (focused && $(focused)) $(focused).focus();
}

// The matter a key names in the templates index, else the first one.
const entryFor = (entries, key) => entries.find((e) => e.key === key) || entries[0];
const fetchJson = async (url) => (await fetch(url)).json();

// The template the page opens with, fetched while the engine downloads (start()) instead of
// after it: one round trip and a template's bytes less before a slow phone shows the form.
let openingTemplate = null;  // { key, json: Promise }

async function chooseTemplate(key) {
  const entry = entryFor(page.entries, key);
  if (!entry) return;
  page.entry = entry;
  $('template').value = entry.key;
  if (page.checker) page.checker.dispose();
  Object.assign(page, { template: null, checker: null, fullCheckDone: false });
  for (const store of [page.values, page.cases, page.files, page.modes, page.fieldChecked]) store.clear();
  page.stage.value = undefined;
  Object.assign(page.signature, { signed: false, digest: null });
  const status = $('status');
  try {
    const prefetched = openingTemplate?.key === entry.key ? openingTemplate.json : null;
    openingTemplate = null;
    const template = await (prefetched || fetchJson(here(entry.file)));
    page.checker = page.engine.compileTemplate(template);
    page.template = template;
    page.portalContext = typeof portal?.context === 'function' ? await portal.context({ template: template.id }) : null;
    status.hidden = true;
  } catch (error) {
    status.hidden = false;
    status.textContent = `${words().compileFailed}${error.message}${error.code ? ` (${error.code})` : ''}`;
    $('matter').replaceChildren();
    return;
  }
  if (location.hash !== `#${entry.key}`) history.replaceState(null, '', `#${entry.key}`);
  applyChrome();
  renderMatter();
  refresh();
}

async function start() {
  if (prefs.get('elder') === '1') document.documentElement.classList.add('elder');
  applyChrome();
  $('locale').addEventListener('change', async () => {
    const locale = $('locale').value;
    // The engine carries zh-CN only; another language's messages are fetched first (dist/locales/).
    try {
      if (page.engine) await page.engine.loadLocale(locale);
    } catch (error) {
      $('locale').value = page.locale;
      const status = $('status');
      status.hidden = false;
      status.textContent = `${words().loadFailed}${error.message}`;
      return;
    }
    page.locale = locale;
    prefs.set('locale', page.locale);
    rerender();
  });
  $('elder').addEventListener('click', () => {
    const on = document.documentElement.classList.toggle('elder');
    prefs.set('elder', on ? '1' : '0');
    applyChrome();
  });
  $('template').addEventListener('change', () => chooseTemplate($('template').value));
  // The hash names the matter (#templates/<slug>); the skip link must not overwrite it.
  document.querySelector('.skip-link').addEventListener('click', (event) => {
    event.preventDefault();
    $('main').focus();
  });
  window.addEventListener('hashchange', () => {
    const key = decodeURIComponent(location.hash.slice(1));
    if (page.entries.some((e) => e.key === key) && key !== page.entry?.key) chooseTemplate(key);
  });
  $('matter').addEventListener('submit', (event) => {
    event.preventDefault();
    precheck();
  });
  const status = $('status');
  status.textContent = words().loading;
  try {
    const indexJson = fetchJson(here('./forms/index.json'));
    indexJson.then((index) => {
      const entry = entryFor(index.templates, decodeURIComponent(location.hash.slice(1)));
      if (!entry) return;
      openingTemplate = { key: entry.key, json: fetchJson(here(entry.file)) };
      openingTemplate.json.catch(() => {});  // a failure is reported when chooseTemplate awaits it
    }, () => {});
    const [{ load }, index, calendar] = await Promise.all([
      import('./dist/index.mjs'),
      indexJson,
      fetchJson(here('./forms/calendar/cn-mainland.json')),
    ]);
    page.engine = await load({ locales: [page.locale] });
    await page.engine.loadLocale(page.locale);  // the language may have changed while loading
    page.entries = index.templates;
    page.calendar = deepFreeze(calendar);
  } catch (error) {
    status.textContent = `${words().loadFailed}${error.message}`;
    return;
  }
  if (page.entries.length === 0) {
    status.textContent = words().noTemplates;
    return;
  }
  applyChrome();
  await chooseTemplate(decodeURIComponent(location.hash.slice(1)));
  document.body.dataset.ready = 'true';
}

start();
