// The form, rendered from the template's JSON Schema and its UI hints (x-label, x-hint,
// x-section, x-options, x-widget; docs/portal.md): sections as fieldset/legend, enums as radios
// or a select, dates as date inputs, arrays of objects as repeatable groups. What the user enters
// lives in `state` (pointer -> raw value) so a language switch re-renders without losing it.
// Checks are never run while typing: a field is "committed" on change, or on blur after an edit,
// and never during IME composition (compositionstart .. compositionend).
import { freshId, h } from './dom.mjs';
import { text } from './i18n.mjs';
import { regionPicker } from './region.mjs';

export const escapePointer = (key) => String(key).replaceAll('~', '~0').replaceAll('/', '~1');

const types = (schema) => (Array.isArray(schema?.type) ? schema.type : schema?.type ? [schema.type] : []);
const isObject = (schema) => types(schema).includes('object') || (!!schema?.properties && !schema.enum);

/** The options of an enum: `enum`, or `oneOf`/`anyOf` of consts. [{value, label}] */
function options(schema, locale) {
  const labels = schema['x-options'] || {};
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => ({ value, label: text(labels[String(value)], locale) || String(value) }));
  const alternatives = schema.oneOf || schema.anyOf;
  if (Array.isArray(alternatives) && alternatives.length > 0 && alternatives.every((a) => a && 'const' in a)) {
    return alternatives.map((a) => ({ value: a.const, label: text(labels[String(a.const)] ?? a.title, locale) || String(a.const) }));
  }
  return null;
}

// The values of an enum-like schema, or null.
function enumChoices(schema) {
  if (Array.isArray(schema.enum)) return schema.enum;
  const alternatives = schema.oneOf || schema.anyOf;
  if (Array.isArray(alternatives) && alternatives.length > 0 && alternatives.every((a) => a && 'const' in a)) return alternatives.map((a) => a.const);
  return null;
}

function widgetOf(schema) {
  const widget = schema['x-widget'];
  const kind = types(schema);
  if (kind.includes('array')) {
    const items = schema.items || {};
    if (isObject(items)) return 'rows';
    if (enumChoices(items)) return 'checkboxes';
    return 'lines';
  }
  if (kind.length === 1 && kind[0] === 'boolean') return widget === 'checkbox' ? 'checkbox' : 'boolean';
  const choices = enumChoices(schema);
  if (choices) {
    if (widget === 'select' || widget === 'radio') return widget;
    return choices.length <= 4 ? 'radio' : 'select';
  }
  if (widget === 'textarea') return 'textarea';
  if (widget === 'date' || schema.format === 'date') return 'date';
  return 'text';
}

const numeric = (schema) => types(schema).some((t) => t === 'integer' || t === 'number');

/** The raw text a user typed -> the JSON value sent to the checker (a wrong number stays text, so the schema says why). */
function convert(schema, raw) {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string') return raw;
  if (raw === '') return undefined;
  if (numeric(schema)) {
    // Chinese input methods often type full-width digits (５２０): a number is a number.
    const trimmed = raw.trim().replace(/[０-９．－＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    if (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(trimmed)) return Number(trimmed);
    return raw;
  }
  const choices = enumChoices(schema);
  if (choices) {
    const match = choices.find((value) => String(value) === raw);
    return match === undefined ? raw : match;
  }
  return raw;
}

export class FormView {
  /**
   * schema: the template's form; state: Map pointer -> raw value (kept across renders);
   * registry: where fields are registered for inline messages and summary links;
   * onCommit(pointer): a field was completed.
   */
  constructor({ schema, state, registry, onCommit, onRowsChanged }) {
    this.schema = schema || { type: 'object', properties: {} };
    this.state = state;
    this.registry = registry;
    this.onCommit = onCommit;
    this.onRowsChanged = onRowsChanged;
  }

  render(locale, words) {
    this.locale = locale;
    this.words = words;
    const container = h('div', { class: 'form-fields' });
    this.container = container;
    this.renderProperties(container, this.schema, '/form', 2);
    return container;
  }

  label(schema, key) {
    return text(schema?.['x-label'] ?? schema?.title, this.locale) || String(key);
  }

  renderProperties(parent, schema, pointer, depth) {
    const required = new Set(schema.required || []);
    for (const [key, sub] of Object.entries(schema.properties || {})) {
      if (!sub || typeof sub !== 'object') continue;
      parent.append(this.renderProperty(sub, key, `${pointer}/${escapePointer(key)}`, required.has(key), depth));
    }
  }

  renderProperty(schema, key, pointer, required, depth) {
    if (isObject(schema) && !types(schema).includes('array')) return this.renderSection(schema, key, pointer, depth);
    const widget = widgetOf(schema);
    if (widget === 'rows') return this.renderRows(schema, key, pointer, required, depth);
    if (widget === 'radio' || widget === 'boolean' || widget === 'checkboxes') return this.renderChoiceGroup(schema, key, pointer, required, widget);
    return this.renderInput(schema, key, pointer, required, widget);
  }

  renderSection(schema, key, pointer, depth) {
    const id = freshId('section');
    const legendText = text(schema['x-section'] ?? schema['x-label'] ?? schema.title, this.locale) || String(key);
    const hint = text(schema['x-hint'] ?? schema.description, this.locale);
    const hintId = hint ? `${id}-hint` : null;
    const errorId = `${id}-error`;
    const fieldset = h('fieldset', { class: `section depth-${Math.min(depth, 4)}`, id, 'data-path': pointer, 'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') },
      h('legend', {}, legendText),
      hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
      h('div', { class: 'error-message', id: errorId, hidden: true }));
    this.registry.register(pointer, {
      wrapper: fieldset, errors: fieldset.querySelector(`#${errorId}`), label: legendText,
      focus: () => fieldset.querySelector('input, select, textarea, button'), described: [],
    });
    this.renderProperties(fieldset, schema, pointer, depth + 1);
    return fieldset;
  }

  // Hint and inline message ids: the control is described by both (aria-describedby).
  decorate(schema, id) {
    const hint = text(schema['x-hint'] ?? schema.description, this.locale);
    return {
      hint: hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
      error: h('div', { class: 'error-message', id: `${id}-error`, hidden: true }),
      describedBy: [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(' '),
    };
  }

  // Completed-field detection shared by text inputs and textareas (IME-safe).
  watchTyping(control, pointer) {
    let composing = false;
    let edited = false;
    const commit = () => {
      if (composing || !edited) return;
      edited = false;
      this.onCommit(pointer);
    };
    control.addEventListener('compositionstart', () => { composing = true; });
    control.addEventListener('compositionend', () => {
      composing = false;
      edited = true;
      this.state.set(pointer, control.value);
    });
    control.addEventListener('input', (event) => {
      this.state.set(pointer, control.value);
      if (!event.isComposing && !composing) edited = true;
    });
    control.addEventListener('change', commit);
    control.addEventListener('blur', commit);
  }

  renderInput(schema, key, pointer, required, widget) {
    const id = freshId('field');
    const labelText = this.label(schema, key);
    const parts = this.decorate(schema, id);
    const raw = this.state.get(pointer);
    let control;
    if (widget === 'select') {
      control = h('select', { id, name: pointer, 'aria-describedby': parts.describedBy },
        h('option', { value: '' }, this.words.choose),
        options(schema, this.locale).map((o) => h('option', { value: String(o.value), selected: raw === String(o.value) }, o.label)));
      control.addEventListener('change', () => {
        this.state.set(pointer, control.value);
        this.onCommit(pointer);
      });
    } else if (widget === 'checkbox') {
      control = h('input', { id, name: pointer, type: 'checkbox', checked: raw === true, 'aria-describedby': parts.describedBy });
      control.addEventListener('change', () => {
        this.state.set(pointer, control.checked);
        this.onCommit(pointer);
      });
      const wrapper = h('div', { class: 'field checkbox-field', 'data-path': pointer },
        parts.error, h('div', { class: 'check-item' }, control, h('label', { for: id }, labelText)), parts.hint);
      this.registry.register(pointer, { wrapper, errors: parts.error, label: labelText, focus: () => control, described: [control] });
      return wrapper;
    } else {
      const attributes = { id, name: pointer, 'aria-describedby': parts.describedBy, value: typeof raw === 'string' ? raw : '' };
      if (required) attributes['aria-required'] = 'true';
      if (widget === 'textarea' || widget === 'lines') {
        control = h('textarea', { ...attributes, rows: 4 });
      } else {
        attributes.type = widget === 'date' ? 'date' : 'text';
        if (numeric(schema)) attributes.inputmode = types(schema).includes('integer') ? 'numeric' : 'decimal';
        const format = schema.format || '';
        if (format === 'cn-mobile' || format === 'cn-phone') { attributes.inputmode = 'tel'; attributes.autocomplete = 'tel'; }
        if (format === 'email') { attributes.inputmode = 'email'; attributes.autocomplete = 'email'; }
        if (schema['x-widget'] === 'region') { attributes.inputmode = 'numeric'; attributes.maxlength = 6; }
        if (widget === 'text' && /resident-id|uscc|mobile|phone|region|bank|passport|postal/.test(format)) attributes.spellcheck = 'false';
        control = h('input', attributes);
      }
      if (widget === 'date') {
        control.addEventListener('input', () => this.state.set(pointer, control.value));
        control.addEventListener('change', () => {
          this.state.set(pointer, control.value);
          this.onCommit(pointer);
        });
      } else {
        this.watchTyping(control, pointer);
      }
    }
    const picker = schema['x-widget'] === 'region' && control.tagName === 'INPUT' ? regionPicker(control, this.words) : null;
    const wrapper = h('div', { class: 'field', 'data-path': pointer },
      h('label', { for: id }, labelText, required ? null : h('span', { class: 'optional' }, this.words.optional)),
      parts.hint, parts.error, picker, control);
    this.registry.register(pointer, { wrapper, errors: parts.error, label: labelText, focus: () => control, described: [control] });
    return wrapper;
  }

  renderChoiceGroup(schema, key, pointer, required, widget) {
    const id = freshId('group');
    const labelText = this.label(schema, key);
    const parts = this.decorate(schema, id);
    const raw = this.state.get(pointer);
    const choices = widget === 'boolean'
      ? [{ value: true, label: this.words.yes }, { value: false, label: this.words.no }]
      : options(widget === 'checkboxes' ? schema.items : schema, this.locale);
    const multiple = widget === 'checkboxes';
    const selected = new Set(multiple ? (Array.isArray(raw) ? raw.map(String) : []) : raw === undefined ? [] : [String(raw)]);
    const inputs = choices.map((choice, i) => {
      const input = h('input', { type: multiple ? 'checkbox' : 'radio', name: pointer, id: `${id}-${i}`, value: String(choice.value),
        checked: selected.has(String(choice.value)) });
      input.addEventListener('change', () => {
        if (multiple) {
          const picked = inputs.filter((box) => box.checked).map((box) => choices[inputs.indexOf(box)].value);
          this.state.set(pointer, picked);
        } else {
          this.state.set(pointer, choice.value);
        }
        this.onCommit(pointer);
      });
      return input;
    });
    const fieldset = h('fieldset', { class: 'field choice', id, 'data-path': pointer, 'aria-describedby': parts.describedBy },
      h('legend', {}, labelText, required ? null : h('span', { class: 'optional' }, this.words.optional)),
      parts.hint, parts.error,
      h('div', { class: multiple ? 'checkboxes' : 'radios' },
        inputs.map((input, i) => h('div', { class: 'check-item' }, input, h('label', { for: input.id }, choices[i].label)))));
    this.registry.register(pointer, {
      wrapper: fieldset, errors: parts.error, label: labelText,
      focus: () => inputs.find((input) => input.checked) || inputs[0], described: [fieldset],
    });
    return fieldset;
  }

  renderRows(schema, key, pointer, required, depth) {
    const id = freshId('rows');
    const labelText = this.label(schema, key);
    const parts = this.decorate(schema, id);
    const count = this.rowCount(pointer, schema, required);
    const fieldset = h('fieldset', { class: 'section rows', id, 'data-path': pointer, 'aria-describedby': parts.describedBy },
      h('legend', {}, labelText, required ? null : h('span', { class: 'optional' }, this.words.optional)), parts.hint, parts.error);
    for (let i = 0; i < count; i++) {
      const rowPointer = `${pointer}/${i}`;
      const row = h('fieldset', { class: 'row', 'data-path': rowPointer }, h('legend', {}, this.words.row(i + 1)));
      this.renderProperties(row, schema.items, rowPointer, depth + 1);
      this.registry.register(rowPointer, { wrapper: row, errors: null, label: `${labelText} ${this.words.row(i + 1)}`,
        focus: () => row.querySelector('input, select, textarea'), described: [] });
      if (count > (schema.minItems || 0)) {
        row.append(h('button', { type: 'button', class: 'secondary', onclick: () => this.removeRow(pointer, i, count) }, this.words.removeRow));
      }
      fieldset.append(row);
    }
    if (schema.maxItems === undefined || count < schema.maxItems) {
      fieldset.append(h('button', { type: 'button', class: 'secondary', onclick: () => this.setRowCount(pointer, count + 1) }, this.words.addRow));
    }
    this.registry.register(pointer, { wrapper: fieldset, errors: parts.error, label: labelText,
      focus: () => fieldset.querySelector('input, select, textarea, button'), described: [fieldset] });
    return fieldset;
  }

  rowCount(pointer, schema, required) {
    const stored = this.state.get(`#rows${pointer}`);
    if (typeof stored === 'number') return stored;
    return Math.max(schema.minItems || 0, required ? 1 : 0);
  }

  // After adding, the focus goes to the new row; after removing, to the list.
  setRowCount(pointer, count, focus = `${pointer}/${count - 1}`) {
    this.state.set(`#rows${pointer}`, count);
    this.onRowsChanged(pointer, focus);
  }

  // Removing row i moves the state of rows i+1.. down by one.
  removeRow(pointer, index, count) {
    const prefix = `${pointer}/`;
    const moved = new Map();
    for (const [key, value] of [...this.state]) {
      if (!key.startsWith(prefix)) continue;
      this.state.delete(key);
      const rest = key.slice(prefix.length);
      const slash = rest.indexOf('/');
      const row = Number(slash < 0 ? rest : rest.slice(0, slash));
      if (row === index) continue;
      const target = row > index ? row - 1 : row;
      moved.set(`${prefix}${target}${slash < 0 ? '' : rest.slice(slash)}`, value);
    }
    for (const [key, value] of moved) this.state.set(key, value);
    this.setRowCount(pointer, count - 1, pointer);
  }

  /** The form data the submission carries. */
  value() {
    return this.collect(this.schema, '/form', true) || {};
  }

  collect(schema, pointer, required) {
    if (isObject(schema) && !types(schema).includes('array')) {
      const out = {};
      const requiredKeys = new Set(schema.required || []);
      for (const [key, sub] of Object.entries(schema.properties || {})) {
        if (!sub || typeof sub !== 'object') continue;
        const value = this.collect(sub, `${pointer}/${escapePointer(key)}`, requiredKeys.has(key));
        if (value !== undefined) out[key] = value;
      }
      // An untouched optional section is left out; a required one is sent empty so each
      // missing member is reported at its own field.
      return Object.keys(out).length > 0 || required ? out : undefined;
    }
    const widget = widgetOf(schema);
    const raw = this.state.get(pointer);
    if (widget === 'rows') {
      const count = this.rowCount(pointer, schema, required);
      const rows = [];
      for (let i = 0; i < count; i++) rows.push(this.collect(schema.items, `${pointer}/${i}`, true) || {});
      return rows.length > 0 ? rows : undefined;
    }
    if (widget === 'checkboxes') return Array.isArray(raw) && raw.length > 0 ? raw : undefined;
    if (widget === 'lines') {
      const lines = typeof raw === 'string' ? raw.split('\n').map((line) => line.trim()).filter(Boolean) : [];
      return lines.length > 0 ? lines.map((line) => convert(schema.items || {}, line)) : undefined;
    }
    if (widget === 'checkbox') return raw === true;
    return convert(schema, raw);
  }

  /** The value at one field pointer, as the checker gets it (undefined: empty). */
  valueAt(pointer) {
    let schema = this.schema;
    const segments = pointer.split('/').slice(2).map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
    for (const segment of segments) {
      if (!schema) return undefined;
      schema = types(schema).includes('array') ? schema.items : schema.properties?.[segment];
    }
    return schema ? this.collect(schema, pointer, false) : undefined;
  }
}
