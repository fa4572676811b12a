// The one-time notice (一次性告知), GOV.UK error-summary style: every problem of a full check
// once, each a link that moves focus to its field or material, the same words inline next to
// it (aria-describedby, aria-invalid); and the decision in plain words.
import { h } from './dom.mjs';

/**
 * Where issues are shown: submission pointers (/form/…, /case/…, /stage, /signature) and
 * "material:<id>".
 */
export class Registry {
  constructor() {
    this.entries = new Map();
  }

  clear() {
    this.entries.clear();
  }

  register(key, entry) {
    entry.key = key;
    entry.messages = [];
    this.entries.set(key, entry);
  }

  /** The registered place of an issue: its material, else the nearest field at or above its path. */
  locate(issue) {
    if (issue.material) return this.entries.get(`material:${issue.material}`) || null;
    let path = issue.path || '';
    const material = /^\/materials\/([^/]+)/.exec(path);
    if (material) return this.entries.get(`material:${material[1].replaceAll('~1', '/').replaceAll('~0', '~')}`) || null;
    // Deferrals and commitments are asked for per material but answered together in the
    // letter (its due dates, or the rule when the calendar has no date yet): issues about
    // the requests as a whole (check.due_date_pending) point there.
    if (/^\/(deferrals|commitments)(\/|$)/.test(path)) path = '/signature';
    while (path) {
      const entry = this.entries.get(path);
      if (entry && !entry.wrapper.closest('[hidden]')) return entry;
      path = path.slice(0, path.lastIndexOf('/'));
    }
    return null;
  }
}

function paint(entry, words) {
  if (!entry.errors) return;
  const errors = entry.messages.filter((m) => m.severity !== 'warning');
  entry.errors.replaceChildren(...entry.messages.map((m) =>
    h('p', { class: m.severity === 'warning' ? 'warning-line' : 'error-line' },
      h('span', { class: 'visually-hidden' }, m.severity === 'warning' ? words.warningPrefix : words.errorPrefix), m.message)));
  entry.errors.hidden = entry.messages.length === 0;
  entry.wrapper.classList.toggle('has-error', errors.length > 0);
  entry.wrapper.classList.toggle('has-warning', errors.length === 0 && entry.messages.length > 0);
  for (const element of entry.described) {
    if (errors.length > 0) element.setAttribute('aria-invalid', 'true');
    else element.removeAttribute('aria-invalid');
  }
}

/** Inline messages for a whole report: every place is cleared, then each issue shown at its place. */
export function showInline(registry, issues, words) {
  for (const entry of registry.entries.values()) entry.messages = [];
  for (const issue of issues) {
    const entry = registry.locate(issue);
    if (entry && !entry.messages.some((m) => m.message === issue.message)) entry.messages.push(issue);
  }
  for (const entry of registry.entries.values()) paint(entry, words);
}

/** Inline messages of one place (a field check, or a material after a file was chosen). */
export function replaceInline(registry, key, issues, words) {
  const entry = registry.entries.get(key);
  if (!entry) return;
  entry.messages = [];
  for (const issue of issues) if (!entry.messages.some((m) => m.message === issue.message)) entry.messages.push(issue);
  paint(entry, words);
}

function focusEntry(entry) {
  const target = entry.focus();
  if (!target) return;
  target.focus({ preventScroll: true });
  // The label or legend above the control should be visible too (GOV.UK does the same).
  entry.wrapper.scrollIntoView({ block: 'start' });
}

/** The error summary for a full check's issues, or hidden when there are none. */
export function renderSummary(container, registry, issues, words) {
  const problems = [];
  const warnings = [];
  const seen = new Set();
  for (const issue of issues) {
    const entry = registry.locate(issue);
    const id = `${entry ? entry.key : ''}\u0000${issue.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    (issue.severity === 'warning' ? warnings : problems).push({ issue, entry });
  }
  // The notice reads in the order of the page (GOV.UK): 不予受理 reasons first, then the
  // problems from the top of the form down to the materials; anything unplaced last.
  const rank = (severity) => (severity === 'block' ? 0 : 1);
  problems.sort((a, b) => {
    if (rank(a.issue.severity) !== rank(b.issue.severity)) return rank(a.issue.severity) - rank(b.issue.severity);
    if (!a.entry || !b.entry) return (a.entry ? 0 : 1) - (b.entry ? 0 : 1);
    if (a.entry.wrapper === b.entry.wrapper) return 0;
    return a.entry.wrapper.compareDocumentPosition(b.entry.wrapper) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
  const item = ({ issue, entry }) => {
    if (!entry) return h('li', { 'data-code': issue.code }, issue.message);
    const target = entry.focus();
    const link = h('a', { href: target?.id ? `#${target.id}` : '#', 'data-key': entry.key, 'data-code': issue.code }, issue.message);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      focusEntry(entry);
    });
    return h('li', {}, link);
  };
  container.replaceChildren();
  container.hidden = problems.length === 0 && warnings.length === 0;
  if (container.hidden) return;
  container.className = problems.length > 0 ? 'error-summary' : 'error-summary only-warnings';
  container.append(...[
    h('h2', { id: 'summary-title' }, problems.length > 0 ? words.summaryTitle(problems.length) : words.warningsTitle),
    problems.length > 0 ? h('p', {}, words.summaryIntro) : null,
    problems.length > 0 ? h('ul', { class: 'summary-list' }, problems.map(item)) : null,
    problems.length > 0 && warnings.length > 0 ? h('h3', {}, words.warningsTitle) : null,
    warnings.length > 0 ? h('ul', { class: 'summary-list warnings' }, warnings.map(item)) : null].filter(Boolean));
}

/** Marks the summary lines of a place as changed since the check (the applicant fixed it). */
export function markChanged(container, key, stillWrong, words) {
  for (const link of container.querySelectorAll('a[data-key]')) {
    if (link.dataset.key !== key) continue;
    const resolved = !stillWrong;
    link.parentElement.classList.toggle('resolved', resolved);
    const note = link.parentElement.querySelector('.resolved-note');
    if (resolved && !note) link.after(h('span', { class: 'resolved-note' }, words.fixed));
    if (!resolved && note) note.remove();
  }
}

/**
 * The decision, plainly: ready / ready with commitments (what is due when) / needs correction / ineligible (why).
 * dueText(kind, due) gives a due as read (the date, or the rule when the report's due is null).
 */
export function renderDecision(container, report, words, materialName, dueText = (kind, due) => due) {
  const lines = [];
  if (report.decision === 'ready-with-commitments') {
    const committedDue = dueText('commitment', report.commitments.due);
    for (const id of report.commitments.materials) lines.push(words.committedItem(materialName(id), committedDue));
    for (const d of report.deferred) lines.push(words.deferredItem(materialName(d.material), dueText('deferral', d.due)));
  }
  if (report.decision === 'ineligible') {
    for (const issue of report.issues) if (issue.severity === 'block') lines.push(issue.message);
  }
  container.className = `decision decision-${report.decision}`;
  container.dataset.decision = report.decision;
  container.replaceChildren(
    h('h2', { id: 'decision-title' }, words.result),
    h('p', { class: 'decision-line' }, words.decisions[report.decision] || report.decision),
    h('ul', { hidden: lines.length === 0 }, lines.map((line) => h('li', {}, line))));
  container.hidden = false;
}

export function renderFailure(container, error, words) {
  container.className = 'decision decision-failed';
  container.dataset.decision = 'failed';
  container.replaceChildren(h('h2', {}, words.result), h('p', { class: 'decision-line' }, words.checkFailed, error.message,
    error.code ? ` (${error.code})` : ''));
  container.hidden = false;
}
