import * as Y from 'yjs';

/**
 * Undo and redo for one device over several Yjs documents (the workshop's
 * shared document and the partner cards). Each document has its own
 * `Y.UndoManager`, which only undoes this device's changes; this history
 * keeps one stack of user actions, each the set of managers that took part,
 * so that an action spanning documents (an import, confirming a theme on
 * several cards) is undone and redone as one.
 */
export class History {
  readonly #managers = new Set<Y.UndoManager>();
  #undo: Set<Y.UndoManager>[] = [];
  #redo: Set<Y.UndoManager>[] = [];
  /** The managers that made a new step during the action being recorded. */
  #current?: Set<Y.UndoManager>;
  #replaying = false;

  /** Tracks the changes made with `origin` in `types` (all of one document). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  track(types: Y.AbstractType<any>[], origin: unknown): Y.UndoManager {
    const manager = new Y.UndoManager(types, { trackedOrigins: new Set([origin]) });
    manager.on('stack-item-added', ({ type }: { type: 'undo' | 'redo' }) => {
      if (type === 'undo' && !this.#replaying) this.#current?.add(manager);
    });
    this.#managers.add(manager);
    return manager;
  }

  get canUndo(): boolean {
    return this.#undo.length > 0;
  }

  get canRedo(): boolean {
    return this.#redo.length > 0;
  }

  /**
   * Records `change` as one user action. A `step` stands alone; other changes
   * (typing in one document, whose `manager` is given) join the action just
   * before when it was typing in the same document moments ago.
   */
  record(change: () => void, typing?: Y.UndoManager): void {
    const last = this.#undo.at(-1);
    const joins = typing && last?.size === 1 && last.has(typing);
    if (!joins) this.#stop();
    const current = (this.#current = new Set());
    try {
      change();
    } finally {
      this.#current = undefined;
      if (current.size) {
        this.#undo.push(current);
        this.#redo = [];
        for (const manager of this.#managers) if (!current.has(manager)) manager.clear(false, true);
      }
      if (!typing) this.#stop();
    }
  }

  undo(): void {
    this.#stop();
    this.#replay(this.#undo, this.#redo, (manager) => manager.undo());
  }

  redo(): void {
    this.#replay(this.#redo, this.#undo, (manager) => manager.redo());
  }

  #replay(from: Set<Y.UndoManager>[], to: Set<Y.UndoManager>[], apply: (manager: Y.UndoManager) => void): void {
    const action = from.pop();
    if (!action) return;
    this.#replaying = true;
    try {
      for (const manager of action) apply(manager);
    } finally {
      this.#replaying = false;
    }
    to.push(action);
  }

  #stop(): void {
    for (const manager of this.#managers) manager.stopCapturing();
  }
}
