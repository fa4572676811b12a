// The region picker for fields marked "x-widget": "region" (format cn-region-code): nobody
// knows their county's 6-digit code, so the province, prefecture and county are chosen by
// name and fill the code into the field's text box; a code typed there selects its names.
// The names are forms/regions/cn-regions.json (scripts/gen_region_codes.mjs: the same
// divisions as the core's code table), or cn-regions.zh-TW.json on a zh-TW page (the same
// tree in traditional characters), each fetched once and only by a form with such a field.
// Until it arrives, or if it cannot be fetched, the text box works alone: the picker is an
// aid, the code in the box is what is checked and submitted.
import { freshId, h } from './dom.mjs';

const trees = new Map();  // names file -> Promise of its tree: [[code, name, children?], …]

export function loadRegions(file = 'cn-regions.json') {
  if (!trees.has(file)) {
    const url = new URL(`../forms/regions/${file}`, import.meta.url);
    trees.set(file, fetch(url)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${url}: HTTP ${response.status}`))))
      .then((data) => data.regions));
  }
  return trees.get(file);
}

/** The nodes from the province down to `code`, or null when the tree does not have it. */
export function regionPath(tree, code) {
  for (const province of tree) {
    if (province[0] === code) return [province];
    if (province[0].slice(0, 2) !== code.slice(0, 2)) continue;
    for (const prefecture of province[2] || []) {
      if (prefecture[0] === code) return [province, prefecture];
      for (const county of prefecture[2] || []) if (county[0] === code) return [province, prefecture, county];
    }
  }
  return null;
}

/**
 * Three labelled selects that write the chosen division's code into `input` (as typing would:
 * an input event, then a change event, so the field is checked as completed). Returns the
 * group element; it stays hidden until the names have loaded.
 */
export function regionPicker(input, words, tree = loadRegions(words.regionNames)) {
  const note = h('p', { class: 'hint', id: freshId('region-note') }, words.regionPicker);
  const levels = words.regionLevels.map((name) => {
    const id = freshId('region');
    const select = h('select', { id, 'aria-describedby': note.id });
    return { select, box: h('div', { class: 'region-level' }, h('label', { for: id }, name), select), nodes: [] };
  });
  const group = h('div', { class: 'region-picker', role: 'group', 'aria-describedby': note.id, hidden: true },
    note, h('div', { class: 'region-levels' }, levels.map((level) => level.box)));

  // A division's name; in English, a province's English name before the Chinese one.
  const label = (node) => (words.provinceNames?.[node[0]] ? `${words.provinceNames[node[0]]} ${node[1]}` : node[1]);
  // Level k offers `nodes` (none: the level is hidden), with `chosen` selected.
  const offer = (k, nodes, chosen = '') => {
    const level = levels[k];
    level.nodes = nodes;
    level.select.replaceChildren(h('option', { value: '' }, words.choose),
      ...nodes.map((node) => h('option', { value: node[0], selected: node[0] === chosen }, label(node))));
    level.box.hidden = nodes.length === 0;
  };
  const showPath = (top, path) => {
    offer(0, top, path?.[0]?.[0]);
    for (let k = 1; k < levels.length; k++) offer(k, path?.[k - 1]?.[2] || [], path?.[k]?.[0]);
  };
  const write = (code) => {
    if (input.value === code) return;
    input.value = code;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    if (code) input.dispatchEvent(new Event('change', { bubbles: true }));
  };

  tree.then((top) => {
    showPath(top, regionPath(top, input.value.trim()));
    levels.forEach((level, k) => level.select.addEventListener('change', () => {
      const node = level.nodes.find((n) => n[0] === level.select.value);
      for (let j = k + 1; j < levels.length; j++) offer(j, j === k + 1 && node ? node[2] || [] : []);
      // A division with nothing below it is the answer; above that the code is not known yet.
      write(node && !node[2] ? node[0] : '');
    }));
    input.addEventListener('input', () => {
      const path = regionPath(top, input.value.trim());
      if (path) showPath(top, path);
    });
    group.hidden = false;
  }).catch(() => { /* no names: the text box alone */ });
  return group;
}
