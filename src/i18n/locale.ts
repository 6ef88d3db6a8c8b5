import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { MsgFn, TemplateMap } from '@lit/localize/internal/types.js';
import { composedAncestors } from '../composed.js';

/** The languages the elements speak; Dutch is the source and the default. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Translations by language; Dutch needs none. Others load on first use. */
const catalogs: Partial<Record<Language, TemplateMap>> = {};
const loading: Partial<Record<Language, Promise<void>>> = {};
let current: Language = 'nl';

// Every element renders in its own language, so `msg()` looks up the language
// of the element that is rendering (see `inLanguage`) rather than one global
// locale. A second copy of the library on the page keeps its own module state.
try {
  _installMsgImplementation(((template, options) => runtimeMsg(catalogs[current], template, options)) as MsgFn);
} catch {
  console.warn('netwerkambitie: @lit/localize was configured elsewhere on this page; texts stay in Dutch.');
}

/**
 * Loads the texts of `language` (once; Dutch is built in). Elements call it
 * when they render in a language; until it has loaded they show Dutch.
 */
export function loadLanguage(language: Language): Promise<void> {
  if (language === 'nl' || catalogs[language]) return Promise.resolve();
  return (loading[language] ??= import('./generated/en.js').then(({ templates }) => {
    catalogs[language] = templates;
    watchers.forEach((watch) => watch());
  }));
}

/** Runs `render` with `msg()` answering in `language`. */
export function inLanguage<T>(language: Language, render: () => T): T {
  const previous = current;
  current = language;
  try {
    return render();
  } finally {
    current = previous;
  }
}

/** Maps a BCP 47 tag (`en-GB`, `nl-BE`) to a supported language. */
export function toLanguage(tag: string | null | undefined): Language | undefined {
  const base = tag?.trim().toLowerCase().split('-')[0];
  return LANGUAGES.find((language) => language === base);
}

/**
 * The language of `element`: its own `lang`, else the nearest ancestor's
 * (across shadow roots), else `<html lang>`, else Dutch. An unsupported
 * language falls back to Dutch.
 */
export function languageOf(element: Element): Language {
  const marked = composedAncestors(element).find((node) => node.hasAttribute('lang'));
  return toLanguage(marked ? marked.getAttribute('lang') : document.documentElement.lang) ?? 'nl';
}

const watchers = new Set<() => void>();
let observer: MutationObserver | undefined;

/**
 * Calls `onChange` whenever a `lang` attribute changes anywhere in the
 * document or a language's texts have loaded, so elements follow a language
 * switch live. Returns an unwatch.
 */
export function watchLanguage(onChange: () => void): () => void {
  watchers.add(onChange);
  observer ??= new MutationObserver(() => watchers.forEach((watch) => watch()));
  if (watchers.size === 1)
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  return () => {
    watchers.delete(onChange);
    if (watchers.size === 0) observer?.disconnect();
  };
}
