// The dashboard: loads the fleet from /api/v1, then keeps it current from the event stream.
import { esc, ago } from './format.js';
import { renderSummary, renderGatewayList, renderGatewayHeader } from './gateways.js';
import { renderDevice } from './devices.js';

const state = {
  tenants: [],
  tenant: null,
  gateways: [],
  gatewayId: null,
  gateway: null,
  devices: new Map(), // deviceId -> { device, docks }
  openPoints: new Set(),
  stream: null,
  streamTenant: null,
};

const $ = id => document.getElementById(id);

class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new ApiError(response.status, await response.json().catch(() => null));
  }
  return response.json();
}

const api = {
  tenants: () => getJson('/api/v1/tenants'),
  gateways: t => getJson(`/api/v1/tenants/${encodeURIComponent(t)}/gateways`),
  gateway: (t, g) => getJson(`/api/v1/tenants/${encodeURIComponent(t)}/gateways/${encodeURIComponent(g)}`),
  device: (t, g, d) => getJson(`/api/v1/tenants/${encodeURIComponent(t)}/gateways/${encodeURIComponent(g)}`
    + `/devices/${encodeURIComponent(d)}`),
  docks: (t, g, d) => getJson(`/api/v1/tenants/${encodeURIComponent(t)}/gateways/${encodeURIComponent(g)}`
    + `/devices/${encodeURIComponent(d)}/docks`),
};

// ---- routing: #/<tenant>/<gateway>

function parseHash() {
  const [, tenant, gateway] = location.hash.replace(/^#/, '').split('/');
  return { tenant: tenant ? decodeURIComponent(tenant) : null, gateway: gateway ? decodeURIComponent(gateway) : null };
}

// Loads run one after the other, so a slow answer never overwrites a newer one.
let chain = Promise.resolve();
function serially(task) {
  chain = chain.then(task).catch(e => renderMain(e));
  return chain;
}

async function route() {
  const { tenant, gateway } = parseHash();
  if (!state.tenant || !state.tenants.length) await loadTenants();
  const chosenTenant = tenant ?? state.tenants[0]?.tenant ?? null;
  if (chosenTenant !== state.tenant) {
    state.tenant = chosenTenant;
    state.gateway = null;
    state.gatewayId = null;
    await loadGateways();
  }
  connectStream();
  renderTenants();
  const chosenGateway = gateway ?? state.gateways[0]?.gatewayId ?? null;
  if (chosenTenant && chosenGateway && !gateway) {
    history.replaceState(null, '', `#/${encodeURIComponent(chosenTenant)}/${encodeURIComponent(chosenGateway)}`);
  }
  if (chosenGateway !== state.gatewayId || !state.gateway) {
    state.gatewayId = chosenGateway;
    await loadGateway();
  }
  renderGateways();
}

// ---- loading

async function loadTenants() {
  state.tenants = await api.tenants();
  renderTenants();
}

async function loadGateways() {
  state.gateways = state.tenant ? await api.gateways(state.tenant).catch(() => []) : [];
  renderGateways();
}

async function loadGateway() {
  state.devices.clear();
  if (!state.tenant || !state.gatewayId) {
    state.gateway = null;
    renderMain();
    return;
  }
  try {
    state.gateway = await api.gateway(state.tenant, state.gatewayId);
    await Promise.all(state.gateway.devices.map(d => loadDevice(d.deviceId, false)));
  } catch (e) {
    state.gateway = null;
    renderMain(e);
    return;
  }
  renderMain();
}

async function loadDevice(deviceId, render = true) {
  const { tenant, gatewayId } = state;
  const device = await api.device(tenant, gatewayId, deviceId);
  const docks = device.deviceClass === 'mobility-station' ? await api.docks(tenant, gatewayId, deviceId) : null;
  if (tenant !== state.tenant || gatewayId !== state.gatewayId) return; // the operator moved on meanwhile
  state.devices.set(deviceId, { device, docks });
  if (render) renderDeviceCard(deviceId);
}

// Readings arrive in bursts; fetch each device at most a few times a second.
const pendingDevices = new Map();
function refreshDeviceSoon(deviceId) {
  if (pendingDevices.has(deviceId)) return;
  pendingDevices.set(deviceId, setTimeout(() => {
    pendingDevices.delete(deviceId);
    if (state.devices.has(deviceId)) {
      loadDevice(deviceId).catch(() => serially(loadGateway));
    } else {
      serially(loadGateway);
    }
  }, 300));
}

// ---- rendering

function renderTenants() {
  $('tenants').innerHTML = state.tenants.map(t => `<a class="tenant-tab ${t.tenant === state.tenant ? 'is-active' : ''}"
      href="#/${encodeURIComponent(t.tenant)}">${esc(t.tenant)}
      <span class="tenant-count ${t.gatewaysOnline < t.gateways ? 'has-offline' : ''}">${t.gatewaysOnline}/${t.gateways}</span></a>`)
    .join('');
}

function renderGateways() {
  $('fleet-summary').innerHTML = state.tenant ? renderSummary(state.gateways) : '';
  $('gateways').innerHTML = state.tenant ? renderGatewayList(state.tenant, state.gateways, state.gatewayId) : '';
}

function renderMain(error) {
  const main = $('main');
  if (!state.tenants.length) {
    main.innerHTML = `<div class="placeholder"><h1>Waiting for gateways</h1>
      <p>No gateway has reported yet. Gateways appear here as soon as they publish on
      <code>misono/v1/&lt;tenant&gt;/&lt;gateway&gt;/…</code> at this fleet manager's MQTT broker.</p></div>`;
    return;
  }
  if (error) {
    main.innerHTML = `<div class="placeholder"><h1>${esc(error.problem?.title ?? 'Could not load')}</h1>
      <p>${esc(error.message)}</p></div>`;
    return;
  }
  if (!state.gateway) {
    main.innerHTML = '<div class="placeholder"><h1>Select a gateway</h1></div>';
    return;
  }
  const cards = state.gateway.devices.map(d => state.devices.get(d.deviceId))
    .filter(Boolean)
    .map(({ device, docks }) => renderDevice(device, docks, state.openPoints.has(device.deviceId)));
  main.innerHTML = renderGatewayHeader(state.gateway)
    + `<h2 class="section-title">Devices <span class="muted">${state.gateway.devices.length}</span></h2>`
    + (cards.length ? cards.join('') : '<div class="card empty-note">This gateway has not described any device yet.</div>');
}

function renderDeviceCard(deviceId) {
  const entry = state.devices.get(deviceId);
  const card = document.querySelector(`[data-device="${CSS.escape(deviceId)}"]`);
  if (!entry || !card) {
    renderMain();
    return;
  }
  card.outerHTML = renderDevice(entry.device, entry.docks, state.openPoints.has(deviceId));
}

// ---- live updates

function setLive(mode, text) {
  $('live').className = `live live-${mode}`;
  $('live').querySelector('.live-text').textContent = text;
}

function connectStream() {
  if (state.stream && state.streamTenant === state.tenant) return;
  state.stream?.close();
  state.streamTenant = state.tenant;
  const source = new EventSource(`/api/v1/stream${state.tenant ? `?tenant=${encodeURIComponent(state.tenant)}` : ''}`);
  state.stream = source;
  source.addEventListener('ready', () => {
    setLive('on', 'Live');
    // whatever changed between the last load and this subscription, or while the stream was down
    serially(reloadAll);
  });
  source.onerror = () => setLive('down', 'Reconnecting…');
  source.addEventListener('gateway', e => onGateway(JSON.parse(e.data)));
  source.addEventListener('points', e => {
    const p = JSON.parse(e.data);
    touchGateway(p.gatewayId);
    if (p.gatewayId === state.gatewayId) refreshDeviceSoon(p.deviceId);
  });
  source.addEventListener('device', e => {
    const d = JSON.parse(e.data);
    if (d.gatewayId === state.gatewayId) {
      if (d.type === 'device.described' && !state.devices.has(d.deviceId)) serially(loadGateway);
      else if (d.type === 'device.removed') serially(loadGateway);
      else refreshDeviceSoon(d.deviceId);
    }
    refreshGatewayListSoon();
  });
}

function onGateway(g) {
  if (!state.tenant) {
    serially(route); // the first gateway of the fleet
    return;
  }
  if (g.tenant !== state.tenant) return;
  const i = state.gateways.findIndex(x => x.gatewayId === g.gatewayId);
  if (i < 0) {
    serially(async () => {
      await loadGateways();
      await loadTenants();
    });
    return;
  }
  const tenantCountsChanged = state.gateways[i].online !== g.online;
  state.gateways[i] = g;
  renderGateways();
  if (tenantCountsChanged) loadTenants();
  if (g.gatewayId === state.gatewayId && state.gateway) {
    state.gateway = { ...g, devices: state.gateway.devices };
    const header = document.querySelector('.gateway-header');
    if (header) header.outerHTML = renderGatewayHeader(state.gateway);
  }
}

// Telemetry proves a gateway alive; show it without waiting for the next heartbeat.
let touchTimer = null;
function touchGateway(gatewayId) {
  const g = state.gateways.find(x => x.gatewayId === gatewayId);
  if (!g) return;
  g.lastSeen = Date.now();
  if (!touchTimer) {
    touchTimer = setTimeout(() => {
      touchTimer = null;
      renderGateways();
    }, 1000);
  }
}

let gatewayListTimer = null;
function refreshGatewayListSoon() {
  if (gatewayListTimer) return;
  gatewayListTimer = setTimeout(() => {
    gatewayListTimer = null;
    loadGateways();
  }, 500);
}

async function reloadAll() {
  await loadTenants();
  if (!state.tenant) {
    await route();
    return;
  }
  await loadGateways();
  await loadGateway();
}

// ---- wiring

document.addEventListener('toggle', e => {
  const card = e.target.closest?.('[data-device]');
  if (!card || !e.target.matches('details.all-points')) return;
  if (e.target.open) state.openPoints.add(card.dataset.device);
  else state.openPoints.delete(card.dataset.device);
}, true);

setInterval(() => {
  document.querySelectorAll('time[data-ago]').forEach(t => {
    const ms = Number(t.dataset.ago);
    t.textContent = ms ? ago(ms) : 'never';
  });
}, 1000);

// New tenants show up in the tabs without a reload; the stream covers only the tenant shown.
setInterval(() => loadTenants().catch(() => {}), 15000);

window.addEventListener('hashchange', () => serially(route));
serially(route);
