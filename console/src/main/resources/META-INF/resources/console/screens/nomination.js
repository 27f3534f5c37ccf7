// For one nominee of a concluded review: propose an award up the hierarchy (P1), or decide it within the unit's
// own authority (D1).
import * as api from '../api.js';
import {button, clear, field, h, input, select} from '../dom.js';
import {label, t} from '../i18n.js';
import {awardTypeChoices} from './campaigns.js';
import {heading, voteFields} from './common.js';

const DOCUMENT_KINDS = ['SUBMISSION', 'ACHIEVEMENT_REPORT', 'COUNCIL_MINUTES', 'INITIATIVE_CERTIFICATE'];

function shortId(prefix) {
    return prefix + '-' + api.newKey().slice(0, 8);
}

function dossierRow(kind, rows) {
    const kindSelect = select('kind', DOCUMENT_KINDS.map(k => [k, label(k)]), kind);
    const reference = input('reference', {required: true});
    const row = h('div', {class: 'fields dossier-item'}, field(t('document'), kindSelect),
        field(t('reference'), reference));
    rows.push({kindSelect, reference});
    return row;
}

export async function nominationScreen(main, [mode, campaignId, reviewId, registrationId, awardType], ctx) {
    const proposing = mode === 'propose';
    const type = select('awardType', awardTypeChoices(false), awardType);
    const id = input(proposing ? 'proposalId' : 'decisionId', {required: true,
        value: shortId(proposing ? 'dn-' + ctx.account.unitId : 'qd-' + ctx.account.unitId)});
    const documents = [];
    const dossier = h('fieldset', {id: 'dossier'}, h('legend', {}, t('dossier')),
        ['SUBMISSION', 'ACHIEVEMENT_REPORT', 'COUNCIL_MINUTES'].map(kind => dossierRow(kind, documents)));
    const addDocument = button('+ ' + t('document'), () => {
        const row = dossierRow('INITIATIVE_CERTIFICATE', documents);
        dossier.append(row);
        row.querySelector('select').focus();
    }, {class: 'secondary'});
    const vote = voteFields();
    const form = h('form', {class: 'card', id: mode + '-form'},
        field(proposing ? t('proposal') : t('decisionId'), id),
        h('p', {}, t('campaign') + ': ' + campaignId + ' · ' + t('review') + ': ' + reviewId + ' · '
            + t('registrationId') + ': ' + registrationId),
        field(t('awardType'), type),
        proposing ? [dossier, addDocument, vote.element] : null,
        h('div', {class: 'actions'}, h('button', {type: 'submit'}, t('submit'))));
    form.addEventListener('submit', async event => {
        event.preventDefault();
        try {
            if (proposing) {
                await api.post('/api/proposals', {proposalId: id.value.trim(), campaignId, reviewId, registrationId,
                    awardType: type.value, vote: vote.value(),
                    dossier: documents.map(d => ({kind: d.kindSelect.value, reference: d.reference.value.trim()}))
                        .filter(d => d.reference)});
                ctx.go('#/proposals/' + encodeURIComponent(id.value.trim()), t('saved') + ' ' + id.value.trim());
            } else {
                const answer = await api.post('/api/decisions', {decisionId: id.value.trim(), campaignId, reviewId,
                    grants: [{registrationId, awardType: type.value}]});
                ctx.go('#/awards', t('saved') + ' ' + t('decisionNumber') + ' ' + answer.body.decisionNumber);
            }
        } catch (error) {
            ctx.fail(error);
        }
    });
    clear(main, heading(proposing ? t('propose.title') : t('decide.title')), form);
}
