// The gateway list in the sidebar and the header of the selected gateway.
import { esc, number, bytes, agoSpan, duration } from './format.js';
import { icons } from './icons.js';

export function renderSummary(gateways) {
  const online = gateways.filter(g => g.online).length;
  const offline = gateways.length - online;
  return `<div class="summary-count"><strong>${gateways.length}</strong> gateway${gateways.length === 1 ? '' : 's'}</div>
    <div class="summary-split">
      <span class="pill pill-online">${online} online</span>
      <span class="pill ${offline ? 'pill-offline' : 'pill-muted'}">${offline} offline</span>
    </div>`;
}

export function renderGatewayList(tenant, gateways, selected) {
  if (!gateways.length) {
    return '<li class="empty-note">No gateways in this tenant yet.</li>';
  }
  return gateways.map(g => {
    const backlog = g.backlog?.messages ?? 0;
    return `<li>
      <a class="gateway-row ${g.online ? 'is-online' : 'is-offline'} ${g.gatewayId === selected ? 'is-selected' : ''}"
         href="#/${encodeURIComponent(tenant)}/${encodeURIComponent(g.gatewayId)}">
        <span class="status-dot" title="${g.online ? 'online' : 'offline'}"></span>
        <span class="gateway-main">
          <span class="gateway-name">${esc(g.gatewayId)}</span>
          <span class="gateway-meta">
            <span class="chip">fw ${esc(g.firmware ?? '?')}</span>
            <span>${g.devices} device${g.devices === 1 ? '' : 's'}</span>
            <span>seen ${agoSpan(g.lastSeen)}</span>
          </span>
          ${g.online ? '' : `<span class="gateway-reason">${esc(g.offlineReason ?? 'offline')}</span>`}
        </span>
        <span class="backlog ${backlog ? 'has-backlog' : ''}" title="Readings held on the gateway, not yet delivered">
          ${backlog ? `${number(backlog)}<small>queued</small>` : '<small>no backlog</small>'}
        </span>
      </a>
    </li>`;
  }).join('');
}

export function renderGatewayHeader(g) {
  const dropped = Object.entries(g.dropped ?? {}).filter(([, n]) => n > 0);
  const droppedText = dropped.length ? dropped.map(([k, n]) => `${esc(k)}: ${number(n)}`).join(', ') : 'none';
  return `<section class="card gateway-header">
    <div class="gateway-title">
      <span class="gateway-icon">${icons.gateway}</span>
      <div>
        <h1>${esc(g.gatewayId)}</h1>
        <div class="muted">tenant ${esc(g.tenant)}</div>
      </div>
      <span class="status-badge ${g.online ? 'is-online' : 'is-offline'}">
        <span class="status-dot"></span>${g.online ? 'Online' : 'Offline'}
      </span>
    </div>
    ${g.online ? '' : `<div class="alert">${icons.alert}<span>${esc(g.offlineReason ?? 'The gateway is offline.')}</span></div>`}
    <dl class="facts">
      <div><dt>Firmware</dt><dd>${esc(g.firmware ?? '–')}</dd></div>
      <div><dt>Last seen</dt><dd>${agoSpan(g.lastSeen)}</dd></div>
      <div><dt>Uptime</dt><dd>${duration(g.uptime)}</dd></div>
      <div><dt>Heartbeat</dt><dd>${g.heartbeatInterval ? `every ${g.heartbeatInterval} s` : '–'}</dd></div>
      <div><dt>Backlog</dt><dd class="${g.backlog?.messages ? 'warn' : ''}">${number(g.backlog?.messages)} readings · ${bytes(g.backlog?.bytes)}</dd></div>
      <div><dt>Dropped</dt><dd class="${dropped.length ? 'bad' : ''}">${droppedText}</dd></div>
      <div><dt>Devices</dt><dd>${g.devicesOnline ?? '–'} online · ${g.devicesOffline ?? '–'} offline</dd></div>
    </dl>
  </section>`;
}
