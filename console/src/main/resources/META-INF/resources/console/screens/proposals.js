// The unit's inbox, outbox and overdue lists with the council's actions, and the tracker of one proposal.
import * as api from '../api.js';
import {button, clear, field, h, input, link, table} from '../dom.js';
import {date, dateTime, dueDate, label, number, t} from '../i18n.js';
import {badge, emptyRow, heading, participantText, voteFields} from './common.js';

function waitingDays(since) {
    return since ? Math.floor((Date.now() - new Date(since).getTime()) / 86400000) : 0;
}

/** The due date of the stay, or a dash (with its meaning for screen readers) when the arrival recorded none. */
function dueCell(dueAt) {
    return h('span', dueAt ? {class: 'due-date'} : {class: 'due-date muted', title: t('dueUnknown'),
        'aria-label': t('dueUnknown')}, dueDate(dueAt));
}

function summaryRow(item, actions) {
    return h('tr', {'data-proposal': item.proposalId},
        h('td', {}, link('#/proposals/' + encodeURIComponent(item.proposalId), item.proposalId)),
        h('td', {}, label(item.awardType)),
        h('td', {}, participantText(item.participant)),
        h('td', {}, item.proposerUnit),
        h('td', {}, item.pendingAt ?? ''),
        h('td', {}, date(item.pendingSince), ' ', h('span', {class: 'muted'},
            '(' + number(waitingDays(item.pendingSince)) + ' ' + t('daysThere') + ')')),
        h('td', {class: 'deadline'}, dueCell(item.dueAt), ' ',
            item.overdue ? h('span', {class: 'overdue'}, '⚠ ' + t('overdue')) : t('onTime')),
        h('td', {}, badge(item.status)),
        actions ? h('td', {}, actions) : null);
}

/** The council's actions on a proposal pending at its unit (P3), with the words that name each. */
const ACTIONS = {forward: 'forward', return: 'giveBack', reject: 'reject', approve: 'approve'};

const HEADERS = () => [t('proposal'), t('awardType'), t('nominee'), t('proposer'), t('pendingAt'),
    t('pendingSince'), t('deadline'), t('status')];

/** The form of one council action; what it posts is built by `body` from its own fields. */
function actionForm(item, kind, ctx, panel) {
    const fields = [];
    let body;
    if (kind === 'forward' || kind === 'approve') {
        const vote = voteFields();
        const remarks = input('remarks');
        const decision = input('decisionId', {required: true,
            value: `qd-${ctx.account.unitId}-${new Date().toISOString().slice(0, 10).replaceAll('-', '')}`});
        if (kind === 'approve') fields.push(field(t('decisionId'), decision));
        fields.push(vote.element);
        if (kind === 'forward') fields.push(field(t('remarks'), remarks));
        body = () => kind === 'approve' ? {decisionId: decision.value.trim(), vote: vote.value()}
            : {vote: vote.value(), remarks: remarks.value.trim() || null};
    } else {
        const reason = h('textarea', {name: 'reason', rows: 2, required: true});
        fields.push(field(t('reason'), reason));
        if (kind === 'return') {
            const missing = h('textarea', {name: 'missingItems', rows: 3});
            fields.push(field(t('missingItems'), missing));
            body = () => ({reason: reason.value.trim(),
                missingItems: missing.value.split('\n').map(line => line.trim()).filter(Boolean)});
        } else {
            body = () => ({reason: reason.value.trim()});
        }
    }
    const form = h('form', {class: 'card', id: 'action-form', 'data-action': kind},
        h('h2', {}, t(ACTIONS[kind]) + ' · ' + item.proposalId), fields,
        h('div', {class: 'actions'}, h('button', {type: 'submit'}, t('confirm')),
            button(t('cancel'), () => clear(panel), {class: 'secondary'})));
    form.addEventListener('submit', async event => {
        event.preventDefault();
        try {
            const answer = await api.post(`/api/proposals/${encodeURIComponent(item.proposalId)}/${kind}`, body());
            const state = answer.body;
            ctx.go('#/inbox', `${t('saved')} ${item.proposalId}: ${label(state.status)}`
                + (state.status === 'PENDING' ? ` → ${state.pendingAt}` : ''));
        } catch (error) {
            ctx.fail(error);
        }
    });
    clear(panel, form);
    form.querySelector('input, textarea')?.focus();
}

async function section(title, path, ctx, withActions, panel) {
    const page = await api.get(path, {size: 100});
    const rows = page.items.map(item => summaryRow(item, withActions ? h('div', {class: 'actions'},
        Object.keys(ACTIONS).map(kind => button(t(ACTIONS[kind]), () => actionForm(item, kind, ctx, panel),
            {class: kind === 'forward' || kind === 'approve' ? '' : 'secondary', 'data-action': kind})))
        : null));
    const headers = HEADERS();
    if (withActions) headers.push(t('actions'));
    return [h('h2', {}, title), table(headers, rows.length ? rows : emptyRow(headers.length), title)];
}

export async function inboxScreen(main, params, ctx) {
    const unit = encodeURIComponent(ctx.account.unitId);
    const panel = h('div', {id: 'action-panel'});
    const council = ctx.has('COUNCIL');
    const parts = await Promise.all([
        section(t('inbox.title'), `/api/units/${unit}/inbox`, ctx, council, panel),
        section(t('outbox.title'), `/api/units/${unit}/outbox`, ctx, false, panel),
        section(t('overdue.title'), `/api/units/${unit}/overdue`, ctx, false, panel),
    ]);
    clear(main, heading(t('nav.inbox') + ' · ' + (ctx.account.unit?.name ?? ctx.account.unitId)),
        h('div', {id: 'inbox'}, parts[0]), panel, h('div', {id: 'outbox'}, parts[1]), h('div', {id: 'overdue'}, parts[2]));
}

export async function trackerScreen(main, [proposalId], ctx) {
    const tracker = await api.get('/api/proposals/' + encodeURIComponent(proposalId));
    const p = tracker.proposal;
    clear(main, heading(t('tracker.title') + ' · ' + p.proposalId),
        h('section', {class: 'card'},
            h('p', {}, badge(p.status), ' ', label(p.awardType), ' · ', participantText(p.participant)),
            h('p', {}, t('proposer') + ': ' + p.proposerUnit),
            p.status === 'PENDING' ? h('p', {}, t('pendingAt') + ': ' + p.pendingAt + ' · ' + t('pendingSince') + ' '
                + date(p.pendingSince) + ' · ' + t('dueBy') + ' ', dueCell(p.dueAt),
                p.overdue ? h('span', {class: 'overdue'}, ' ⚠ ' + t('overdue')) : null) : null,
            p.decisionId ? h('p', {}, t('decisionId') + ': ' + p.decisionId) : null),
        h('h2', {}, t('route')),
        h('ol', {class: 'timeline', id: 'timeline'}, tracker.route.map(hop => h('li', {'data-action': hop.action},
            h('strong', {}, label(hop.action)), ' · ', hop.fromUnit,
            hop.toUnit ? ' → ' + hop.toUnit : '',
            h('div', {class: 'when'}, dateTime(hop.at) + ' · ' + t('by') + ' ' + (hop.actor ?? '')
                + ' · ' + number(hop.daysThere) + ' ' + t('daysThere')
                + (hop.dueAt ? ' · ' + t('dueBy') + ' ' + dueDate(hop.dueAt) : '')),
            hop.remarks ? h('div', {}, hop.remarks) : null))));
}
