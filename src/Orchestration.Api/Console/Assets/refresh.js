// Keeping pages current: a poller that pauses while the tab is hidden, and table rows updated in place.
import { KeyRequired, notice, onKeyChange, report } from './console.js';

/**
 * Calls `tick` now and then every `everyMs` while the page is visible, never two at once. `tick` returns false to
 * stop for good. Returns a function that runs a tick now (after the one in flight, if any).
 */
export function poll(tick, everyMs = 1000) {
  let timer = 0;
  let running = false;
  let again = false;
  let stopped = false;
  let failing = false;
  async function run() {
    clearTimeout(timer);
    if (stopped) return;
    if (running) { again = true; return; }
    running = true;
    let waitForKey = false;
    try {
      stopped = (await tick()) === false;
      if (failing) notice('');
      failing = false;
    } catch (error) {
      waitForKey = error instanceof KeyRequired;
      failing = !waitForKey;
      report(error);
    }
    running = false;
    if (again) { again = false; run(); } else if (!stopped && !waitForKey && document.visibilityState === 'visible') {
      timer = setTimeout(run, everyMs);
    }
  }
  document.addEventListener('visibilitychange', () => (document.visibilityState === 'visible' ? run() : clearTimeout(timer)));
  onKeyChange(run);
  run();
  return run;
}

/** Updates a table body in place: rows keep their identity (and open <details>) until their data changes. */
export function renderRows(tbody, items, keyOf, build) {
  const existing = new Map([...tbody.rows].map((row) => [row.dataset.key, row]));
  const rows = items.map((item) => {
    const key = String(keyOf(item));
    const signature = JSON.stringify(item);
    const old = existing.get(key);
    if (old && old.dataset.signature === signature) return old;
    const row = build(item);
    row.dataset.key = key;
    row.dataset.signature = signature;
    return row;
  });
  // Moves only what moved, so a focused link or an open <details> survives a refresh.
  rows.forEach((row, index) => {
    if (tbody.rows[index] !== row) tbody.insertBefore(row, tbody.rows[index] ?? null);
  });
  while (tbody.rows.length > rows.length) tbody.deleteRow(-1);
}
