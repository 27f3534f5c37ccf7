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
