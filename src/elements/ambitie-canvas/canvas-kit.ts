import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { directionLabel } from '../../i18n/labels.js';
import type { Derived } from '../../model/derived.js';
import type { WorkshopStore } from '../../model/store-api.js';
import { isInterest, LIMITS, type Item } from '../../model/types.js';
import type { SectionHost } from '../base/na-element.js';
import type { Announcer } from '../controllers/announcer.js';
import type { FocusAfterRender } from '../controllers/focus-after-render.js';
import { kindMarker } from '../shared/kind-marker.js';
import { partnerName } from '../shared/partner-choice.js';
import { BoundedLists } from '../shared/more.js';
import { SHOWN } from './more.js';

/** What the canvas lends its sections: its workshop, language, live region and focus. */
export interface CanvasHost extends SectionHost {
  announcer: Announcer;
  focuser: FocusAfterRender;
}

/** A text that autosaves, as `CanvasKit.textField()` renders it. */
export interface TextFieldOptions {
  key: string;
  label: string;
  value: string;
  editable: boolean;
  rows?: number;
  part?: string;
  onInput: (value: string) => void;
}

/**
 * What the canvas's sections share: stable ids, partners' names, one item in
 * words, the items behind a theme (the first few, more on request; all in
 * print) and a text that autosaves.
 */
export class CanvasKit {
  #ids = new Map<string, string>();
  /** The items behind each theme, suggestion or tension, the first few shown (all in print). */
  readonly #items: BoundedLists;

  constructor(readonly canvas: CanvasHost) {
    this.#items = new BoundedLists(canvas.host, SHOWN.items, SHOWN.cards);
  }

  get store(): WorkshopStore | undefined {
    return this.canvas.store();
  }

  get facilitator(): boolean {
    return !!this.canvas.may()?.lead;
  }

  /** Renders the canvas again, for a change of what only this device sees. */
  update(): void {
    this.canvas.host.requestUpdate();
  }

  announce(text: () => string): void {
    this.canvas.announcer.announce(this.canvas.say(text));
  }

  focus(selector: string): void {
    this.canvas.focuser.focus(selector);
  }

  /** A stable, valid element id for any key (partner and theme names may hold any character). */
  id(key: string): string {
    let id = this.#ids.get(key);
    if (!id) this.#ids.set(key, (id = `f${this.#ids.size + 1}`));
    return id;
  }

  name(partnerId: string): string {
    return partnerName(this.canvas.derived()?.partner(partnerId));
  }

  list(values: string[]): string {
    return new Intl.ListFormat(this.canvas.language(), { type: 'conjunction' }).format(values);
  }

  /** Changes the themes of one interest or contribution. */
  setThemes(item: Item, themes: string[]): void {
    if (isInterest(item)) this.store?.updateInterest(item.id, { themes });
    else this.store?.updateContribution(item.id, { themes });
  }

  /** One interest or contribution: whose, what kind, and its text. */
  item(item: Item | undefined): TemplateResult {
    if (!item) return html`<span class="item-text">${msg('(verwijderd punt)')}</span>`;
    return html`<strong class="who">${this.name(item.partnerId)}:</strong>
      ${isInterest(item) ? kindMarker(item.kind) : html`<span class="direction">(${directionLabel(item.direction)})</span>`}
      <span class="item-text">${item.text.trim() || msg('(zonder tekst)')}</span>`;
  }

  /** The items behind theme, suggestion or tension `key`: the first few, more on request. */
  items(key: string, name: string, ids: string[], analysis: Derived): TemplateResult {
    const items = this.#items.firstOf(key, ids, msg(str`punten bij ‘${name}’`));
    return html`<ul class="items">
        ${items.shown.map((id) => html`<li>${this.item(analysis.items.get(id))}</li>`)}
      </ul>
      ${items.more}`;
  }

  /**
   * A text that autosaves: a labelled textarea on a device that may edit it
   * (with a plain copy for print), plain text otherwise.
   */
  textField(options: TextFieldOptions): TemplateResult {
    const { key, label, value, editable, rows = 3, part = 'field', onInput } = options;
    const id = this.id(key);
    if (!editable)
      return html`<div class="field" part=${part}>
        <p class="field-label">${label}</p>
        <p class="field-text">${value.trim() || msg('(nog leeg)')}</p>
      </div>`;
    return html`<div class="field" part=${part}>
      <label for=${id}>${label}</label>
      <textarea
        id=${id}
        rows=${rows}
        maxlength=${LIMITS.textLength}
        .value=${live(value)}
        @input=${(event: InputEvent) => onInput((event.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p class="print-text">${value.trim() || msg('(nog leeg)')}</p>
    </div>`;
  }
}
