// Small helpers shared by the views: escaping, numbers, times.

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Everything that comes from a gateway is text, never markup. */
export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, c => ESCAPES[c]);
}

export function number(value, digits = 0) {
  if (value === null || value === undefined || Number.isNaN(Number(value))) return '–';
  return Number(value).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function bytes(n) {
  if (!n) return '0 B';
  const units = ['B', 'kB', 'MB', 'GB'];
  let i = 0;
  let v = n;
  while (v >= 1000 && i < units.length - 1) { v /= 1000; i++; }
  return `${number(v, i === 0 ? 0 : 1)} ${units[i]}`;
}

/** "12 s ago", "5 min ago", "3 h ago", or a date for anything older than a day. */
export function ago(ms, now = Date.now()) {
  if (!ms) return 'never';
  const s = Math.max(0, Math.round((now - ms) / 1000));
  if (s < 5) return 'just now';
  if (s < 60) return `${s} s ago`;
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  if (s < 86400) return `${Math.floor(s / 3600)} h ago`;
  return new Date(ms).toLocaleString();
}

export function duration(seconds) {
  if (seconds === null || seconds === undefined) return '–';
  const d = Math.floor(seconds / 86400);
  const h = Math.floor((seconds % 86400) / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  if (d) return `${d} d ${h} h`;
  if (h) return `${h} h ${m} min`;
  if (m) return `${m} min`;
  return `${seconds} s`;
}

/** A time that keeps saying how long ago it was; app.js refreshes these every second. */
export function agoSpan(ms) {
  return `<time data-ago="${ms ?? ''}" title="${ms ? esc(new Date(ms).toLocaleString()) : ''}">${ago(ms)}</time>`;
}

export function qualityBadge(quality, reason) {
  if (!quality || quality === 'GOOD') return '';
  return `<span class="badge q-${quality.toLowerCase()}" title="${esc(reason)}">${quality}</span>`;
}
