// A mobility station's docks as a grid of tiles.
import { esc, number } from './format.js';
import { icons } from './icons.js';

const CHARGING = {
  charging: { icon: icons.bolt, text: 'Charging', cls: 'c-charging' },
  full: { icon: icons.full, text: 'Full', cls: 'c-full' },
  notCharging: { icon: icons.pause, text: 'Not charging', cls: 'c-idle' },
  fault: { icon: icons.alert, text: 'Charger fault', cls: 'c-fault' },
};

const LOCK = {
  locked: { icon: icons.locked, text: 'Locked', cls: 'l-locked' },
  unlocked: { icon: icons.unlocked, text: 'Unlocked', cls: 'l-unlocked' },
  fault: { icon: icons.alert, text: 'Lock fault', cls: 'l-fault' },
};

function batteryClass(level) {
  if (level === null || level === undefined) return 'b-unknown';
  if (level < 20) return 'b-low';
  if (level < 50) return 'b-mid';
  return 'b-high';
}

function tile(d) {
  const present = d.vehiclePresent === true;
  const charging = CHARGING[d.chargingState] ?? { icon: icons.pause, text: d.chargingState ?? '–', cls: 'c-idle' };
  const lock = LOCK[d.lockState] ?? { icon: icons.unlocked, text: d.lockState ?? 'Unknown', cls: 'l-unknown' };
  const quality = d.quality ?? 'GOOD';
  const level = d.batteryLevel;
  return `<div class="dock q-tile-${quality.toLowerCase()} ${present ? 'is-occupied' : 'is-empty'}"
      title="${esc(d.reason ?? `Dock ${d.dock}`)}">
    <div class="dock-top">
      <span class="dock-number">Dock ${String(d.dock).padStart(2, '0')}</span>
      <span class="dock-lock ${lock.cls}" title="${lock.text}">${lock.icon}</span>
    </div>
    <div class="dock-vehicle">
      ${present ? icons.bike : icons.empty}
      <span>${present ? 'Vehicle' : (d.vehiclePresent === false ? 'Empty' : 'Unknown')}</span>
    </div>
    <div class="battery ${batteryClass(level)}" title="Battery ${level === null || level === undefined ? 'unknown' : number(level, 0) + ' %'}">
      <div class="battery-bar"><div class="battery-fill" style="width:${Math.max(0, Math.min(100, level ?? 0))}%"></div></div>
      <span class="battery-text">${present && level !== null && level !== undefined ? `${number(level, 0)} %` : '–'}</span>
    </div>
    <div class="dock-bottom">
      <span class="dock-charging ${charging.cls}">${charging.icon}${charging.text}</span>
      <span class="dock-lock-text ${lock.cls}">${lock.text}</span>
    </div>
    ${quality === 'GOOD' ? '' : `<div class="dock-quality"><span class="badge q-${quality.toLowerCase()}">${quality}</span>
      <span class="dock-reason">${esc(shortReason(d.reason))}</span></div>`}
  </div>`;
}

function shortReason(reason) {
  if (!reason) return '';
  const first = reason.split('; ')[0];
  const colon = first.indexOf(': ');
  return colon > 0 ? first.slice(colon + 2) : first;
}

export function renderStation(device, docks) {
  const status = device.points.find(p => p.semantic === 'station.status');
  const occupied = docks.filter(d => d.vehiclePresent === true).length;
  const charging = docks.filter(d => d.chargingState === 'charging').length;
  const problems = docks.filter(d => d.quality && d.quality !== 'GOOD').length;
  return `<div class="station-summary">
      ${status ? `<span class="chip chip-status s-${esc(status.value)}">${esc(status.value ?? 'unknown')}</span>` : ''}
      <span><strong>${occupied}</strong>/${docks.length} docks occupied</span>
      <span><strong>${charging}</strong> charging</span>
      ${problems ? `<span class="bad"><strong>${problems}</strong> with bad or stale readings</span>` : ''}
    </div>
    <div class="dock-grid">${docks.map(tile).join('')}</div>`;
}
