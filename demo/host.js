// A host page that keeps the workshop itself: it saves the workshop file on
// every change and restores it on load. Only the public API is used.
const KEY = 'host-demo-workshop';
const workshop = document.querySelector('netwerk-ambitie');
const log = document.querySelector('#host-log');

await customElements.whenDefined('netwerk-ambitie');
await workshop.ready;

const saved = localStorage.getItem(KEY);
if (saved) {
  try {
    workshop.importWorkshop(saved);
    log.textContent = 'Bewaarde workshop teruggezet.';
  } catch (error) {
    log.textContent = `De bewaarde workshop kon niet worden teruggezet: ${error.message}`;
  }
}

workshop.addEventListener('na-change', (event) => {
  localStorage.setItem(KEY, JSON.stringify(event.detail));
  log.textContent = `Bewaard om ${new Date().toLocaleTimeString('nl-NL')}.`;
});
workshop.addEventListener('na-step', (event) => (log.textContent = `Naar stap ${event.detail.step}.`));
workshop.addEventListener('na-error', (event) => (log.textContent = event.detail.message));

document.querySelector('#example').addEventListener('click', async () => {
  const response = await fetch('/examples/wijknetwerk-gezond-oost.json');
  workshop.importWorkshop(await response.text());
  localStorage.setItem(KEY, JSON.stringify(workshop.exportWorkshop()));
  log.textContent = 'Voorbeeldworkshop geladen en bewaard.';
});
document.querySelector('#forget').addEventListener('click', () => {
  localStorage.removeItem(KEY);
  log.textContent = 'Bewaarde workshop vergeten; de workshop op het scherm blijft staan.';
});
