// An energy meter: power with its direction, energy counters, grid figures.
import { esc, number } from './format.js';
import { icons } from './icons.js';

const bySemantic = (device, semantic) => device.points.find(p => p.semantic === semantic);

function stat(label, point, digits, extra = '') {
  const q = point?.quality;
  return `<div class="stat ${q && q !== 'GOOD' ? `q-stat-${q.toLowerCase()}` : ''}" title="${esc(point?.reason ?? '')}">
    <div class="stat-label">${label}</div>
    <div class="stat-value">${point ? number(point.value, digits) : '–'}<small>${esc(point?.unit ?? '')}</small></div>
    ${extra}
    ${q && q !== 'GOOD' ? `<span class="badge q-${q.toLowerCase()}">${q}</span>` : ''}
  </div>`;
}

export function renderMeter(device) {
  const power = bySemantic(device, 'meter.activePower');
  const watts = power?.value;
  const exporting = typeof watts === 'number' && watts < 0;
  const kw = typeof watts === 'number' ? Math.abs(watts) / 1000 : null;
  const direction = typeof watts !== 'number' ? ''
    : `<div class="direction ${exporting ? 'exporting' : 'importing'}">
        ${exporting ? icons.arrowUp : icons.arrowDown}${exporting ? 'exporting to the grid' : 'importing from the grid'}</div>`;
  const voltage = bySemantic(device, 'meter.voltage');
  const frequency = bySemantic(device, 'meter.frequency');
  return `<div class="meter">
    <div class="stat stat-power ${power?.quality && power.quality !== 'GOOD' ? `q-stat-${power.quality.toLowerCase()}` : ''}">
      <div class="stat-label">Active power</div>
      <div class="stat-value">${kw === null ? '–' : number(kw, 2)}<small>kW</small></div>
      ${direction}
    </div>
    ${stat('Energy imported', bySemantic(device, 'meter.energyImport'), 2)}
    ${stat('Energy exported', bySemantic(device, 'meter.energyExport'), 2)}
  </div>
  <div class="grid-figures">
    ${voltage ? `<span>Voltage <strong>${number(voltage.value, 1)} V</strong></span>` : ''}
    ${frequency ? `<span>Frequency <strong>${number(frequency.value, 2)} Hz</strong></span>` : ''}
  </div>`;
}
