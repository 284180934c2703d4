// Inline SVG icons (no icon font, no network): each takes the current text colour.

const svg = (body, cls = '') =>
  `<svg class="icon ${cls}" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" `
  + `stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">${body}</svg>`;

export const icons = {
  bike: svg('<circle cx="5.5" cy="17" r="3.5"/><circle cx="18.5" cy="17" r="3.5"/>'
    + '<path d="M5.5 17 9 9h6l3.5 8M9 9 7.5 6H5.5M15 9l-3 8h-6.5M14 5.5h2.5"/>', 'icon-bike'),
  empty: svg('<rect x="4" y="6" width="16" height="12" rx="2" stroke-dasharray="3 3"/>'),
  locked: svg('<rect x="5" y="11" width="14" height="10" rx="2"/><path d="M8 11V7a4 4 0 0 1 8 0v4"/>'),
  unlocked: svg('<rect x="5" y="11" width="14" height="10" rx="2"/><path d="M8 11V7a4 4 0 0 1 7.5-2"/>'),
  bolt: svg('<path d="M13 2 4 14h7l-1 8 9-12h-7z"/>'),
  full: svg('<path d="M20 6 9 17l-5-5"/>'),
  pause: svg('<path d="M6 12h12"/>'),
  alert: svg('<path d="M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z"/>'
    + '<path d="M12 9v4M12 17h.01"/>'),
  gateway: svg('<rect x="3" y="8" width="18" height="8" rx="2"/><path d="M7 12h.01M11 12h.01M8 8V5M16 8V4"/>'),
  arrowDown: svg('<path d="M12 5v14M5 12l7 7 7-7"/>'),
  arrowUp: svg('<path d="M12 19V5M5 12l7-7 7 7"/>'),
  meter: svg('<circle cx="12" cy="13" r="8"/><path d="M12 13l4-4M7 5l1 1M17 5l-1 1"/>'),
  station: svg('<rect x="4" y="3" width="16" height="18" rx="2"/><path d="M8 7h8M8 11h8M8 15h5"/>'),
};
