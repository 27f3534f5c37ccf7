// The shell: sign-in, navigation by hash route, the message live region, the language switch.
import * as api from './api.js';
import {button, clear, field, h, input, link, select} from './dom.js';
import {explainRule, language, setLanguage, t} from './i18n.js';
import {inboxScreen, trackerScreen} from './screens/proposals.js';
import {campaignScreen, campaignsScreen, reviewScreen} from './screens/campaigns.js';
import {nominationScreen} from './screens/nomination.js';
import {awardsScreen} from './screens/awards.js';
import {auditScreen} from './screens/audit.js';
import {reportScreen} from './screens/report.js';

const main = document.getElementById('main');
const messages = document.getElementById('messages');

/** Who is signed in: {username, unitId, roles, unit} once /api/me answered. */
let account = null;
/** What the screen navigated to announces once it is shown (the outcome of the action that led there). */
let flash = null;

const routes = [
    [/^#\/inbox$/, inboxScreen],
    [/^#\/campaigns$/, campaignsScreen],
    [/^#\/campaigns\/([^/]+)$/, campaignScreen],
    [/^#\/campaigns\/([^/]+)\/reviews\/([^/]+)$/, reviewScreen],
    [/^#\/(propose|decide)\/([^/]+)\/([^/]+)\/([^/]+)\/([^/]+)$/, nominationScreen],
    [/^#\/proposals\/([^/]+)$/, trackerScreen],
    [/^#\/awards$/, awardsScreen],
    [/^#\/audit$/, auditScreen],
    [/^#\/report$/, reportScreen],
];

function has(role) {
    return account !== null && account.roles.includes(role);
}

function navItems() {
    const items = [];
    if (has('OFFICER') || has('COUNCIL')) items.push(['#/inbox', 'nav.inbox']);
    items.push(['#/campaigns', 'nav.campaigns'], ['#/awards', 'nav.awards']);
    if (has('AUDITOR')) items.push(['#/audit', 'nav.audit']);
    if (has('ANALYST') || has('AUDITOR')) items.push(['#/report', 'nav.report']);
    return items;
}

function homeRoute() {
    return has('OFFICER') || has('COUNCIL') ? '#/inbox' : has('AUDITOR') ? '#/audit'
        : has('ANALYST') ? '#/report' : '#/campaigns';
}

function renderChrome() {
    document.documentElement.lang = language();
    document.title = t('brand');
    document.getElementById('brand').textContent = t('brand');
    document.getElementById('skip-link').textContent = t('skip');
    const nav = document.getElementById('nav');
    nav.setAttribute('aria-label', t('nav'));
    clear(nav, account ? navItems().map(([href, key]) =>
        link(href, t(key), {'aria-current': location.hash.startsWith(href) ? 'page' : null})) : []);
    const languages = select('language', [['vi', 'Tiếng Việt'], ['en', 'English']], language(), {id: 'language'});
    languages.addEventListener('change', () => {
        setLanguage(languages.value);
        render();
    });
    const session = document.getElementById('session');
    clear(session,
        h('label', {for: 'language'}, t('language')), languages,
        account ? h('span', {id: 'who'}, account.username + ' · ' + (account.unit?.name ?? account.unitId)) : null,
        account ? button(t('signOut'), () => {
            api.signOut();
            account = null;
            location.hash = '#/login';
            render();
        }, {class: 'secondary', id: 'sign-out'}) : null);
}

export function say(text) {
    clear(messages, h('p', {class: 'message'}, text));
}

/** A problem detail as a person reads it: the server's sentence and, in words, the rule it names. */
export function fail(error) {
    if (!(error instanceof api.ProblemError)) {
        clear(messages, h('div', {class: 'message error', role: 'alert'}, t('error.network') + ' ' + error.message));
        return;
    }
    const rule = error.problem.rule;
    const explanation = rule ? explainRule(rule) : null;
    clear(messages, h('div', {class: 'message error', role: 'alert', 'data-rule': rule ?? ''},
        h('strong', {}, t('error.title') + ': '), h('span', {class: 'detail'}, error.message),
        rule ? h('span', {class: 'explain'}, h('span', {class: 'rule'}, t('error.rule') + ' ' + rule + ': '),
            explanation ?? '') : null));
    if (error.status === 401) {
        api.signOut();
        account = null;
        location.hash = '#/login';
    }
}

function loginScreen() {
    const user = input('username', {autocomplete: 'username', required: true});
    const password = input('password', {type: 'password', autocomplete: 'current-password', required: true});
    const form = h('form', {class: 'card login', id: 'login-form'},
        h('h1', {tabindex: '-1'}, t('login.title')),
        field(t('login.user'), user), field(t('login.password'), password),
        h('p', {class: 'muted'}, t('login.hint')),
        h('button', {type: 'submit'}, t('login.submit')));
    form.addEventListener('submit', async event => {
        event.preventDefault();
        api.signIn(user.value.trim(), password.value);
        try {
            await loadAccount();
            clear(messages);
            navigate(homeRoute());
        } catch (error) {
            api.signOut();
            if (error instanceof api.ProblemError && error.status === 401) {
                clear(messages, h('div', {class: 'message error', role: 'alert'}, t('login.failed')));
            } else {
                fail(error);
            }
            password.value = '';
            password.focus();
        }
    });
    clear(main, form);
    user.focus();
}

async function loadAccount() {
    const me = await api.get('/api/me');
    let unit = null;
    try {
        unit = (await api.get('/api/units/' + encodeURIComponent(me.unitId))).unit;
    } catch (ignored) {
        // the unit's name is a nicety; the id is shown instead
    }
    account = {...me, unit};
}

const context = {
    get account() {
        return account;
    },
    has,
    say,
    fail,
    go: navigate,
};

/** To a route; to the same one again renders it afresh (after an action changed what it shows). */
function navigate(hash, note) {
    flash = note ?? null;
    if (location.hash === hash) {
        render();
    } else {
        location.hash = hash;
    }
}

async function render() {
    if (!api.signedIn()) {
        account = null;
        renderChrome();
        loginScreen();
        return;
    }
    if (!account) {
        try {
            await loadAccount();
        } catch (error) {
            fail(error);
            renderChrome();
            loginScreen();
            return;
        }
    }
    if (!location.hash || location.hash === '#/login') {
        history.replaceState(null, '', homeRoute());
    }
    renderChrome();
    const route = routes.find(([pattern]) => pattern.test(location.hash));
    if (!route) {
        history.replaceState(null, '', homeRoute());
        return render();
    }
    const params = location.hash.match(route[0]).slice(1).map(decodeURIComponent);
    clear(main, h('p', {class: 'muted'}, t('loading')));
    try {
        await route[1](main, params, context);
    } catch (error) {
        clear(main);
        fail(error);
    }
    // focus moves to the new screen's heading, so a screen reader announces where the user is
    main.querySelector('h1')?.focus();
    if (flash) {
        say(flash);
        flash = null;
    }
}

window.addEventListener('hashchange', () => {
    clear(messages);
    render();
});
render();

