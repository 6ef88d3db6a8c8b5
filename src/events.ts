import type { Step, WorkshopFile } from './model/types.js';

const init = { bubbles: true, composed: true } as const;

/** The workshop changed on this device; `detail` is the whole workshop file (read-only). */
export class NaChangeEvent extends CustomEvent<WorkshopFile> {
  constructor(file: WorkshopFile) {
    super('na-change', { ...init, detail: file });
  }
}

/** The workshop moved to another step on this device. */
export class NaStepEvent extends CustomEvent<{ step: Step }> {
  constructor(step: Step) {
    super('na-step', { ...init, detail: { step } });
  }
}

/** Storage or sync is in trouble; `message` is what the user is also shown. */
export class NaErrorEvent extends CustomEvent<{ message: string }> {
  constructor(message: string) {
    super('na-error', { ...init, detail: { message } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'na-change': NaChangeEvent;
    'na-step': NaStepEvent;
    'na-error': NaErrorEvent;
  }
}
