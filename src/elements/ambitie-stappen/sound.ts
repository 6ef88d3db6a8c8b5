/**
 * The timer's optional sound at the end of a step: two short, quiet tones made
 * with Web Audio (no sound file to download). Off unless this device's user
 * switches it on; the choice is kept on the device.
 */

import { recall, remember } from '../shared/device-memory.js';

const KEY = 'timer-sound';

let context: AudioContext | undefined;

/** Whether this device plays the sound. */
export const soundOn = (): boolean => recall(KEY) === 'on';

/** Switches the sound on or off on this device; call it from the user's click, which lets the browser play sound. */
export function setSound(on: boolean): void {
  remember(KEY, on ? 'on' : undefined);
  if (on) readySound();
}

/** Prepares sound during a user's gesture (browsers allow sound only after one). */
export function readySound(): void {
  if (typeof AudioContext === 'undefined') return;
  context ??= new AudioContext();
  if (context.state === 'suspended') void context.resume();
}

/** Two short tones. */
export function beep(): void {
  readySound();
  if (!context) return;
  const start = context.currentTime;
  for (const at of [0, 0.4]) {
    const tone = context.createOscillator();
    const volume = context.createGain();
    tone.frequency.value = 880;
    volume.gain.setValueAtTime(0.2, start + at);
    volume.gain.exponentialRampToValueAtTime(0.001, start + at + 0.3);
    tone.connect(volume).connect(context.destination);
    tone.start(start + at);
    tone.stop(start + at + 0.3);
  }
}
