// Shared by the console's pages: the key, calls to the API, elements built without HTML strings, polling.
// Run data only ever reaches the page as text nodes and attribute values, never as markup.

const keyItem = 'orchestration.console.key';
let keyListeners = [];

/** Thrown by api() on 401 after the key form is shown; pollers wait for a new key instead of retrying. */
export class KeyRequired extends Error {}

/** Moves `code` from the address bar into this tab's session storage, so it is not bookmarked or shared. */
export function takeKeyFromAddress() {
  const url = new URL(location.href);
  const code = url.searchParams.get('code');
  if (code === null) return;
  sessionStorage.setItem(keyItem, code);
  url.searchParams.delete('code');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
}

/**
 * The address of a run's page. Built from this script's own address, not from the root: the local server serves the
 * console at /console, the Functions app under its route prefix (/api/console).
 */
export function runPath(instanceId) {
  return new URL(`../runs/${encodeURIComponent(instanceId)}`, import.meta.url).pathname;
}

/** Calls `fn` after the user pastes a new key. */
export function onKeyChange(fn) {
  keyListeners.push(fn);
}

/** Fetches with the key in its header (never in the address); on 401 shows the key form and throws KeyRequired. */
export async function fetchWithKey(path, { method = 'GET', headers = {}, body } = {}) {
  const key = sessionStorage.getItem(keyItem);
  const response = await fetch(path, { method, headers: key ? { ...headers, 'x-functions-key': key } : headers, body, cache: 'no-store' });
  if (response.status === 401) {
    showKeyForm(key !== null);
    throw new KeyRequired();
  }
  document.getElementById('key-form')?.remove();
  return response;
}

/** Calls the API with the key; resolves to { status, ok, data } for every answer but 401. */
export async function api(path, { method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetchWithKey(path, { method, headers, body });
  const text = await response.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch { data = { detail: text }; }
  return { status: response.status, ok: response.ok, data };
}

function showKeyForm(hadKey) {
  if (document.getElementById('key-form')) return;
  const input = el('input', { type: 'password', name: 'key', required: '', autocomplete: 'off', testid: 'key-input' });
  const form = el('form', { id: 'key-form', class: 'card key-form', testid: 'key-form', 'aria-labelledby': 'key-heading' },
    el('h2', { id: 'key-heading' }, 'A key is needed'),
    el('p', { role: 'alert' }, hadKey
      ? 'The server refused the key this tab holds. Paste the system key again.'
      : 'The console reads runs with the system key. Open the address the dev server prints (…/console?code=…) or paste the key.'),
    el('label', {}, 'System key ', input),
    el('button', { type: 'submit', testid: 'key-submit' }, 'Use this key'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    sessionStorage.setItem(keyItem, input.value.trim());
    form.remove();
    keyListeners.forEach((fn) => fn());
  });
  document.getElementById('main').prepend(form);
  input.focus();
}

/** Builds an element; `testid` becomes data-testid, strings become text nodes, null children are skipped. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name === 'testid' ? 'data-testid' : name, value === true ? '' : String(value));
  }
  element.append(...children.flat(Infinity).filter((child) => child !== null && child !== undefined));
  return element;
}

/** Shows a message in the page's notice line, or hides it when the text is empty. */
export function notice(text) {
  const line = document.getElementById('notice');
  line.textContent = text;
  line.hidden = !text;
}

/** Shows why a call failed; a missing key already shows its own form. */
export function report(error) {
  if (!(error instanceof KeyRequired)) notice(`Cannot reach the server (${error.message}); retrying.`);
}

const terminalStatuses = new Set(['Completed', 'Failed', 'Terminated', 'Canceled']);

/** True once a run can no longer change (a run that continued as new goes on under the same id). */
export const isTerminal = (status) => terminalStatuses.has(status);

/** A status as a badge: the word is always there; the colour only repeats it. */
export function statusBadge(status, testid) {
  return el('span', { class: `status status-${String(status).toLowerCase().replace(/\s+/g, '-')}`, testid }, String(status ?? 'Unknown'));
}

/** Pretty-prints a JSON value, or a string that holds JSON; other strings are shown as they are. */
export function formatJson(value) {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') {
    try { return JSON.stringify(JSON.parse(value), null, 2); } catch { return value; }
  }
  return JSON.stringify(value, null, 2);
}

/** JSON for an editor: null stays `null`, so the text always parses. */
export const editorJson = (value) => (value === null || value === undefined ? 'null' : formatJson(value));

/** A JSON value on one line, for table cells. */
export function compactJson(value) {
  const pretty = formatJson(value);
  try { return JSON.stringify(JSON.parse(pretty)); } catch { return pretty; }
}

/** A UTC time as `yyyy-mm-dd hh:mm:ss`, in a <time> element that keeps the exact value. */
export function timeElement(iso) {
  if (!iso) return '–';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  return el('time', { datetime: date.toISOString() }, date.toISOString().slice(0, 19).replace('T', ' '));
}
