// h(): build DOM elements without innerHTML (template texts are data, never markup), and the
// page-wide id counter for fields, hints and inline messages.

/** h('p', {class: 'hint', id}, 'text', child…): attributes with value false/null/undefined are left off. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value == null) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'checked' || name === 'value' || name === 'selected') element[name] = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

let counter = 0;
/** A fresh element id: ids stay ASCII whatever the field names are. */
export const freshId = (prefix) => `${prefix}-${++counter}`;
