import { createContext } from '@lit/context';
import type { WorkshopStore } from '../model/store-api.js';

/** The workshop store that `<netwerk-ambitie>` provides to the elements inside it. */
export const workshopContext = createContext<WorkshopStore | undefined>(Symbol.for('netwerkambitie.workshop'));
