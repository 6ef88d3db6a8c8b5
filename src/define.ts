/** Registers every element of the library (the script-tag build's entry). */
import './elements/netwerk-ambitie/define.js';
