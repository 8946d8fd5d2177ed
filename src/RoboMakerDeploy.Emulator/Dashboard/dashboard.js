// The emulator's dashboard: renders GET /_emulator/api/world, kept live by the server-sent events of
// /_emulator/api/events (polling the world every second where EventSource is missing). Plain DOM, no framework;
// every value is set as text, never as HTML, since names come from API callers.
'use strict';

const failureMeanings = new Map();

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null) continue;
    if (name === 'class') node.className = value; else node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === undefined || child === null) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function badge(status) {
  return el('span', { class: 'badge status-' + status, 'data-status': status }, status);
}

function time(iso) {
  return iso ? new Date(iso).toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '';
}

function shortArn(arn) {
  return arn ? arn.substring(arn.lastIndexOf('/') + 1) : '';
}

// A failure code with its meaning from the API docs (failure-codes.json), or the emulator's cause where the docs give none.
function failure(code, reason) {
  if (!code) return null;
  const entry = failureMeanings.get(code);
  const meaning = entry ? (entry.meaning || 'No description in the API docs. In the emulator: ' + entry.emulator) : 'A code this dashboard does not know.';
  return el('div', { class: 'failure', 'data-failure-code': code },
    el('code', null, code), ' — ', el('span', { class: 'meaning' }, meaning),
    reason ? el('div', { class: 'muted' }, reason) : null);
}

function table(headers, rows) {
  return el('table', null, el('thead', null, el('tr', null, ...headers.map(h => el('th', null, h)))), el('tbody', null, ...rows));
}

function renderFleets(world) {
  const container = document.getElementById('fleets');
  const cards = world.fleets.map(fleet => el('div', { class: 'card fleet', 'data-fleet': fleet.name },
    el('h3', null, fleet.name, ' ', fleet.lastDeploymentStatus ? badge(fleet.lastDeploymentStatus) : null),
    el('div', { class: 'arn' }, fleet.arn),
    el('div', { class: 'muted' }, fleet.lastDeploymentJob
      ? 'Last deployment ' + shortArn(fleet.lastDeploymentJob) + ' at ' + time(fleet.lastDeploymentTime)
      : 'No deployment yet'),
    fleet.robots.length === 0 ? el('p', { class: 'muted' }, 'No robots registered.') : table(
      ['Robot', 'Architecture', 'Status', 'Last deployment'],
      fleet.robots.map(robot => el('tr', { 'data-robot': robot.name, 'data-status': robot.status },
        el('td', null, robot.name), el('td', null, robot.architecture), el('td', null, badge(robot.status)),
        el('td', null, robot.lastDeploymentJob ? shortArn(robot.lastDeploymentJob) + ' ' + time(robot.lastDeploymentTime) : '—'))))));
  if (world.unregisteredRobots.length > 0) {
    cards.push(el('div', { class: 'card' }, el('h3', null, 'Robots in no fleet'), table(['Robot', 'Architecture', 'Status'],
      world.unregisteredRobots.map(robot => el('tr', { 'data-robot': robot.name, 'data-status': robot.status },
        el('td', null, robot.name), el('td', null, robot.architecture), el('td', null, badge(robot.status)))))));
  }
  container.replaceChildren(...(cards.length ? cards : [el('p', { class: 'muted' }, 'No fleets yet.')]));
}

function progressBar(robot) {
  const state = robot.status === 'InSync' ? ' done' : (robot.status === 'Failed' || robot.status === 'NoResponse') ? ' failed' : '';
  const bar = el('div', { class: 'bar' + state, role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(robot.progressPercent) });
  const fill = el('span');
  fill.style.width = robot.progressPercent + '%';
  bar.append(fill);
  return bar;
}

function renderJobs(world) {
  const container = document.getElementById('jobs');
  const cards = world.jobs.map(job => el('div', { class: 'card job', 'data-job': job.id, 'data-status': job.status },
    el('h3', null, job.id, ' ', badge(job.status), ' ', el('span', { class: 'muted' }, 'fleet ' + job.fleetName + ', created ' + time(job.createdAt))),
    el('div', { class: 'muted' }, job.deploymentApplicationConfigs.map(c => shortArn(c.application) === '' ? c.application
      : c.application.split('/').slice(-2, -1)[0] + ' version ' + c.applicationVersion).join(', ')
      + ' · steps: ' + job.steps.join(' → ')),
    failure(job.failureCode, job.failureReason),
    table(['Robot', 'Status', 'Step', 'Progress', ''], job.robotDeploymentSummary.map(robot =>
      el('tr', { 'data-job-robot': robot.name, 'data-status': robot.status },
        el('td', null, robot.name), el('td', null, badge(robot.status)),
        el('td', null, robot.currentProgress || '—'),
        el('td', null, progressBar(robot), el('span', { class: 'muted' }, ' ' + robot.progressPercent + '%'
          + (robot.estimatedTimeRemainingSeconds ? ', ~' + robot.estimatedTimeRemainingSeconds + ' s left' : ''))),
        el('td', null, failure(robot.failureCode, robot.failureReason)))))));
  container.replaceChildren(...(cards.length ? cards : [el('p', { class: 'muted' }, 'No deployment jobs yet.')]));
}

function renderApplications(world) {
  const container = document.getElementById('applications');
  const cards = world.applications.map(app => el('div', { class: 'card application', 'data-application': app.name },
    el('h3', null, app.name, ' ', el('span', { class: 'muted' }, app.latest.robotSoftwareSuite || '')),
    el('div', { class: 'arn' }, app.arn),
    table(['Version', 'Sources', 'Revision', 'Updated'], [app.latest, ...app.versions].map(version =>
      el('tr', { 'data-version': version.version },
        el('td', null, version.version),
        el('td', null, version.sources.map(s => s.architecture + ': s3://' + s.s3Bucket + '/' + s.s3Key).join(', ')),
        el('td', { class: 'arn' }, version.revisionId), el('td', null, time(version.lastUpdatedAt)))))));
  container.replaceChildren(...(cards.length ? cards : [el('p', { class: 'muted' }, 'No robot applications yet.')]));
}

function render(world) {
  document.getElementById('summary').textContent = world.region + ' · ' + world.worldMode + ' · ' + world.fleets.length
    + ' fleet(s), ' + world.jobs.length + ' job(s) · emulator clock ' + time(world.now);
  renderFleets(world);
  renderJobs(world);
  renderApplications(world);
  document.body.dataset.now = world.now;
}

function setConnection(state) {
  const badgeNode = document.getElementById('connection');
  badgeNode.dataset.state = state;
  badgeNode.textContent = state === 'open' ? 'live' : state;
}

async function loadFailureCodes() {
  const table = await (await fetch('/_emulator/failure-codes.json')).json();
  document.getElementById('failure-source').textContent = 'Source: ' + table.source + '.';
  const body = document.querySelector('#failure-codes tbody');
  for (const entry of table.codes) {
    failureMeanings.set(entry.code, entry);
    body.append(el('tr', { 'data-code': entry.code }, el('td', null, el('code', null, entry.code)),
      el('td', null, entry.meaning || el('span', { class: 'muted' }, 'No description in the API docs.')),
      el('td', null, entry.emulator)));
  }
}

async function poll() {
  try {
    render(await (await fetch('/_emulator/api/world', { cache: 'no-store' })).json());
    setConnection('polling');
  } catch (e) {
    setConnection('closed');
  }
  setTimeout(poll, 1000);
}

async function start() {
  try { await loadFailureCodes(); } catch (e) { /* the page still works without meanings */ }
  if (!('EventSource' in window)) { poll(); return; }
  const events = new EventSource('/_emulator/api/events');
  events.addEventListener('world', message => { setConnection('open'); render(JSON.parse(message.data)); });
  events.onerror = () => setConnection(events.readyState === EventSource.CLOSED ? 'closed' : 'connecting');
}

start();
