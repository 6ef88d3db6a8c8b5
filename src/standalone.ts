/**
 * The script-tag build's entry: defines `<netwerk-ambitie>` at once and every
 * other element when it is first used (see `elements/lazy.ts`).
 */
import './elements/netwerk-ambitie/define.js';
import { defineOnUse } from './elements/lazy.js';

defineOnUse(document);
