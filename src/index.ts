/** Classes and types of the library; importing this registers nothing. */
export { NetwerkAmbitie } from './elements/netwerk-ambitie/netwerk-ambitie.js';
export { AmbitieStappen } from './elements/ambitie-stappen/ambitie-stappen.js';
export { PartnerLijst } from './elements/partner-lijst/partner-lijst.js';
export { BelangenKaart } from './elements/belangen-kaart/belangen-kaart.js';
export { HalenBrengen } from './elements/halen-brengen/halen-brengen.js';
export { BelangenOverzicht } from './elements/belangen-overzicht/belangen-overzicht.js';
export { AmbitieCanvas } from './elements/ambitie-canvas/ambitie-canvas.js';
export { AmbitieVerslag } from './elements/ambitie-verslag/ambitie-verslag.js';
export { NetwerkBeeld } from './elements/netwerk-beeld/netwerk-beeld.js';
export { FacilitatorTips } from './elements/facilitator-tips/facilitator-tips.js';
export { PartnerUitnodigingen } from './elements/partner-uitnodigingen/partner-uitnodigingen.js';
export { NaChangeEvent, NaErrorEvent, NaStepEvent } from './events.js';
export type { WorkshopStore, Session, Role, ChangeSource } from './model/store-api.js';
export * from './model/types.js';
export { parseWorkshopFile, WorkshopFileError, type FileProblem } from './model/validate.js';
