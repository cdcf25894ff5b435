// The console's home page: the workflows one can start, and the runs, refreshed every second while visible.
import { api, el, report, statusBadge, compactJson, timeElement, takeKeyFromAddress, onKeyChange, runPath } from './console.js';
import { poll, renderRows } from './refresh.js';
import { renderWorkflows } from './start.js';

const statuses = ['Pending', 'Running', 'Suspended', 'Completed', 'Failed', 'Terminated', 'Canceled', 'ContinuedAsNew'];
const filters = document.getElementById('filters');
const runsBody = document.getElementById('runs');
// Continuation tokens of the pages seen so far: tokens only lead forwards, so "previous" walks back this list.
let pages = [null];
let nextToken = null;

takeKeyFromAddress();
document.getElementById('status-filters').append(...statuses.map((status) =>
  el('label', { class: 'inline' }, el('input', { type: 'checkbox', name: 'status', value: status, testid: `filter-status-${status}` }), ` ${status}`)));

async function loadWorkflows() {
  const { ok, data } = await api('/api/workflows');
  if (!ok) throw new Error(data?.title ?? 'the workflow list failed');
  const select = filters.elements.workflow;
  select.replaceChildren(select.options[0], ...data.workflows.map((w) => el('option', { value: w.name }, w.name)));
  renderWorkflows(document.getElementById('workflows'), data.workflows, reload);
}

function query() {
  const form = new FormData(filters);
  const params = new URLSearchParams();
  if (form.get('workflow')) params.set('workflow', form.get('workflow'));
  form.getAll('status').forEach((status) => params.append('status', status));
  params.set('pageSize', form.get('pageSize'));
  if (pages.at(-1)) params.set('continuationToken', pages.at(-1));
  return params;
}

function runRow(run) {
  const link = el('a', { href: runPath(run.instanceId), testid: 'run-link' }, run.instanceId);
  return el('tr', { testid: 'run-row', 'data-instance-id': run.instanceId, 'data-status': run.runtimeStatus },
    el('td', {}, link),
    el('td', {}, run.name),
    el('td', {}, statusBadge(run.runtimeStatus, 'run-row-status')),
    el('td', { class: 'json' }, run.customStatus == null ? '–' : compactJson(run.customStatus)),
    el('td', {}, timeElement(run.createdTime)),
    el('td', {}, timeElement(run.lastUpdatedTime)));
}

async function loadRuns() {
  const { ok, data } = await api(`/api/runs?${query()}`);
  if (!ok) throw new Error(data?.title ?? 'the run list failed');
  renderRows(runsBody, data.runs, (run) => run.instanceId, runRow);
  nextToken = data.continuationToken ?? null;
  document.getElementById('runs-empty').hidden = data.runs.length > 0;
  document.getElementById('next').disabled = !nextToken;
  document.getElementById('previous').disabled = pages.length === 1;
  document.getElementById('page').textContent = `Page ${pages.length}`;
}

const refreshRuns = poll(async () => {
  if (!filters.elements.live.checked) return true;
  await loadRuns();
  return true;
});

const reload = () => loadRuns().catch(report);

filters.addEventListener('change', (event) => {
  if (event.target.name === 'live') refreshRuns();
  else { pages = [null]; reload(); }
});
filters.addEventListener('submit', (event) => event.preventDefault());
document.getElementById('next').addEventListener('click', () => {
  pages.push(nextToken);
  reload();
});
document.getElementById('previous').addEventListener('click', () => {
  pages.pop();
  reload();
});

onKeyChange(() => loadWorkflows().catch(report));
loadWorkflows().catch(report);
