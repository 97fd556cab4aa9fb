import { html, nothing } from "lit-html";
import { displayName } from "../confirmation";
import { absoluteDate, daysFrom, relativeDue } from "../dates";
import type { Pane } from "../pane";
import type { BoardItem } from "../types";
import { empty, whenLoaded } from "./states";

/** Tracked asks in three piles: overdue, due within a week, and waiting on someone. */
export function boardView(pane: Pane) {
  return whenLoaded(pane.cells.get<BoardItem[]>("board"), (items) => {
    if (items.length === 0)
      return empty("Nothing tracked yet", "Open a conversation where someone agreed to do something; CrossDept tracks it here once you confirm it.");
    const today = new Date();
    const overdue = items.filter((i) => i.due && daysFrom(today, i.due) < 0);
    const soon = items.filter((i) => i.due && daysFrom(today, i.due) >= 0 && daysFrom(today, i.due) <= 7);
    const waiting = items.filter((i) => (i.waitingOn?.length ?? 0) > 0);
    return html`
      <div class="actions"><button class="button subtle" @click=${() => pane.loadBoard()}>Refresh</button></div>
      ${pile("Overdue", overdue, "Nothing overdue.")}
      ${pile("Due in the next 7 days", soon, "Nothing due this week.")}
      ${pile("Waiting on", waiting, "Nobody owes you an answer.")}
    `;
  });
}

function pile(title: string, items: BoardItem[], none: string) {
  return html`<section class="pile">
    <h2 class="section-title">${title} <span class="count">${items.length}</span></h2>
    ${items.length === 0
      ? html`<p class="hint">${none}</p>`
      : html`<ul class="cards">${items.map(
          (i) => html`<li class="card">
            <div class="owner">${i.owner ? displayName(i.owner) : i.subject ?? ""}</div>
            <div class="what">${i.what ?? i.subject ?? ""}</div>
            ${i.due ? html`<div class="due">${relativeDue(i.due)} · ${absoluteDate(i.due)}</div>` : nothing}
            ${i.waitingOn?.length ? html`<div class="facts">Waiting on ${i.waitingOn.map(displayName).join(", ")}</div>` : nothing}
          </li>`,
        )}</ul>`}
  </section>`;
}
