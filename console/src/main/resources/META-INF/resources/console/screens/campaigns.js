// Campaigns: the list, one plan with its cascade, registrations, reviews and quota bars, and one review's results
// with rating entry and nominee selection.
import * as api from '../api.js';
import {button, clear, field, h, input, link, select, table} from '../dom.js';
import {date, label, number, t} from '../i18n.js';
import {badge, emptyRow, heading, pager, participantText} from './common.js';

const AWARD_TYPES = ['CERTIFICATE_OF_MERIT', 'ADVANCED_WORKER', 'ADVANCED_COLLECTIVE', 'GRASSROOTS_EMULATION_FIGHTER',
    'MINISTERIAL_OR_PROVINCIAL_COMMENDATION', 'EMULATION_FLAG', 'EXCELLENT_COLLECTIVE', 'PROVINCIAL_EMULATION_FIGHTER',
    'PRIME_MINISTER_COMMENDATION', 'LABOUR_ORDER_3', 'LABOUR_ORDER_2', 'LABOUR_ORDER_1', 'CULTURAL_STANDARD_TITLE'];
const RATINGS = ['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'];

export function awardTypeChoices(withAny) {
    return (withAny ? [['', t('any')]] : []).concat(AWARD_TYPES.map(type => [type, label(type)]));
}

const campaignPath = id => '/api/campaigns/' + encodeURIComponent(id);

export async function campaignsScreen(main, params, ctx) {
    const list = h('div', {id: 'campaign-list'});
    async function show(pageNumber) {
        const page = await api.get('/api/campaigns', {page: pageNumber, size: 50});
        const rows = page.items.map(c => h('tr', {'data-campaign': c.campaignId},
            h('td', {}, link('#/campaigns/' + encodeURIComponent(c.campaignId), c.planNumber)),
            h('td', {}, c.title), h('td', {}, c.issuerId),
            h('td', {}, date(c.period.from) + ' – ' + date(c.period.to)), h('td', {}, badge(c.status))));
        const headers = [t('planNumber'), t('title'), t('issuer'), t('period'), t('status')];
        clear(list, table(headers, rows.length ? rows : emptyRow(headers.length)),
            pager(page, next => show(next).catch(ctx.fail)));
    }
    await show(0);
    clear(main, heading(t('campaigns.title')), list);
}

function treeNode(node) {
    const p = node.progress;
    return h('li', {'data-campaign': node.campaignId},
        h('span', {class: 'node'}, link('#/campaigns/' + encodeURIComponent(node.campaignId), node.planNumber),
            h('span', {}, node.issuerId), badge(node.status),
            h('span', {class: 'muted'}, `${number(p.registrations)} ${t('registrationsCount')} · `
                + `${number(p.evaluatedInLatestReview)} ${t('evaluated')} · `
                + `${number(p.concludedReviews)}/${number(p.scheduledReviews)} ${t('reviewsDone')}`),
            h('meter', {min: 0, max: Math.max(p.scheduledReviews, 1), value: p.concludedReviews,
                'aria-label': t('progress') + ' ' + node.planNumber})),
        node.children.length ? h('ul', {}, node.children.map(treeNode)) : null);
}

async function quotaSection(campaignId) {
    let quota;
    try {
        quota = await api.get(campaignPath(campaignId) + '/quota');
    } catch (error) {
        return null; // only the deciding units and those above them see the quota of a plan
    }
    const rows = quota.items.map(item => h('tr', {},
        h('td', {}, label(item.awardType), ' · ', label(item.targetKind)),
        h('td', {class: 'num'}, number(item.used) + ' / ' + number(item.limit)),
        h('td', {}, h('meter', {min: 0, max: Math.max(item.limit, 1), value: item.used, high: item.limit * 0.9,
            'aria-label': label(item.awardType) + ': ' + item.used + '/' + item.limit})),
        h('td', {class: 'num'}, number(item.free)),
        h('td', {}, item.reserved.map(share => h('div', {},
            `${share.category}: ${number(share.used)}/${number(share.reserved)} `,
            h('meter', {min: 0, max: Math.max(share.reserved, 1), value: share.used,
                'aria-label': t('reserved') + ' ' + share.category}))))));
    return [h('h2', {}, t('quota')), table([t('awardType'), t('used'), t('progress'), t('free'), t('reserved')],
        rows.length ? rows : emptyRow(5))];
}

function openReviewForm(campaignId, ctx) {
    const id = input('reviewId', {required: true});
    const kind = select('kind', ['PERIODIC', 'PRELIMINARY', 'FINAL'].map(k => [k, label(k)]), 'FINAL');
    const year = input('year', {type: 'number', required: true, value: new Date().getFullYear()});
    const title = input('title');
    const form = h('form', {class: 'card fields', id: 'open-review-form'},
        field(t('reviewId'), id), field(t('kind'), kind), field(t('year'), year), field(t('title'), title),
        h('button', {type: 'submit'}, t('open') + ' ' + t('review').toLowerCase()));
    form.addEventListener('submit', async event => {
        event.preventDefault();
        try {
            await api.post(campaignPath(campaignId) + '/reviews', {reviewId: id.value.trim(), kind: kind.value,
                year: Number(year.value), title: title.value.trim() || null});
            ctx.go(`#/campaigns/${encodeURIComponent(campaignId)}/reviews/${encodeURIComponent(id.value.trim())}`);
        } catch (error) {
            ctx.fail(error);
        }
    });
    return form;
}

export async function campaignScreen(main, [campaignId], ctx) {
    const [details, tree, registrations, opened] = await Promise.all([api.get(campaignPath(campaignId)),
        api.get(campaignPath(campaignId) + '/tree'), api.get(campaignPath(campaignId) + '/registrations', {size: 500}),
        api.get(campaignPath(campaignId) + '/reviews')]);
    const c = details.campaign;
    const registrationRows = registrations.items.map(r => h('tr', {},
        h('td', {}, r.registrationId), h('td', {}, participantText(r.participant)), h('td', {}, r.category ?? ''),
        h('td', {}, r.commitments.join('; ')), h('td', {}, badge(r.status)),
        h('td', {}, label(r.latestRating)), h('td', {}, date(r.registeredAt))));
    clear(main, heading(c.planNumber + ' · ' + c.title),
        h('p', {}, t('issuer') + ': ' + c.issuerId + ' · ' + t('period') + ': ' + date(c.period.from) + ' – '
            + date(c.period.to) + ' · ', badge(c.status)),
        h('h2', {}, t('tree')), h('ul', {class: 'tree', id: 'campaign-tree'}, treeNode(tree)),
        h('h2', {}, t('reviews')),
        h('ul', {}, details.schedule.map(s => h('li', {}, label(s.kind) + ' ' + s.year + (s.title ? ' · ' + s.title : '')))),
        h('ul', {id: 'review-links'}, opened.reviews.map(r => h('li', {'data-review': r.reviewId},
            link(`#/campaigns/${encodeURIComponent(campaignId)}/reviews/${encodeURIComponent(r.reviewId)}`,
                t('review') + ' ' + r.reviewId),
            ' · ' + label(r.kind) + ' ' + r.year + (r.title ? ' · ' + r.title : '') + ' ', badge(r.status)))),
        ctx.has('OFFICER') ? openReviewForm(campaignId, ctx) : null,
        h('h2', {}, t('registrations')),
        table([t('registrationId'), t('participant'), t('category'), t('commitments'),
            t('status'), t('latestRating'), t('registeredAt')], registrationRows.length ? registrationRows : emptyRow(7)),
        await quotaSection(campaignId));
}

export async function reviewScreen(main, [campaignId, reviewId], ctx) {
    const base = campaignPath(campaignId) + '/reviews/' + encodeURIComponent(reviewId);
    const [review, registrations] = await Promise.all([api.get(base),
        api.get(campaignPath(campaignId) + '/registrations', {size: 500})]);
    const open = review.status === 'OPEN';
    const council = ctx.has('COUNCIL');
    const distribution = RATINGS.map(r => h('li', {}, label(r) + ': ' + number(review.distribution[r] ?? 0)));
    const rated = new Map(review.evaluations.map(e => [e.registrationId, e]));

    const rateRows = registrations.items.filter(r => r.status === 'ACTIVE').map(r => {
        const rating = select('rating', RATINGS.map(x => [x, label(x)]), rated.get(r.registrationId)?.rating ?? 'GOOD',
            {'aria-label': t('rating') + ' ' + r.registrationId});
        const remarks = input('remarks', {'aria-label': t('remarks') + ' ' + r.registrationId});
        const save = button(t('rate'), async () => {
            try {
                await api.post(base + '/evaluations', {registrationId: r.registrationId, rating: rating.value,
                    remarks: remarks.value.trim() || null});
                ctx.go(location.hash, t('saved') + ' ' + r.registrationId + ': ' + label(rating.value));
            } catch (error) {
                ctx.fail(error);
            }
        });
        return h('tr', {}, h('td', {}, r.registrationId), h('td', {}, participantText(r.participant)),
            h('td', {}, label(rated.get(r.registrationId)?.rating)), h('td', {}, rating), h('td', {}, remarks),
            h('td', {}, save));
    });

    const picks = review.evaluations.map(e => {
        const chosen = input('nominate', {type: 'checkbox', 'aria-label': t('nominate') + ' ' + e.registrationId});
        const type = select('awardType', awardTypeChoices(false), 'ADVANCED_WORKER',
            {'aria-label': t('awardType') + ' ' + e.registrationId});
        return {e, chosen, type};
    });
    const concludeForm = h('form', {class: 'card', id: 'conclude-form'}, h('h2', {}, t('nominees')),
        table([t('nominate'), t('participant'), t('rating'), t('awardType')], picks.map(p => h('tr', {},
            h('td', {}, p.chosen), h('td', {}, participantText(p.e.participant)), h('td', {}, label(p.e.rating)),
            h('td', {}, p.type)))),
        h('button', {type: 'submit'}, t('conclude')));
    concludeForm.addEventListener('submit', async event => {
        event.preventDefault();
        try {
            await api.post(base + '/conclude', {nominees: picks.filter(p => p.chosen.checked)
                .map(p => ({registrationId: p.e.registrationId, awardType: p.type.value}))});
            ctx.go(location.hash, t('saved'));
        } catch (error) {
            ctx.fail(error);
        }
    });

    const nomineeRows = review.nominees.map(n => {
        const path = [campaignId, reviewId, n.registrationId, n.awardType].map(encodeURIComponent).join('/');
        return h('tr', {'data-registration': n.registrationId},
            h('td', {}, participantText(n.participant)), h('td', {}, label(n.awardType)), h('td', {}, label(n.rating)),
            h('td', {}, n.eligibilityRoute ?? ''),
            h('td', {}, h('div', {class: 'actions'},
                ctx.has('OFFICER') ? link('#/propose/' + path, t('propose'), {'data-action': 'propose'}) : null,
                council ? link('#/decide/' + path, t('decide'), {'data-action': 'decide'}) : null)));
    });

    clear(main, heading(t('review.title') + ' · ' + (review.title ?? (label(review.kind) + ' ' + review.year))),
        h('p', {}, link('#/campaigns/' + encodeURIComponent(campaignId), campaignId), ' · ', badge(review.status)),
        h('h2', {}, t('distribution')), h('ul', {}, distribution),
        open && council ? [h('h2', {}, t('evaluations')), table([t('registrationId'), t('participant'),
            t('latestRating'), t('rating'), t('remarks'), t('actions')], rateRows.length ? rateRows : emptyRow(6))] : null,
        open && council && picks.length ? concludeForm : null,
        !open ? [h('h2', {}, t('nominees')), table([t('participant'), t('awardType'), t('rating'), t('eligibility'),
            t('actions')], nomineeRows.length ? nomineeRows : emptyRow(5))] : null);
}
