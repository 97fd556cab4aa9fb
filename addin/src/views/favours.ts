// The favour account on a person's card: what you and their department delivered to each other last quarter, and the
// thanks you sent — the server's sentences (GET /api/people/{address} carries them), loaded when the user asks.

import { html, nothing } from "lit-html";
import { apiRequest } from "../api";
import type { Pane } from "../pane";
import type { PersonCard } from "../types";
import { whenLoaded } from "./states";

interface FavourCounts { deliveredByYou: number; deliveredToYou: number; thanksSent: number; balance: "even" | "youOwe" | "theyOwe" }
interface FavourLine { summary: string; counts: FavourCounts }
export interface CardFavours { since: string; until: string; person: FavourLine & { address: string }; department?: (FavourLine & { department: string }) | null }
type CardWithFavours = PersonCard & { favours?: CardFavours | null };

const key = (address: string) => `favours:${address.toLowerCase()}`;

export function loadFavours(pane: Pane, address: string): void {
  void pane.cells.load<CardWithFavours>(key(address), "Counting favours…", () =>
    apiRequest<CardWithFavours>(`/api/people/${encodeURIComponent(address)}`))
    .then(() => pane.focusAfter(`[data-favours="${CSS.escape(address.toLowerCase())}"]`));
}

/** The card's favour lines, or the button that loads them. */
export function favourLines(pane: Pane, address: string) {
  const cell = pane.cells.get<CardWithFavours>(key(address));
  return html`<div class="favours" data-favours=${address.toLowerCase()} tabindex="-1">${whenLoaded(cell, (card) => {
    const f = card.favours;
    if (!f) return html`<p class="hint">No favour account: the directory doesn't know them.</p>`;
    const dept = f.department;
    const nothingYet = f.person.counts.deliveredByYou + f.person.counts.deliveredToYou + f.person.counts.thanksSent === 0
      && (!dept || dept.counts.deliveredByYou + dept.counts.deliveredToYou + dept.counts.thanksSent === 0);
    return html`<div class="favour-account" role="group" aria-label="Favour account">
      ${dept ? html`<p class="favour-line ${dept.counts.balance}">${dept.summary}.</p>` : nothing}
      <p class="favour-line person-line">${f.person.summary}.</p>
      ${dept?.counts.balance === "youOwe" ? html`<p class="hint">They have done more for you: offer something back in your next ask.</p>` : nothing}
      ${nothingYet ? html`<p class="hint">Nothing delivered either way yet: agreements marked done on your board count here.</p>` : nothing}
    </div>`;
  }, () => html`<div class="row-actions"><button class="button subtle" @click=${() => loadFavours(pane, address)}>Favour account</button></div>`)}</div>`;
}
