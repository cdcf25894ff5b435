// A run's history as steps: scheduled work is paired with its completion or failure by task id, so each activity,
// timer and sub-workflow is one row with its duration.
import { el, formatJson, statusBadge, timeElement, runPath } from './console.js';

// The event that opens a step, the kind of step, and the events that close it with the status each gives.
const opening = {
  TaskScheduled: { kind: 'Activity', open: 'Running', close: { TaskCompleted: 'Completed', TaskFailed: 'Failed' } },
  TimerCreated: { kind: 'Timer', open: 'Waiting', close: { TimerFired: 'Fired' } },
  SubOrchestrationInstanceCreated: {
    kind: 'Sub-workflow', open: 'Running',
    close: { SubOrchestrationInstanceCompleted: 'Completed', SubOrchestrationInstanceFailed: 'Failed' },
  },
};
const closers = Object.fromEntries(Object.entries(opening)
  .flatMap(([type, step]) => Object.keys(step.close).map((closer) => [closer, type])));

// Events of the run itself: a label, and the status shown for it.
const runEvents = {
  ExecutionStarted: ['Started', 'Started'], ExecutionCompleted: ['Finished', null], ExecutionFailed: ['Failed', 'Failed'],
  ExecutionTerminated: ['Terminated', 'Terminated'], ExecutionSuspended: ['Suspended', 'Suspended'],
  ExecutionResumed: ['Resumed', 'Running'], ContinuedAsNew: ['Continued as new', 'ContinuedAsNew'],
  EventRaised: [null, 'Received'], EventSent: [null, 'Sent'],
};

/** Folds history events into steps, in the order each step began; `ended` marks what never finished. */
export function toSteps(events, ended = false) {
  const steps = [];
  const open = new Map();
  for (const e of events) {
    if (e.eventType === 'OrchestratorStarted') continue;
    const opener = opening[e.eventType];
    if (opener) {
      const step = { key: `${e.eventType}:${e.taskId ?? e.eventId}`, kind: opener.kind, name: e.name, status: opener.open,
        started: e.timestamp, ended: null, input: e.input, result: null, failure: null, fireAt: e.fireAt, instanceId: e.instanceId };
      open.set(`${e.eventType}:${e.taskId}`, step);
      steps.push(step);
      continue;
    }
    const openKey = `${closers[e.eventType]}:${e.taskId}`;
    const step = closers[e.eventType] && open.get(openKey);
    if (step) {
      open.delete(openKey);
      Object.assign(step, { status: opening[closers[e.eventType]].close[e.eventType], ended: e.timestamp,
        result: e.result, failure: e.failure, name: step.name ?? e.name });
      continue;
    }
    steps.push(single(e));
  }
  // A run that ended leaves open work behind, such as the timeout timer of an event that arrived in time.
  if (ended) open.forEach((step) => { step.status = step.kind === 'Timer' ? 'Not fired' : 'No result'; });
  return steps;
}

function single(e) {
  const [label, status] = runEvents[e.eventType] ?? [null, null];
  const kind = { EventRaised: 'Event', EventSent: 'Event sent' }[e.eventType] ?? (label ? 'Run' : e.eventType);
  return { key: `event:${e.eventId}`, kind, name: e.name, label, status: e.status ?? status,
    started: e.timestamp, ended: null, input: e.input, result: e.result, failure: e.failure, reason: e.reason, fireAt: e.fireAt };
}

/** How long a step took, in the largest unit that reads well. */
export function duration(start, end) {
  if (!start || !end) return '';
  const ms = Date.parse(end) - Date.parse(start);
  if (Number.isNaN(ms) || ms < 0) return '';
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** One table row a step; `step.index` is its position in the timeline. */
export function stepRow(step) {
  return el('tr', { testid: 'timeline-row', 'data-kind': step.kind, 'data-name': step.name ?? '', 'data-status': step.status ?? '' },
    el('td', {}, String(step.index + 1)),
    el('td', {}, step.kind),
    el('td', {}, step.label ?? (step.name ? el('code', {}, step.name) : '–')),
    el('td', {}, step.status ? statusBadge(step.status) : ''),
    el('td', {}, timeElement(step.started)),
    el('td', {}, duration(step.started, step.ended)),
    el('td', { class: 'details' }, details(step)));
}

function details(step) {
  const inputLabel = step.kind === 'Event' || step.kind === 'Event sent' ? 'Payload' : 'Input';
  return [
    step.fireAt ? el('p', {}, 'Fires at ', timeElement(step.fireAt)) : null,
    step.reason ? el('p', {}, `Reason: ${step.reason}`) : null,
    step.instanceId ? el('p', {}, 'Instance ', el('a', { href: runPath(step.instanceId) }, step.instanceId)) : null,
    step.failure ? failure(step.failure) : null,
    jsonBlock(inputLabel, step.input),
    jsonBlock(step.kind === 'Run' ? 'Output' : 'Result', step.result),
  ];
}

function jsonBlock(label, value) {
  if (value === null || value === undefined) return null;
  return el('details', {}, el('summary', {}, label), el('pre', {}, formatJson(value)));
}

/** A failure record: type and message in view, the stack trace folded. */
export function failure(f) {
  if (typeof f === 'string') return el('p', { class: 'failure-text' }, f);
  return el('div', { class: 'failure-text' },
    el('p', {}, el('strong', {}, f.errorType ?? 'Error'), `: ${f.errorMessage ?? ''}`),
    f.stackTrace ? el('details', {}, el('summary', {}, 'Stack trace'), el('pre', {}, f.stackTrace)) : null);
}
