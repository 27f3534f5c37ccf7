// Pieces several screens share.
import {h, field, input} from '../dom.js';
import {label, t} from '../i18n.js';

export function heading(text) {
    return h('h1', {tabindex: '-1'}, text);
}

export function badge(constant) {
    return h('span', {class: 'badge ' + constant}, label(constant));
}

export function participantText(participant) {
    if (!participant) return '';
    return label(participant.kind) + ': ' + (participant.personId ?? participant.unitId)
        + (participant.personId && participant.unitId ? ' (' + participant.unitId + ')' : '');
}

/** The council vote (in favour / present / total) every decision of a council carries (DESIGN §5). */
export function voteFields() {
    const inFavour = input('inFavour', {type: 'number', min: 0, required: true, inputmode: 'numeric'});
    const present = input('present', {type: 'number', min: 0, required: true, inputmode: 'numeric'});
    const total = input('total', {type: 'number', min: 1, required: true, inputmode: 'numeric'});
    const secret = input('secretBallot', {type: 'checkbox'});
    return {
        element: h('fieldset', {class: 'fields'}, h('legend', {}, t('vote')),
            field(t('vote.inFavour'), inFavour), field(t('vote.present'), present), field(t('vote.total'), total),
            field(t('vote.secret'), secret, {inline: true})),
        value: () => ({inFavour: Number(inFavour.value), present: Number(present.value), total: Number(total.value),
            secretBallot: secret.checked}),
    };
}

export function emptyRow(columns) {
    return h('tr', {}, h('td', {colspan: columns, class: 'muted'}, t('none')));
}

export function pager(page, onPage) {
    const previous = h('button', {type: 'button', class: 'secondary', disabled: page.page === 0}, t('previous'));
    const next = h('button', {type: 'button', class: 'secondary',
        disabled: (page.page + 1) * page.size >= page.totalItems}, t('next'));
    previous.addEventListener('click', () => onPage(page.page - 1));
    next.addEventListener('click', () => onPage(page.page + 1));
    return h('div', {class: 'actions'}, previous,
        h('span', {class: 'muted'}, `${t('page')} ${page.page + 1} · ${page.totalItems}`), next);
}

/**
 * A date typed as dd/MM/yyyy (with an optional HH:mm), whatever the browser's own locale would show in a native
 * date picker; `isoDate` reads it back as the API's yyyy-MM-dd.
 */
export function dateInput(name, withTime = false) {
    return input(name, {inputmode: 'numeric', autocomplete: 'off', placeholder: withTime ? 'dd/mm/yyyy hh:mm' : 'dd/mm/yyyy',
        pattern: withTime ? '\\d{1,2}/\\d{1,2}/\\d{4}( \\d{1,2}:\\d{2})?' : '\\d{1,2}/\\d{1,2}/\\d{4}'});
}

export function isoDate(text) {
    const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(text.trim());
    return match ? `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}` : '';
}

/** dd/MM/yyyy [HH:mm] in the user's time zone as an instant; the start of the day when no time is given. */
export function instant(text, endOfDay = false) {
    const day = isoDate(text);
    if (!day) return null;
    const time = /(\d{1,2}):(\d{2})\s*$/.exec(text.trim());
    const [y, m, d] = day.split('-').map(Number);
    const at = time ? new Date(y, m - 1, d, Number(time[1]), Number(time[2]))
        : new Date(y, m - 1, endOfDay ? d + 1 : d);
    return at.toISOString();
}
