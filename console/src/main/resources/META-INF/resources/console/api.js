// The JSON API of DESIGN §8, with the signed-in user's credentials on every call (HTTP Basic, no cookies).

const CREDENTIALS = 'thidua.credentials';

export class ProblemError extends Error {
    constructor(status, problem) {
        super(problem.detail || problem.title || ('HTTP ' + status));
        this.status = status;
        this.problem = problem;
    }
}

export function signIn(username, password) {
    sessionStorage.setItem(CREDENTIALS, btoa(String.fromCharCode(...new TextEncoder().encode(username + ':' + password))));
}

export function signOut() {
    sessionStorage.removeItem(CREDENTIALS);
}

export function signedIn() {
    return sessionStorage.getItem(CREDENTIALS) !== null;
}

/** A fresh command id (A1); a retry of the same action reuses it, so it is kept by the caller. */
export function newKey() {
    if (crypto.randomUUID) return crypto.randomUUID();
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = [...bytes].map(b => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function headers(extra) {
    const all = {'X-Requested-With': 'fetch', ...extra};
    const credentials = sessionStorage.getItem(CREDENTIALS);
    if (credentials) all.Authorization = 'Basic ' + credentials;
    return all;
}

async function send(method, path, body, extraHeaders = {}) {
    const init = {method, headers: headers(extraHeaders), credentials: 'omit'};
    if (body !== undefined) {
        init.headers['Content-Type'] = 'application/json';
        init.body = JSON.stringify(body);
    }
    const response = await fetch(path, init);
    if (!response.ok) {
        let problem = {};
        try {
            problem = await response.json();
        } catch (ignored) {
            // not a problem document (a proxy's page): the status alone explains it
        }
        throw new ProblemError(response.status, problem);
    }
    return response;
}

function withQuery(path, params) {
    const query = String(new URLSearchParams(
        Object.entries(params).filter(([, v]) => v !== '' && v !== null && v !== undefined)));
    return query ? path + '?' + query : path;
}

export async function get(path, params = {}) {
    const response = await send('GET', withQuery(path, params));
    return response.json();
}

/** The status too, for the report job whose 202 means "still running". */
export async function getWithStatus(path) {
    const response = await send('GET', path, undefined, {Accept: 'application/json'});
    return {status: response.status, body: await response.json()};
}

export async function post(path, body, key = newKey()) {
    const response = await send('POST', path, body, {'Idempotency-Key': key});
    return {status: response.status, body: await response.json(), location: response.headers.get('Location')};
}

/** A file the API renders by Accept (CSV, XLSX), saved under the name the server gives. */
export async function download(path, params, accept, fallbackName) {
    const response = await send('GET', withQuery(path, params), undefined, {Accept: accept});
    const disposition = response.headers.get('Content-Disposition') || '';
    const utf8 = /filename\*=UTF-8''([^;]+)/.exec(disposition);
    const name = utf8 ? decodeURIComponent(utf8[1]) : fallbackName;
    const url = URL.createObjectURL(await response.blob());
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = name;
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    return name;
}
