// Elements are built with createElement and text nodes only: data from the API never becomes markup.

let fieldIds = 0;

/** h('td', {class: 'num'}, 'x', childNode) — attributes starting with "on" are not allowed (the CSP forbids them). */
export function h(tag, attributes, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
        if (value === false || value === null || value === undefined) continue;
        element.setAttribute(name, value === true ? '' : String(value));
    }
    append(element, children);
    return element;
}

function append(element, children) {
    for (const child of children.flat(Infinity)) {
        if (child === null || child === undefined || child === false) continue;
        element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
}

/** A labelled form control: every input has its label (WCAG 1.3.1). */
export function field(label, control, options = {}) {
    if (!control.id) control.id = 'f' + (++fieldIds);
    return h('div', {class: options.inline ? 'field inline' : 'field'},
        options.inline ? [control, h('label', {for: control.id}, label)] : [h('label', {for: control.id}, label), control]);
}

export function input(name, attributes = {}) {
    return h('input', {name, ...attributes});
}

export function select(name, choices, selected, attributes = {}) {
    return h('select', {name, ...attributes},
        choices.map(([value, text]) => h('option', {value, selected: value === selected}, text)));
}

export function button(text, action, attributes = {}) {
    const element = h('button', {type: 'button', ...attributes}, text);
    element.addEventListener('click', action);
    return element;
}

export function link(href, text, attributes = {}) {
    return h('a', {href, ...attributes}, text);
}

export function table(headers, rows, caption) {
    return h('table', {},
        caption ? h('caption', {class: 'sr-only'}, caption) : null,
        h('thead', {}, h('tr', {}, headers.map(title => h('th', {scope: 'col'}, title)))),
        h('tbody', {}, rows));
}

export function clear(element, ...children) {
    element.replaceChildren();
    append(element, children);
    return element;
}
