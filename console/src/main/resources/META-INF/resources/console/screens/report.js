// The phase report: a job on the server, its progress polled, then four ECharts charts of its totals.
import * as api from '../api.js';
import {clear, field, h, input, select} from '../dom.js';
import {label, number, t} from '../i18n.js';
import {dateInput, heading, instant, isoDate} from './common.js';

const LEVELS = ['COMMUNE', 'DISTRICT', 'PROVINCE', 'MINISTRY', 'NATIONAL'];
const POLL_MILLIS = 500;

function sumBy(items, key, value) {
    const sums = new Map();
    for (const item of items) sums.set(item[key], (sums.get(item[key]) ?? 0) + Number(item[value]));
    return sums;
}

function byLevel(items) {
    return [...items].sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level));
}

function chart(id, title, option) {
    const box = h('div', {class: 'chart', id, role: 'img', 'aria-label': title});
    return {box, draw: () => {
        const instance = window.echarts.init(box);
        instance.setOption({aria: {enabled: true}, animation: false, title: {text: title, left: 'center',
            textStyle: {fontSize: 14}}, tooltip: {}, grid: {top: 50, bottom: 60, left: 60, right: 20},
            legend: {bottom: 0}, ...option});
    }};
}

function charts(report) {
    const total = report.total;
    const participation = byLevel(report.participation);
    const ratings = sumBy(total.reviews.flatMap(review => review.ratings), 'rating', 'count');
    const stays = byLevel(total.daysPerLevel);
    const awards = sumBy(total.awards, 'awardType', 'standing');
    const counts = {minInterval: 1, axisLabel: {formatter: value => number(value)}};
    const days = {axisLabel: {formatter: value => number(value, 1)}};
    return [
        chart('chart-participation', t('chart.participation'), {
            xAxis: {type: 'category', data: participation.map(p => label(p.level))}, yAxis: {type: 'value', ...counts},
            series: [
                {name: t('collective'), type: 'bar', stack: 'r', data: participation.map(p => p.registeredCollective)},
                {name: t('individual'), type: 'bar', stack: 'r', data: participation.map(p => p.registeredIndividual)},
                {name: t('plans'), type: 'line', data: participation.map(p => p.plans)}]}),
        chart('chart-ratings', t('chart.ratings'), {
            series: [{type: 'pie', radius: ['35%', '65%'], label: {formatter: '{b}: {c}'},
                data: [...ratings].filter(([, count]) => count > 0)
                    .map(([rating, count]) => ({name: label(rating), value: count}))}]}),
        chart('chart-days', t('chart.days'), {
            xAxis: {type: 'category', data: stays.map(d => label(d.level))}, yAxis: {type: 'value', ...days},
            series: [{name: t('median'), type: 'bar', data: stays.map(d => Number(d.medianDays))},
                {name: t('p95'), type: 'bar', data: stays.map(d => Number(d.p95Days))}]}),
        chart('chart-awards', t('chart.awards'), {
            grid: {top: 50, bottom: 40, left: 220, right: 20},
            yAxis: {type: 'category', data: [...awards.keys()].map(label)}, xAxis: {type: 'value', ...counts},
            series: [{name: t('standing'), type: 'bar', data: [...awards.values()]}]}),
    ];
}

async function follow(location, progress, status) {
    for (;;) {
        const answer = await api.getWithStatus(location);
        if (answer.status === 200) return answer.body;
        const job = answer.body;
        progress.max = Math.max(job.eventsTotal, 1);
        progress.value = job.eventsRead;
        status.textContent = `${t('running')}: ${number(job.eventsRead)} / ${number(job.eventsTotal)} ${t('eventsRead')}`;
        await new Promise(resolve => setTimeout(resolve, POLL_MILLIS));
    }
}

export async function reportScreen(main, params, ctx) {
    const campaigns = await api.get('/api/campaigns', {size: 500});
    const campaign = select('campaignId', campaigns.items.map(c => [c.campaignId, c.planNumber + ' · ' + c.title]), '');
    const from = dateInput('from');
    const to = dateInput('to');
    const reviewId = input('reviewId');
    const asOf = dateInput('asOf', true);
    const progress = h('progress', {max: 1, value: 0, id: 'report-progress', 'aria-label': t('running')});
    const status = h('p', {id: 'report-status', 'aria-live': 'polite'});
    const output = h('div', {class: 'charts', id: 'report-charts'});
    const form = h('form', {class: 'card fields', id: 'report-form'},
        field(t('campaign'), campaign), field(t('from'), from), field(t('to'), to), field(t('reviewId'), reviewId),
        field(t('asOf'), asOf), h('button', {type: 'submit'}, t('run')));
    form.addEventListener('submit', async event => {
        event.preventDefault();
        clear(output);
        progress.value = 0;
        try {
            const started = await api.post('/api/reports/phase', {campaignId: campaign.value, from: isoDate(from.value) || null,
                to: isoDate(to.value) || null, reviewId: reviewId.value.trim() || null, asOf: instant(asOf.value)});
            const report = await follow(started.location, progress, status);
            progress.value = progress.max;
            status.textContent = t('saved');
            const drawn = charts(report);
            clear(output, drawn.map(c => c.box));
            drawn.forEach(c => c.draw());
            output.setAttribute('data-ready', 'true');
        } catch (error) {
            ctx.fail(error);
        }
    });
    clear(main, heading(t('report.title')), form, progress, status, output);
}
