import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { replaceTheme, themeKey, type TaggedTheme } from '../../model/themes.js';
import type { CanvasKit } from './canvas-kit.js';

/**
 * Renaming a theme and merging it with another, for the facilitator: one
 * theme's controls open at a time, behind its "Wijzigen" button; Escape
 * closes them and puts focus back on that button.
 */
export class ThemeEditor {
  /** The key of the theme whose controls are open. */
  #editing?: string;

  constructor(private readonly kit: CanvasKit) {}

  /** Renames theme `from` to `to` in every item; merges when `to` is an existing theme. */
  #replace(from: string, to: string): void {
    const kit = this.kit;
    const items = kit.canvas.derived()?.items;
    if (!items) return;
    kit.store?.batch(() => {
      for (const item of items.values()) {
        const next = replaceTheme(item.themes, from, to);
        if (next) kit.setThemes(item, next);
      }
    });
  }

  #toggle(theme: TaggedTheme): void {
    if (this.#editing === theme.key) return this.#close(theme.key);
    this.#editing = theme.key;
    this.kit.focus(`#${this.kit.id(`rename ${theme.key}`)}`);
  }

  /** Closes the controls and puts focus on the edit button of theme `key`. */
  #close(key: string): void {
    this.#editing = undefined;
    this.kit.focus(`[data-edit="${CSS.escape(key)}"]`);
  }

  #submitRename(event: SubmitEvent, theme: TaggedTheme, all: readonly TaggedTheme[]): void {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('name') as HTMLInputElement;
    const name = input.value.trim();
    if (!themeKey(name)) {
      this.kit.announce(() => msg('Geef het thema een naam.'));
      input.focus();
      return;
    }
    if (name === theme.name) return this.#close(theme.key);
    const other = all.find((t) => t.key === themeKey(name) && t.key !== theme.key);
    this.#replace(theme.name, other?.name ?? name);
    this.#close(themeKey(name));
    this.kit.announce(() =>
      other
        ? msg(str`Thema ‘${theme.name}’ is samengevoegd met ‘${other.name}’.`)
        : msg(str`Thema ‘${theme.name}’ heet nu ‘${name}’.`),
    );
  }

  #keydown(event: KeyboardEvent, theme: TaggedTheme): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.#close(theme.key);
  }

  #merge(theme: TaggedTheme, all: readonly TaggedTheme[]): void {
    const select = this.kit.canvas.root().querySelector<HTMLSelectElement>(`#${this.kit.id(`merge ${theme.key}`)}`);
    const target = all.find((t) => t.key === select?.value);
    if (!target) {
      this.kit.announce(() => msg(str`Kies eerst het thema waarmee ‘${theme.name}’ samengaat.`));
      select?.focus();
      return;
    }
    this.#replace(theme.name, target.name);
    this.#close(target.key);
    this.kit.announce(() => msg(str`Thema ‘${theme.name}’ is samengevoegd met ‘${target.name}’.`));
  }

  /** A button that opens renaming and merging for `theme`. */
  render(theme: TaggedTheme, all: readonly TaggedTheme[]): TemplateResult {
    const open = this.#editing === theme.key;
    const panelId = this.kit.id(`edit ${theme.key}`);
    return html`<div class="theme-edit">
      <button
        type="button"
        class="small"
        data-edit=${theme.key}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${panelId}
        aria-label=${msg(str`Wijzigen: thema ‘${theme.name}’`)}
        @click=${() => this.#toggle(theme)}
      >
        ${msg('Wijzigen')}
      </button>
      <div
        id=${panelId}
        class="theme-panel"
        ?hidden=${!open}
        @keydown=${(event: KeyboardEvent) => this.#keydown(event, theme)}
      >
        ${open ? this.#panel(theme, all) : nothing}
      </div>
    </div>`;
  }

  #panel(theme: TaggedTheme, all: readonly TaggedTheme[]): TemplateResult {
    const others = all.filter((t) => t.key !== theme.key);
    const renameId = this.kit.id(`rename ${theme.key}`);
    const mergeId = this.kit.id(`merge ${theme.key}`);
    return html`<form class="rename" @submit=${(event: SubmitEvent) => this.#submitRename(event, theme, all)}>
        <label for=${renameId}>${msg(str`Nieuwe naam voor thema ‘${theme.name}’`)}</label>
        <input id=${renameId} name="name" autocomplete="off" maxlength="80" .value=${theme.name} />
        <button type="submit" class="primary">${msg('Naam opslaan')}</button>
      </form>
      ${
        others.length
          ? html`<div class="merge">
              <label for=${mergeId}>${msg(str`Voeg ‘${theme.name}’ samen met`)}</label>
              <select id=${mergeId}>
                <option value="">${msg('Kies een thema')}</option>
                ${others.map((t) => html`<option value=${t.key}>${t.name}</option>`)}
              </select>
              <button
                type="button"
                aria-label=${msg(str`Samenvoegen: thema ‘${theme.name}’`)}
                @click=${() => this.#merge(theme, all)}
              >
                ${msg('Samenvoegen')}
              </button>
            </div>`
          : nothing
      }
      <p class="hint">${msg('Een nieuwe naam of samenvoegen geldt voor alle punten met dit thema. Esc sluit.')}</p>`;
  }
}
