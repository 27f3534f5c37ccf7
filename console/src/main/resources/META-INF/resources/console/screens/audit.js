// The audit log with its filters, and the verification of the tamper-evident chain where the server offers it.
import * as api from '../api.js';
import {button, clear, field, h, input, table} from '../dom.js';
import {dateTime, number, t} from '../i18n.js';
import {dateInput, emptyRow, heading, instant, pager} from './common.js';

async function verify(result) {
    try {
        const answer = await api.get('/api/audit/verify');
        const broken = answer.firstBroken;
        clear(result, h('p', {class: answer.intact ? 'message' : 'message error', id: 'verify-result'},
            answer.intact ? t('verify.ok') + ' (' + number(answer.verified) + ')'
                : `${t('verify.broken')} ${broken.chainPosition}: ${broken.aggregateType} ${broken.aggregateIdentifier}`
                + ` #${broken.sequenceNumber} · ${broken.reason}`));
    } catch (error) {
        if (error instanceof api.ProblemError && error.status === 404) {
            clear(result, h('p', {class: 'message', id: 'verify-result'}, t('verify.unavailable')));
        } else {
            throw error;
        }
    }
}

export async function auditScreen(main, params, ctx) {
    const unit = input('unit');
    const aggregate = input('aggregate');
    const type = input('type');
    const actor = input('actor');
    const from = dateInput('from');
    const to = dateInput('to');
    const results = h('div', {id: 'audit-log'});
    const verifyResult = h('div', {'aria-live': 'polite'});

    async function show(pageNumber) {
        const page = await api.get('/api/audit', {unit: unit.value.trim(), aggregate: aggregate.value.trim(),
            type: type.value.trim(), actor: actor.value.trim(), from: instant(from.value),
            to: instant(to.value, true), page: pageNumber, size: 50});
        const rows = page.items.map(e => h('tr', {'data-type': e.type},
            h('td', {}, dateTime(e.timestamp)), h('td', {}, e.type),
            h('td', {}, (e.aggregateType ?? '') + ' ' + (e.aggregateId ?? '')), h('td', {class: 'num'}, e.sequence ?? ''),
            h('td', {}, e.actor ?? ''), h('td', {}, e.actorUnit ?? ''), h('td', {}, e.correlationId ?? ''),
            h('td', {}, h('details', {}, h('summary', {}, t('payload')), h('pre', {class: 'payload'}, e.payload)))));
        const headers = [t('time'), t('type'), t('aggregate'), t('sequence'), t('actor'), t('unit'), t('correlation'),
            t('payload')];
        clear(results, table(headers, rows.length ? rows : emptyRow(headers.length), t('audit.title')),
            pager(page, next => show(next).catch(ctx.fail)));
    }

    const form = h('form', {class: 'card fields', id: 'audit-filter', role: 'search'},
        field(t('unit'), unit), field(t('aggregate'), aggregate), field(t('type'), type), field(t('actor'), actor),
        field(t('from'), from), field(t('to'), to), h('button', {type: 'submit'}, t('search')),
        button(t('verify'), () => verify(verifyResult).catch(ctx.fail), {class: 'secondary', id: 'verify'}));
    form.addEventListener('submit', event => {
        event.preventDefault();
        show(0).catch(ctx.fail);
    });
    await show(0);
    clear(main, heading(t('audit.title')), form, verifyResult, results);
}
