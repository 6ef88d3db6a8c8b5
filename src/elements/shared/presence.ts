import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Session } from '../../model/store-api.js';
import type { WorkshopFile } from '../../model/types.js';

/** Who else is connected to the workshop through the sync server, in words. */
export function presenceText(file: WorkshopFile, session: Session): string | undefined {
  if (session.connection !== 'connected') return undefined;
  const others = session.presence ?? [];
  if (!others.length) return msg('Verbonden; nog niemand anders is er.');
  const names = others.map((device) =>
    device.role === 'facilitator'
      ? msg('de facilitator')
      : (file.partners.find((p) => p.id === device.partner)?.name ?? msg('een partner')),
  );
  return msg(str`Ook verbonden: ${[...new Set(names)].join(', ')}.`);
}

/**
 * The devices connected to the workshop (sync only), announced politely when
 * it changes; nothing without a sync server.
 */
export function presenceLine(file: WorkshopFile, session: Session): TemplateResult | typeof nothing {
  const text = presenceText(file, session);
  return text === undefined
    ? nothing
    : html`<p part="presence" class="presence" role="status"><span aria-hidden="true">● </span>${text}</p>`;
}
