import { html, nothing } from "lit-html";
import { displayName } from "../confirmation";
import { absoluteDate, relativeDue } from "../dates";
import type { Pane } from "../pane";
import type { Board } from "../types";
import { empty, whenLoaded } from "./states";

const nextWords = { call: "Call", remind: "Remind", wait: "Wait", none: "" } as const;

/** Tracked asks in three piles: overdue, coming due, and the people you are waiting on. */
export function boardView(pane: Pane) {
  return whenLoaded(pane.cells.get<Board>("board"), (board) => {
    if (board.agreements.length === 0 && board.people.length === 0)
      return empty("Nothing to follow up", "Confirm the agreements of a conversation and CrossDept follows them up here: what comes due, what is late, who hasn't answered.");
    const overdue = board.agreements.filter((a) => a.agreement.checkpoint === "overdue");
    const soon = board.agreements.filter((a) => a.agreement.checkpoint !== "overdue");
    return html`
      <div class="actions"><button class="button subtle" @click=${() => pane.loadBoard()}>Refresh</button></div>
      <section class="pile" aria-labelledby="pile-overdue">
        <h2 id="pile-overdue" class="section-title">Overdue <span class="count">${overdue.length}</span></h2>
        ${overdue.length ? agreementList(overdue) : html`<p class="hint">Nothing overdue.</p>`}
      </section>
      <section class="pile" aria-labelledby="pile-soon">
        <h2 id="pile-soon" class="section-title">Coming due <span class="count">${soon.length}</span></h2>
        ${soon.length ? agreementList(soon) : html`<p class="hint">Nothing else open.</p>`}
      </section>
      <section class="pile" aria-labelledby="pile-waiting">
        <h2 id="pile-waiting" class="section-title">Waiting on <span class="count">${board.people.length}</span></h2>
        ${board.people.length
          ? html`<ul class="cards">${board.people.map(
              (p) => html`<li class="card">
                <div class="person-head"><span class="name">${displayName(p.person)}</span><span class="next ${p.person.nextStep}">${nextWords[p.person.nextStep]}</span></div>
                <div class="facts"><span>${p.subject}</span>${p.person.unansweredRequests ? html`<span>${p.person.unansweredRequests} unanswered</span>` : nothing}</div>
              </li>`,
            )}</ul>`
          : html`<p class="hint">Everyone has answered.</p>`}
      </section>
    `;
  });
}

function agreementList(items: Board["agreements"]) {
  return html`<ul class="cards">${items.map(
    ({ agreement: a, subject }) => html`<li class="card">
      <div class="owner">${displayName(a.owner)}</div>
      <div class="what">${a.what}</div>
      <div class="due ${a.checkpoint === "overdue" ? "overdue" : ""}">
        ${a.due ? html`${relativeDue(a.due)} · ${absoluteDate(a.due)}` : "No date yet: ask for one"}
      </div>
      <div class="facts">${subject}</div>
    </li>`,
  )}</ul>`;
}
