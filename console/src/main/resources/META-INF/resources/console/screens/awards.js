// The award register: search, pages, and the whole selection as CSV or XLSX.
import * as api from '../api.js';
import {button, clear, field, h, input, select, table} from '../dom.js';
import {date, label, t} from '../i18n.js';
import {awardTypeChoices} from './campaigns.js';
import {emptyRow, heading, pager} from './common.js';

export async function awardsScreen(main, params, ctx) {
    const person = input('person');
    const unit = input('unit');
    const year = input('year', {type: 'number', min: 1945, max: 2100});
    const type = select('type', awardTypeChoices(true), '');
    const results = h('div', {id: 'register'});
    const filter = () => ({person: person.value.trim(), unit: unit.value.trim(), year: year.value, type: type.value});

    async function show(pageNumber) {
        const page = await api.get('/api/awards', {...filter(), page: pageNumber, size: 50});
        const rows = page.items.map(a => h('tr', {'data-decision': a.decisionNumber, class: a.revoked ? 'revoked' : null},
            h('td', {}, a.decisionNumber), h('td', {}, date(a.decisionDate)),
            h('td', {}, a.decidingUnitName ?? a.decidingUnit), h('td', {}, label(a.awardType)),
            h('td', {}, a.personName ? a.personName + ' (' + (a.unitName ?? a.unitId) + ')' : (a.unitName ?? a.unitId)),
            h('td', {}, a.campaignId ?? ''),
            h('td', {}, a.revoked ? h('span', {class: 'overdue'}, t('revoked') + ': ' + (a.revocationReason ?? '')) : '')));
        const headers = [t('decisionNumber'), t('decisionDate'), t('decidingUnit'), t('awardType'), t('awardee'),
            t('campaign'), t('status')];
        clear(results, table(headers, rows.length ? rows : emptyRow(headers.length), t('awards.title')),
            pager(page, next => show(next).catch(ctx.fail)));
    }

    const form = h('form', {class: 'card fields', id: 'awards-search', role: 'search'},
        field(t('person'), person), field(t('unit'), unit), field(t('year'), year), field(t('awardType'), type),
        h('button', {type: 'submit'}, t('search')),
        button(t('csv'), () => save('text/csv', 'so-khen-thuong.csv'), {class: 'secondary', id: 'download-csv'}),
        button(t('xlsx'), () => save('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'so-khen-thuong.xlsx'), {class: 'secondary', id: 'download-xlsx'}));
    form.addEventListener('submit', event => {
        event.preventDefault();
        show(0).catch(ctx.fail);
    });

    async function save(accept, fallbackName) {
        try {
            ctx.say(t('downloaded') + ': ' + await api.download('/api/awards', filter(), accept, fallbackName));
        } catch (error) {
            ctx.fail(error);
        }
    }

    await show(0);
    clear(main, heading(t('awards.title')), form, results);
}
