/** Registers every element of the library (the script-tag build's entry). */
import './elements/netwerk-ambitie/define.js';
import './elements/ambitie-stappen/define.js';
import './elements/partner-lijst/define.js';
import './elements/belangen-kaart/define.js';
import './elements/halen-brengen/define.js';
import './elements/belangen-overzicht/define.js';
import './elements/ambitie-canvas/define.js';
import './elements/ambitie-verslag/define.js';
import './elements/facilitator-tips/define.js';
