// The materials checklist: what applies in the applicant's situation (from the report's
// material statuses), a file picker per material whose files are identified by content and
// hashed in the browser (files.mjs), "defer (容缺)" / "replace by commitment (告知承诺)" where
// the template allows it, with the due date, and the commitment letter to sign.
import { freshId, h } from './dom.mjs';
import { describeFile } from './files.mjs';
import { text } from './i18n.mjs';
import { typeNames } from './sniff.mjs';

const extension = (name) => (/\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1] || '').toLowerCase();
const expectedExtensions = { pdf: 'application/pdf', ofd: 'application/ofd', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png' };

export class MaterialsView {
  /**
   * files: Map id -> [manifest entry]; modes: Map id -> 'upload' | 'defer' | 'commit';
   * signature: {signed, digest}; onChange(kind, id): something the check depends on changed.
   */
  constructor({ template, registry, files, modes, signature, onChange }) {
    this.template = template;
    this.registry = registry;
    this.files = files;
    this.modes = modes;
    this.signature = signature;
    this.onChange = onChange;
    this.tolerance = new Set(template.tolerance?.materials || []);
    this.commitment = new Set(template.commitment?.materials || []);
    this.rows = new Map();
  }

  /**
   * A due date as the applicant reads it: the date, or — when the calendar does not cover the
   * year yet and the report's due is null (check.due_date_pending) — the rule the letter states,
   * "受理之日起第 10 个工作日". Null when the policy has no deadline (告知承诺 without one).
   * kind: 'deferral' | 'commitment'.
   */
  dueText(kind, due) {
    if (due) return due;
    const policy = kind === 'deferral' ? this.template.tolerance : this.template.commitment;
    const count = policy?.deadline?.workingDays;
    return count === undefined ? null : this.words.ruleDue(count);
  }

  name(id) {
    const material = this.template.materials.find((m) => m.id === id);
    return material ? text(material.name, this.locale) : id;
  }

  render(locale, words) {
    this.locale = locale;
    this.words = words;
    this.rows.clear();
    const section = h('section', { class: 'materials', 'aria-labelledby': 'materials-title' },
      h('h2', { id: 'materials-title' }, words.materials),
      h('p', { class: 'hint' }, words.materialsIntro));
    for (const group of this.template.alternatives || []) section.append(this.renderGroup(group));
    for (const material of this.template.materials) section.append(this.renderMaterial(material));
    section.append(this.renderLetter());
    return section;
  }

  renderGroup(group) {
    const words = this.words;
    const sets = group.sets.map((set) => set.materials.map((id) => this.name(id)).join(' + ')).join(';');
    const errors = h('div', { class: 'error-message', hidden: true });
    const note = h('div', { class: 'group-note field' }, h('p', {}, h('strong', {}, text(group.name, this.locale)), ':', words.either, sets), errors);
    const first = group.sets[0]?.materials[0];
    this.registry.register(`material:${group.id}`, { wrapper: note, errors, label: text(group.name, this.locale),
      focus: () => this.rows.get(first)?.focus(), described: [] });
    return note;
  }

  renderMaterial(material) {
    const words = this.words;
    const id = freshId('material');
    const canDefer = material.importance === 'secondary' && this.tolerance.has(material.id);
    const canCommit = material.importance === 'secondary' && this.commitment.has(material.id);
    const accept = material.accept || [];
    const limits = [];
    if (accept.length) limits.push(`${words.accept}:${accept.map((t) => typeNames[t] || t).join('、')}`);
    if (material.maxFileSize) limits.push(`${words.maxSize} ${words.bytes(material.maxFileSize)}`);
    if (material.minFiles > 1) limits.push(words.minFiles(material.minFiles));
    if (material.maxFiles) limits.push(words.maxFiles(material.maxFiles));
    if (material.maxPages) limits.push(words.maxPages(material.maxPages));
    const group = (this.template.alternatives || []).find((g) => g.sets.some((set) => set.materials.includes(material.id)));
    const requirement = group ? words.inGroup(text(group.name, this.locale))
      : { required: words.required, conditional: words.conditional, optional: words.optionalMaterial }[material.requirement] || '';
    const errors = h('div', { class: 'error-message', id: `${id}-error`, hidden: true });
    const fileInput = h('input', { type: 'file', id: `${id}-file`, multiple: (material.maxFiles ?? 100) > 1,
      accept: accept.map((t) => (t === 'application/ofd' ? '.ofd,application/ofd' : t)).join(',') || null,
      'aria-describedby': `${id}-limits ${id}-error`, 'data-material': material.id });
    const list = h('ul', { class: 'file-list', 'aria-live': 'polite' });
    const busy = h('p', { class: 'busy', hidden: true }, words.reading);
    fileInput.addEventListener('change', () => this.addFiles(material, fileInput, list, busy));
    const upload = h('div', { class: 'upload' },
      h('label', { for: fileInput.id, class: 'file-label' }, words.chooseFiles, h('span', { class: 'visually-hidden' }, `:${text(material.name, this.locale)}`)),
      fileInput, busy, list);
    let how = null;
    const radios = [];
    if (canDefer || canCommit) {
      const choices = [['upload', words.uploadNow], canDefer && ['defer', words.defer], canCommit && ['commit', words.commit]].filter(Boolean);
      const current = this.modes.get(material.id) || 'upload';
      how = h('fieldset', { class: 'how' }, h('legend', {}, words.how),
        h('div', { class: 'radios' }, choices.map(([value, label], i) => {
          const radio = h('input', { type: 'radio', name: `${id}-how`, id: `${id}-how-${i}`, value, checked: value === current, 'data-material': material.id });
          radio.addEventListener('change', () => {
            this.modes.set(material.id, value);
            this.showMode(material.id);
            this.onChange('mode', material.id);
          });
          radios.push(radio);
          return h('div', { class: 'check-item' }, radio, h('label', { for: radio.id }, label));
        })));
    }
    const due = h('p', { class: 'due', hidden: true });
    const status = h('p', { class: 'status', hidden: true });
    const hint = text(material['x-hint'], this.locale);
    const wrapper = h('fieldset', { class: 'material field', id, 'data-material': material.id, 'aria-describedby': `${id}-error` },
      h('legend', {}, text(material.name, this.locale)),
      h('p', { class: 'tags' }, h('span', { class: `tag ${material.importance}` }, material.importance === 'key' ? words.key : words.secondary), ' ', requirement),
      hint ? h('p', { class: 'hint' }, hint) : null,
      h('p', { class: 'limits hint', id: `${id}-limits` }, limits.join(';')),
      status, errors, how, due, upload);
    const row = { wrapper, upload, how, due, status, fileInput, list, radios,
      focus: () => (!upload.hidden ? fileInput : radios.find((r) => r.checked) || radios[0] || fileInput) };
    this.rows.set(material.id, row);
    this.registry.register(`material:${material.id}`, { wrapper, errors, label: text(material.name, this.locale),
      focus: row.focus, described: [fileInput] });
    this.renderFiles(material, list);
    this.showMode(material.id);
    return wrapper;
  }

  showMode(id) {
    const row = this.rows.get(id);
    const mode = this.modes.get(id) || 'upload';
    row.upload.hidden = mode !== 'upload' || row.inactive === true;
  }

  async addFiles(material, input, list, busy) {
    const chosen = [...input.files];
    input.value = '';  // the same file may be chosen again after removing it
    if (chosen.length === 0) return;
    busy.hidden = false;
    const entries = await Promise.all(chosen.map(describeFile));
    busy.hidden = true;
    this.files.set(material.id, [...(this.files.get(material.id) || []), ...entries]);
    this.renderFiles(material, list);
    this.onChange('files', material.id);
  }

  renderFiles(material, list) {
    const words = this.words;
    const entries = this.files.get(material.id) || [];
    list.replaceChildren(...entries.map((entry, index) => {
      const ext = extension(entry.name);
      const disguised = expectedExtensions[ext] && expectedExtensions[ext] !== entry.type;
      const kind = typeNames[entry.type] || (entry.type === 'application/octet-stream' ? words.unknownType : entry.type);
      return h('li', { 'data-type': entry.type },
        h('span', { class: 'file-name' }, entry.name), ' ',
        h('span', { class: disguised ? 'file-type mismatch' : 'file-type' }, `${words.detected} ${kind}`, disguised ? ` (.${ext})` : ''), ' · ',
        h('span', {}, words.bytes(entry.size)),
        entry.sha256 ? h('span', { class: 'digest', title: entry.sha256 }, ` · SHA-256 ${entry.sha256.slice(0, 12)}…`) : null, ' ',
        h('button', { type: 'button', class: 'link-button', 'aria-label': `${words.remove} ${entry.name}`, onclick: () => {
          const left = (this.files.get(material.id) || []).filter((_, i) => i !== index);
          this.files.set(material.id, left);
          this.renderFiles(material, list);
          this.rows.get(material.id)?.fileInput.focus();
          this.onChange('files', material.id);
        } }, words.remove));
    }));
  }

  renderLetter() {
    const words = this.words;
    const errors = h('div', { class: 'error-message', id: 'letter-error', hidden: true });
    const sign = h('input', { type: 'checkbox', id: 'letter-sign', 'aria-describedby': 'letter-text letter-error' });
    sign.addEventListener('change', () => {
      this.signature.signed = sign.checked;
      this.signature.digest = sign.checked ? this.letterDigest : null;
      this.changedNote.hidden = true;
      this.onChange('signature');
    });
    this.signBox = sign;
    this.letterText = h('div', { class: 'letter-text', id: 'letter-text', tabindex: '0', role: 'document', 'aria-label': words.letterTitle });
    this.changedNote = h('p', { class: 'letter-changed', role: 'status', hidden: true }, words.letterChanged);
    this.letter = h('section', { class: 'letter field', 'aria-labelledby': 'letter-title', hidden: true },
      h('h3', { id: 'letter-title' }, words.letterTitle), h('p', { class: 'hint' }, words.letterIntro),
      this.letterText, this.changedNote, errors,
      h('div', { class: 'check-item' }, sign, h('label', { for: 'letter-sign' }, words.sign)));
    this.registry.register('/signature', { wrapper: this.letter, errors, label: words.letterTitle, focus: () => sign, described: [sign] });
    return this.letter;
  }

  /** After a check: what applies, due dates (from `preview`, the check as if signed), the letter. */
  update(report, preview) {
    const words = this.words;
    for (const entry of report.materials) {
      const row = this.rows.get(entry.id);
      if (!row) continue;
      row.wrapper.dataset.status = entry.status;
      row.inactive = entry.status === 'not-applicable' || entry.status === 'shared';
      row.wrapper.classList.toggle('inactive', row.inactive);
      row.status.hidden = !row.inactive;
      row.status.textContent = entry.status === 'shared' ? words.sharedStatus : entry.status === 'not-applicable' ? words.notApplicable : '';
      if (row.how) row.how.hidden = row.inactive;
      this.showMode(entry.id);
      const mode = this.modes.get(entry.id) || 'upload';
      let due = null;
      if (!row.inactive && mode === 'defer') {
        const deferred = preview.deferred.find((d) => d.material === entry.id);
        if (deferred) due = words.dueBy(this.dueText('deferral', deferred.due));
      }
      if (!row.inactive && mode === 'commit' && preview.commitments.materials.includes(entry.id)) {
        const committedDue = this.dueText('commitment', preview.commitments.due);
        due = committedDue ? words.dueBy(committedDue) : words.noDue;
      }
      row.due.hidden = !due;
      row.due.textContent = due || '';
    }
    const letter = report.commitments.letter;
    this.letterDigest = report.commitments.letterDigest;
    this.letter.hidden = !letter;
    this.letterText.replaceChildren(...letter.split('\n').map((line) => h('p', {}, line)));
    this.signBox.checked = !!letter && this.signature.signed && this.signature.digest === this.letterDigest;
  }

  /** The submission's materials manifest, deferrals and commitments. */
  manifest() {
    const materials = {};
    const deferrals = [];
    const commitments = [];
    for (const material of this.template.materials) {
      const mode = this.modes.get(material.id) || 'upload';
      const row = this.rows.get(material.id);
      // The core ignores files of a material that does not apply, so they are always listed
      // (no stale applicability here); a request for it would only draw a warning.
      if (mode === 'defer' && !row?.inactive) deferrals.push(material.id);
      else if (mode === 'commit' && !row?.inactive) commitments.push(material.id);
      else if (mode === 'upload' && (this.files.get(material.id) || []).length > 0) materials[material.id] = { files: this.files.get(material.id) };
    }
    return { materials, deferrals, commitments };
  }
}
