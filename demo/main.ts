import '../src/define.js';
import { html, render } from 'lit';
import { areas } from './areas.js';
import { watchCollector } from './endpoint-panel.js';
import { setUpTabs } from './tabs.js';

/** The demo page: an intranet that uses every Purpose Kit element, plus a view of what the collector stored. */
for (const [id, template] of Object.entries(areas)) {
  const host = document.getElementById(id);
  if (host) render(template ?? html``, host);
}

setUpTabs(document.querySelector('[role="tablist"]')!);
watchCollector(document.getElementById('events')!, document.getElementById('endpoint-status')!, document.getElementById('fault') as HTMLSelectElement);

const language = document.getElementById('language') as HTMLSelectElement;
language.addEventListener('change', () => {
  document.documentElement.lang = language.value;
  document.documentElement.dir = language.value === 'ar' ? 'rtl' : 'ltr';
});

const theme = document.getElementById('theme') as HTMLSelectElement;
theme.addEventListener('change', () => {
  document.documentElement.dataset.theme = theme.value;
  document.querySelector('pk-config')!.setAttribute('theme', theme.value);
});

// A badge's "see the pathways" link opens that pillar in the navigator, as a host page would wire it.
document.addEventListener('pk-pillar-request', (event) => {
  const navigator = document.querySelector('pk-pillar-navigator');
  if (!navigator) return;
  navigator.selectedPillar = event.detail.pillar;
  navigator.scrollIntoView({ block: 'start' });
});

document.addEventListener('pk-error', (event) => {
  console.info('[demo] pk-error from', event.target, event.detail);
});
