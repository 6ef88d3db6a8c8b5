import type { WorkshopFile } from '../../src/model/types.js';

/** The example workshop of four partners, stopped in step 4, as a fresh copy. */
export async function exampleWorkshop(): Promise<WorkshopFile> {
  const response = await fetch('/examples/wijknetwerk-gezond-oost.json');
  return (await response.json()) as WorkshopFile;
}

/** A unique workshop id, so tests never share stored state. */
export const uniqueId = (name = 'test') => `${name}-${Math.random().toString(36).slice(2)}`;
