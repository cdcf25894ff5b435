// A run's page: its status, input, output, timeline and evidence, refreshed every second until the run ends; its actions.
import { api, el, report, notice, isTerminal, statusBadge, formatJson, editorJson, compactJson, timeElement, takeKeyFromAddress, runPath } from './console.js';
import { poll, renderRows } from './refresh.js';
import { toSteps, stepRow, failure } from './timeline.js';
import { problem } from './start.js';
import { evidence } from './evidence.js';

const id = decodeURIComponent(location.pathname.split('/').filter(Boolean).pop());
const base = `/runtime/webhooks/durabletask/instances/${encodeURIComponent(id)}`;
const $ = (elementId) => document.getElementById(elementId);
const raise = $('raise');
const control = $('control');
let events = null;
const checkEvidence = evidence(id);

takeKeyFromAddress();
$('run-id').textContent = id;
document.title = `Run ${id} · OrchestrationFunctions console`;

function show(run) {
  $('run-name').textContent = run.name;
  const badge = statusBadge(run.runtimeStatus, 'run-status');
  badge.id = 'run-status';
  $('run-status').replaceWith(badge);
  $('run-custom-status').textContent = run.customStatus == null ? '–' : compactJson(run.customStatus);
  $('run-created').replaceChildren(timeElement(run.createdTime));
  $('run-updated').replaceChildren(timeElement(run.lastUpdatedTime));
  $('run-parent-item').hidden = !run.parentInstanceId;
  $('run-parent').replaceChildren(run.parentInstanceId
    ? el('a', { href: runPath(run.parentInstanceId) }, run.parentInstanceId) : '');
  $('run-input').textContent = formatJson(run.input);
  $('run-output').textContent = formatJson(run.output);
  $('run-failure').hidden = !run.failure;
  $('run-failure').replaceChildren(run.failure ? failure(run.failure) : '');
  const steps = toSteps(run.timeline ?? [], isTerminal(run.runtimeStatus)).map((step, index) => ({ ...step, index }));
  renderRows($('timeline'), steps, (step) => step.key, stepRow);
  enableActions(run.runtimeStatus);
}

function enableActions(status) {
  const ended = isTerminal(status);
  raise.querySelector('button').disabled = ended;
  control.elements.namedItem('reason').disabled = ended;
  for (const button of control.querySelectorAll('button')) {
    button.disabled = ended
      || (button.value === 'suspend' && status === 'Suspended')
      || (button.value === 'resume' && status !== 'Suspended');
  }
}

// The workflow's declared events fill the event form once: names to pick from, each with its sample payload.
async function loadEvents(workflowName) {
  const { ok, data } = await api('/api/workflows');
  events = ok ? (data.workflows.find((w) => w.name === workflowName)?.events ?? []) : [];
  $('event-names').replaceChildren(...events.map((e) => el('option', { value: e.name }, e.summary ?? '')));
  if (events.length > 0 && !raise.elements.eventName.value) {
    raise.elements.eventName.value = events[0].name;
    pickEvent();
  }
}

function pickEvent() {
  const picked = events?.find((e) => e.name === raise.elements.eventName.value);
  $('event-summary').textContent = picked?.summary ?? '';
  if (picked) raise.elements.payload.value = editorJson(picked.samplePayload);
}

const refresh = poll(async () => {
  const { status, ok, data } = await api(`/api/runs/${encodeURIComponent(id)}`);
  // After each look at the run, so the check that follows its end sees the seal it wrote before ending.
  await checkEvidence();
  if (status === 404) {
    notice(`There is no run with the id ${id}; it may have been purged.`);
    return false;
  }
  if (!ok) throw new Error(data?.title ?? `status ${status}`);
  show(data);
  if (events === null) loadEvents(data.name).catch(report);
  return !isTerminal(data.runtimeStatus);
});

async function act(path, body, done) {
  const result = $('action-result');
  result.replaceChildren('Sending…');
  const { status, ok, data } = await api(`${base}/${path}`, { method: 'POST', body });
  result.replaceChildren(ok ? done : problem(status, data));
  refresh();
}

raise.elements.eventName.addEventListener('change', pickEvent);
raise.addEventListener('submit', (event) => {
  event.preventDefault();
  const name = raise.elements.eventName.value.trim();
  const payload = raise.elements.payload.value;
  try { JSON.parse(payload); } catch (error) {
    $('action-result').replaceChildren(`The payload is not valid JSON: ${error.message}`);
    return;
  }
  act(`raiseEvent/${encodeURIComponent(name)}`, payload, `Raised event ${name}.`).catch(report);
});
control.addEventListener('click', (event) => {
  const verb = event.target.closest('button')?.value;
  if (!verb) return;
  const reason = control.elements.reason.value.trim() || `From the console (${verb})`;
  const done = `Asked the run to ${verb}; the status changes when the engine applies it.`;
  act(`${verb}?reason=${encodeURIComponent(reason)}`, undefined, done).catch(report);
});
control.addEventListener('submit', (event) => event.preventDefault());
