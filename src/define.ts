/** Registers every element of the library at once (for bundlers; the script-tag build loads them on use). */
import './elements/netwerk-ambitie/define.js';
import './elements/ambitie-stappen/define.js';
import './elements/partner-lijst/define.js';
import './elements/belangen-kaart/define.js';
import './elements/halen-brengen/define.js';
import './elements/belangen-overzicht/define.js';
import './elements/ambitie-canvas/define.js';
import './elements/ambitie-verslag/define.js';
import './elements/netwerk-beeld/define.js';
import './elements/facilitator-tips/define.js';
import './elements/partner-uitnodigingen/define.js';
