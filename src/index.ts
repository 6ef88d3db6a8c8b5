/** Classes and types of the library; importing this registers nothing. */
export { NetwerkAmbitie } from './elements/netwerk-ambitie/netwerk-ambitie.js';
export { NaChangeEvent, NaErrorEvent, NaStepEvent } from './events.js';
export type { WorkshopStore, Session, Role, ChangeSource } from './model/store-api.js';
export * from './model/types.js';
export { parseWorkshopFile, WorkshopFileError, type FileProblem } from './model/validate.js';
