// A run's evidence: the ledger's verification, and the pack and its report. Both are fetched with the key in its
// header and handed to the browser as Blobs, so the key never appears in an address.
import { api, el, fetchWithKey, KeyRequired, statusBadge } from './console.js';
import { problem } from './start.js';

const $ = (elementId) => document.getElementById(elementId);
// A blob: address would hold its bytes as long as this page lives; within a minute the new tab or download has them.
const keepBlobMs = 60_000;

/** Wires the page's Evidence section to run `id`; returns a function that checks the ledger again. */
export function evidence(id) {
  const path = `/api/runs/${encodeURIComponent(id)}/evidence`;
  const buttons = [$('evidence-download'), $('evidence-report')];
  $('evidence-download').addEventListener('click', () => download(path, id).catch(failed));
  $('evidence-report').addEventListener('click', () => openReport(path).catch(failed));
  return async () => {
    const { status, ok, data } = await api(`/api/runs/${encodeURIComponent(id)}/verify`);
    buttons.forEach((button) => { button.disabled = !ok; });
    $('evidence-facts').hidden = !ok;
    if (status === 404) say('No evidence recorded yet.');
    else if (!ok) say(`The ledger cannot be checked: ${data?.title ?? `status ${status}`}.`);
    else show(data);
  };
}

// The verdict in words, once in the live region and again, with badges, in the facts beside it.
function show(v) {
  const records = `${v.recordCount} record${v.recordCount === 1 ? '' : 's'}`;
  say(v.problem ? `Tampered: the first bad record is record ${v.problem.sequence} (${words(v.problem.kind)}).`
    : v.isSealed ? `Intact and sealed: ${records}.` : `Intact so far: ${records}, not yet sealed.`);
  $('evidence-chain').replaceChildren(statusBadge(v.isIntact ? 'Intact' : 'Tampered', 'evidence-chain-status'));
  $('evidence-seal').replaceChildren(statusBadge(v.isSealed ? 'Sealed' : 'Not yet sealed', 'evidence-seal-status'));
  $('evidence-records').textContent = String(v.recordCount);
  $('evidence-problem-item').hidden = !v.problem;
  $('evidence-problem').replaceChildren(...(v.problem
    ? [el('strong', {}, `Record ${v.problem.sequence}: ${words(v.problem.kind)}`), v.problem.message ? `. ${v.problem.message}` : '']
    : []));
}

// Only a changed verdict reaches the live region, so a screen reader hears it once, not every second.
function say(text) {
  if ($('evidence-status').textContent !== text) $('evidence-status').textContent = text;
}

const words = (kind) => String(kind).replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);

async function fetched(path, accept) {
  $('evidence-result').replaceChildren('Fetching…');
  const response = await fetchWithKey(path, { headers: { Accept: `${accept}, application/problem+json` } });
  if (response.ok) {
    $('evidence-result').replaceChildren();
    return URL.createObjectURL(await response.blob());
  }
  let data = null;
  try { data = await response.json(); } catch { /* not problem details: the status says enough */ }
  $('evidence-result').replaceChildren(problem(response.status, data));
  return null;
}

async function download(path, id) {
  const url = await fetched(path, 'application/json');
  if (!url) return;
  el('a', { href: url, download: `evidence-${id.replace(/[^\w.-]+/g, '_')}.json` }).click();
  $('evidence-result').replaceChildren('Downloaded the evidence pack.');
  setTimeout(() => URL.revokeObjectURL(url), keepBlobMs);
}

async function openReport(path) {
  const url = await fetched(path, 'text/html');
  if (!url) return;
  // No opener: the report's tab gets neither this page nor a copy of its session storage (the key).
  window.open(url, '_blank', 'noopener');
  $('evidence-result').replaceChildren('Opened the evidence report in a new tab.');
  setTimeout(() => URL.revokeObjectURL(url), keepBlobMs);
}

// A missing key shows its own form.
function failed(error) {
  $('evidence-result').replaceChildren(error instanceof KeyRequired ? '' : `The evidence could not be fetched (${error.message}).`);
}
