// The script of the workshop service's page (`/service.js`): the page's body is
// `<main id="netwerkambitie"></main>`. A workshop link (`#workshop=…&token=…`)
// opens that workshop, with the role and partner of its token; any other
// address shows the start page, to join with a code or start a workshop.
import { syncAttributesFromUrl } from '../sync/attributes.js';

// The script-tag library, whose chunks this page shares.
await import('../standalone.js');

const main = document.getElementById('netwerkambitie') ?? document.body.appendChild(document.createElement('main'));

// The page speaks its own language when it names one the elements know (Dutch or English), else the browser's.
const known = (tag: string) => /^(nl|en)(-|$)/i.test(tag);
if (!known(document.documentElement.lang))
  document.documentElement.lang = navigator.languages.find(known)?.slice(0, 2).toLowerCase() ?? 'nl';

/** Shows the start page; it loads only when there is no workshop link. */
async function showStart(): Promise<void> {
  await import('./define-start.js');
  if (!main.firstElementChild) main.append(document.createElement('workshop-start'));
}

/** Shows the workshop of the link in the address, or the start page. */
function open(): void {
  const { 'workshop-id': workshopId, sync, token } = syncAttributesFromUrl(location);
  if (!workshopId || !token) {
    void showStart();
    return;
  }
  const workshop = document.createElement('netwerk-ambitie');
  workshop.workshopId = workshopId;
  // The sync server is the service itself unless the link names another.
  workshop.sync = sync ?? location.origin.replace(/^http/, 'ws');
  // A property, not an attribute: the token stays out of the page's markup, and out of the address bar.
  workshop.token = token;
  main.replaceChildren(workshop);
  history.replaceState(history.state, '', location.pathname);
}

// A link opened from the start page differs from this address only in its fragment.
window.addEventListener('hashchange', open);
open();
