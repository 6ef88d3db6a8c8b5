import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { textAnalysis, type ThemeSuggestion } from '../../model/analysis.js';
import type { Derived } from '../../model/derived.js';
import { addTheme, type TaggedTheme } from '../../model/themes.js';
import type { CanvasKit } from './canvas-kit.js';
import { firstOf, SHOWN } from './more.js';
import { ThemeEditor } from './theme-editor.js';

/**
 * The themes the partners share, the themes of one partner, and the themes
 * suggested from their texts, which the facilitator confirms or dismisses
 * (dismissed on every device, until brought back).
 */
export class CommonGroundSection {
  /** How many suggested themes are shown. */
  #shown: number = SHOWN.cards;
  readonly #editor: ThemeEditor;

  constructor(private readonly kit: CanvasKit) {
    this.#editor = new ThemeEditor(kit);
  }

  #confirm(suggestion: ThemeSuggestion): void {
    const kit = this.kit;
    const items = kit.canvas.derived()?.items;
    if (!items) return;
    let added = 0;
    kit.store?.batch(() => {
      for (const id of suggestion.itemIds) {
        const item = items.get(id);
        const next = item && addTheme(item.themes, suggestion.name);
        if (item && next) {
          kit.setThemes(item, next);
          added++;
        }
      }
    });
    kit.focus('#suggestions-heading');
    kit.announce(() =>
      added === 1
        ? msg(str`Thema ‘${suggestion.name}’ bevestigd bij 1 punt.`)
        : msg(str`Thema ‘${suggestion.name}’ bevestigd bij ${added} punten.`),
    );
  }

  #dismiss(suggestion: ThemeSuggestion): void {
    this.kit.store?.dismissSuggestion(suggestion.name);
    this.kit.focus('#suggestions-heading');
    this.kit.announce(() => msg(str`Voorstel ‘${suggestion.name}’ genegeerd.`));
  }

  #restoreDismissed(): void {
    this.kit.store?.restoreSuggestions();
    this.kit.focus('#suggestions-heading');
    this.kit.announce(() => msg('De genegeerde voorstellen staan weer in de lijst.'));
  }

  #more(): void {
    this.#shown += SHOWN.cards;
    this.kit.update();
  }

  render(analysis: Derived): TemplateResult {
    const shared = analysis.themes.filter((t) => t.partnerIds.length > 1);
    const single = analysis.themes.filter((t) => t.partnerIds.length < 2);
    const ground = analysis.commonGround(textAnalysis);
    const open = ground.suggestions;
    const dismissed = ground.dismissedSuggestions.length;
    const suggestions = firstOf(open, this.#shown, () => this.#more(), msg('voorgestelde thema’s'));
    const edit = this.kit.facilitator;
    return html`<section class="panel common-ground" part="common-ground" aria-labelledby="common-ground-heading">
      <h3 id="common-ground-heading">${msg('Gemeenschappelijke grond')}</h3>
      <p class="intro">
        ${msg('Thema’s die bij meer partners terugkomen: wie ze delen, en welke punten erachter zitten.')}
      </p>
      <h4>${msg('Gedeelde thema’s')}</h4>
      ${
        shared.length
          ? html`<ul class="cards">
              ${repeat(
                shared,
                (t) => t.key,
                (t) => this.#theme(t, analysis, edit),
              )}
            </ul>`
          : html`<p class="empty">
              ${msg('Nog geen thema dat meer partners delen. Bevestig een voorstel of geef punten een thema.')}
            </p>`
      }
      ${
        single.length
          ? html`<h4>${msg('Thema’s van één partner')}</h4>
              <ul class="own-themes">
                ${repeat(
                  single,
                  (t) => t.key,
                  (t) => this.#ownTheme(t, analysis, edit),
                )}
              </ul>`
          : nothing
      }
      <div class="suggestions">
        <h4 id="suggestions-heading" tabindex="-1">${msg('Voorgestelde thema’s')}</h4>
        <p class="intro">
          ${msg('Gevonden in wat de partners schreven. Een voorstel telt pas mee als jullie het bevestigen.')}
        </p>
        ${
          open.length
            ? html`<ul class="cards">
                  ${repeat(
                    suggestions.shown,
                    (s) => s.key,
                    (s) => this.#suggestion(s, analysis, edit),
                  )}
                </ul>
                ${suggestions.more}`
            : html`<p class="empty">
                ${msg('Geen voorstellen: er komen geen nieuwe woorden bij twee of meer partners terug.')}
              </p>`
        }
        ${
          dismissed && edit
            ? html`<p class="actions">
                <button type="button" @click=${() => this.#restoreDismissed()}>
                  ${msg(str`Genegeerde voorstellen terugzetten (${dismissed})`)}
                </button>
              </p>`
            : nothing
        }
      </div>
    </section>`;
  }

  /** Who shares a theme, in the workshop's order of partners. */
  #sharers(partnerIds: string[]): string {
    const order = this.kit.canvas.workshop()?.partners.map((p) => p.id) ?? [];
    const sorted = [...partnerIds].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    const names = this.kit.list(sorted.map((id) => this.kit.name(id)));
    return partnerIds.length > 1 ? msg(str`Gedeeld door ${names}`) : msg(str`Alleen bij ${names}`);
  }

  /** A theme that more partners share: a card with the items behind it. */
  #theme(theme: TaggedTheme, analysis: Derived, edit: boolean): TemplateResult {
    return html`<li class="card theme" part="theme">
      <h5>${theme.name}</h5>
      <p class="sharers">${this.#sharers(theme.partnerIds)}</p>
      ${this.kit.items(`theme ${theme.key}`, theme.name, theme.itemIds, analysis)}
      ${edit ? this.#editor.render(theme, analysis.themes) : nothing}
    </li>`;
  }

  /** A theme of one partner: one line. */
  #ownTheme(theme: TaggedTheme, analysis: Derived, edit: boolean): TemplateResult {
    return html`<li class="own-theme" part="theme">
      <p><strong>${theme.name}</strong> <span class="sharers">${this.#sharers(theme.partnerIds)}</span></p>
      ${edit ? this.#editor.render(theme, analysis.themes) : nothing}
    </li>`;
  }

  #suggestion(suggestion: ThemeSuggestion, analysis: Derived, edit: boolean): TemplateResult {
    return html`<li class="card suggestion" part="suggestion">
      <h5>${suggestion.name} <span class="badge">${msg('voorstel')}</span></h5>
      <p class="sharers">${this.#sharers(suggestion.partnerIds)}</p>
      ${
        suggestion.existing
          ? html`<p class="hint">
              ${msg('Sluit aan bij een bestaand thema; bevestigen geeft de andere punten dat thema ook.')}
            </p>`
          : nothing
      }
      ${this.kit.items(`suggestion ${suggestion.key}`, suggestion.name, suggestion.itemIds, analysis)}
      ${
        edit
          ? html`<p class="actions">
              <button
                type="button"
                class="primary"
                aria-label=${msg(str`Bevestigen: thema ‘${suggestion.name}’`)}
                @click=${() => this.#confirm(suggestion)}
              >
                ${msg('Bevestigen')}
              </button>
              <button
                type="button"
                aria-label=${msg(str`Negeren: thema ‘${suggestion.name}’`)}
                @click=${() => this.#dismiss(suggestion)}
              >
                ${msg('Negeren')}
              </button>
            </p>`
          : nothing
      }
    </li>`;
  }
}
