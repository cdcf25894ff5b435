// The start forms: one card a workflow, its JSON input prefilled with the sample, problem details shown beside it.
import { api, el, report, editorJson, runPath } from './console.js';

/** Renders a card per workflow into `container`; `onStarted` runs after each accepted start. */
export function renderWorkflows(container, workflows, onStarted) {
  if (workflows.length === 0) {
    container.replaceChildren(el('p', { class: 'muted' }, 'This host offers no workflows.'));
    return;
  }
  container.replaceChildren(...workflows.map((workflow) => card(workflow, onStarted)));
}

function card(workflow, onStarted) {
  const id = `start-${workflow.name}`;
  const input = el('textarea', { id: `${id}-input`, name: 'input', rows: 12, spellcheck: 'false', testid: `${id}-input`,
    'aria-describedby': `${id}-errors` });
  input.value = editorJson(workflow.sampleInput);
  const errors = el('div', { id: `${id}-errors`, class: 'errors', role: 'alert', testid: `${id}-errors` });
  const result = el('p', { role: 'status', testid: `${id}-result` });
  const form = el('form', { class: 'card', testid: `workflow-${workflow.name}`, 'aria-labelledby': `${id}-heading` },
    el('h3', { id: `${id}-heading` }, workflow.name),
    el('p', { class: 'muted' }, workflow.summary ?? ''),
    eventList(workflow.events ?? []),
    el('label', { for: input.id }, 'Input (JSON)'),
    input,
    errors,
    el('div', { class: 'buttons' },
      el('button', { type: 'submit', testid: id }, 'Start'),
      el('button', { type: 'button', class: 'secondary', testid: `${id}-reset` }, 'Reset to sample')),
    result);
  form.querySelector('.secondary').addEventListener('click', () => {
    input.value = editorJson(workflow.sampleInput);
    errors.replaceChildren();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    start(workflow.name, input, errors, result).then((started) => started && onStarted()).catch(report);
  });
  return form;
}

function eventList(events) {
  if (events.length === 0) return null;
  return el('p', { class: 'muted' }, 'Waits for events: ',
    events.map((e, i) => [i > 0 ? ', ' : '', el('code', {}, e.name), e.summary ? ` (${e.summary})` : '']));
}

async function start(name, input, errors, result) {
  errors.replaceChildren();
  result.replaceChildren();
  try {
    JSON.parse(input.value);
  } catch (error) {
    errors.append(el('p', {}, `The input is not valid JSON: ${error.message}`));
    return false;
  }
  const { status, ok, data } = await api(`/api/workflows/${encodeURIComponent(name)}`, { method: 'POST', body: input.value });
  if (ok) {
    result.append('Started run ', el('a', { href: runPath(data.id), testid: 'started-run' }, data.id), '.');
    return true;
  }
  errors.append(problem(status, data));
  return false;
}

/** RFC 9457 problem details as a paragraph and, when it names fields, a list of them. */
export function problem(status, data) {
  const fields = Object.entries(data?.errors ?? {});
  return el('div', {},
    el('p', {}, el('strong', {}, data?.title ?? `The server answered ${status}`), data?.detail ? ` ${data.detail}` : ''),
    fields.length === 0 ? null : el('ul', {}, fields.map(([path, messages]) =>
      el('li', { testid: 'problem-field' }, el('code', {}, path), `: ${[].concat(messages).join(' ')}`))));
}
