// A device card: its identity, then the view that fits its class, then every point on demand.
import { esc, number, agoSpan, qualityBadge } from './format.js';
import { icons } from './icons.js';
import { renderStation } from './station.js';
import { renderMeter } from './meter.js';

function value(p) {
  if (p.value === null || p.value === undefined) return '–';
  if (typeof p.value === 'number') return `${number(p.value, Number.isInteger(p.value) ? 0 : 2)} ${esc(p.unit ?? '')}`;
  return esc(p.value);
}

function pointsTable(points) {
  return `<table class="points">
    <thead><tr><th>Point</th><th>Value</th><th>Quality</th><th>Updated</th></tr></thead>
    <tbody>${points.map(p => `<tr class="${p.quality && p.quality !== 'GOOD' ? `row-${p.quality.toLowerCase()}` : ''}">
      <td><div>${esc(p.name ?? p.id)}</div><div class="muted mono">${esc(p.id)}</div></td>
      <td class="num">${value(p)}</td>
      <td>${p.quality ? (p.quality === 'GOOD' ? '<span class="muted">good</span>' : qualityBadge(p.quality, p.reason))
        : '<span class="muted">no reading</span>'}${p.reason ? `<div class="reason">${esc(p.reason)}</div>` : ''}</td>
      <td>${p.ts ? agoSpan(p.ts) : ''}</td>
    </tr>`).join('')}</tbody>
  </table>`;
}

export function renderDevice(device, docks, openPoints) {
  const isStation = device.deviceClass === 'mobility-station';
  const isMeter = device.deviceClass === 'energy-meter';
  let body;
  if (isStation) body = renderStation(device, docks ?? []);
  else if (isMeter) body = renderMeter(device);
  else body = pointsTable(device.points);
  const title = [device.vendor, device.model].filter(Boolean).map(esc).join(' ');
  return `<section class="card device" id="device-${esc(device.deviceId)}" data-device="${esc(device.deviceId)}">
    <header class="device-header">
      <span class="device-icon">${isStation ? icons.station : isMeter ? icons.meter : icons.gateway}</span>
      <div class="device-title">
        <h2>${esc(device.deviceId)}</h2>
        <div class="muted">${title || 'not described yet'}${device.endpoint ? ` · ${esc(device.endpoint)}` : ''}</div>
      </div>
      <span class="chip">${esc(device.deviceClass ?? 'unknown class')}</span>
      <span class="status-badge ${device.online ? 'is-online' : 'is-offline'}"
        title="${esc(device.lastEventReason ?? '')}"><span class="status-dot"></span>${device.online ? 'Online' : 'Offline'}</span>
    </header>
    ${device.online ? '' : `<div class="alert">${icons.alert}<span>${esc(device.lastEventReason ?? 'The gateway reports this device offline.')}</span></div>`}
    ${body}
    ${isStation || isMeter ? `<details class="all-points" ${openPoints ? 'open' : ''}>
      <summary>All ${device.points.length} points</summary>${pointsTable(device.points)}</details>` : ''}
  </section>`;
}
