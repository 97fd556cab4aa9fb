import { html, nothing } from "lit-html";
import { displayName } from "../confirmation";
import { absoluteDate, relativeDue, daysFrom } from "../dates";
import type { Pane } from "../pane";
import type { Agreement, Person } from "../types";
import { empty } from "./states";

export function agreementsView(pane: Pane) {
  const list = pane.agreements;
  return html`
    <section aria-labelledby="agreements-title">
      <h2 id="agreements-title" class="section-title">${list.length === 1 ? "1 agreement" : `${list.length} agreements`}</h2>
      ${list.length === 0 && !pane.adding
        ? empty("No agreements found yet", "Nobody has committed to something with a name and a date in this conversation. Add one yourself if it was agreed by phone or in a meeting.")
        : nothing}
      <ol class="cards">
        ${list.map((a, i) => html`<li class="card">${pane.editing === i ? editor(pane, i, a) : agreementCard(pane, i, a)}</li>`)}
      </ol>
      ${pane.adding
        ? html`<div class="card">${editor(pane, null, null)}</div>`
        : html`<div class="actions">
            <button class="button" @click=${() => pane.startAdding(true)}>Add agreement</button>
            ${list.length ? html`<button class="button primary" @click=${() => pane.selectTab("confirm")}>Confirm in writing</button>` : nothing}
          </div>`}
    </section>
  `;
}

function agreementCard(pane: Pane, index: number, a: Agreement) {
  const overdue = a.due ? daysFrom(new Date(), a.due) < 0 : false;
  return html`
    <div class="agreement">
      <div class="owner">${displayName(a.owner)}</div>
      <div class="what">${a.what}</div>
      <div class="due ${overdue ? "overdue" : ""}">
        ${a.due
          ? html`<time datetime=${a.due}>${relativeDue(a.due)}</time> · ${absoluteDate(a.due)}`
          : html`<span>No date given</span>`}
      </div>
      ${a.quote
        ? html`<details class="quote"><summary>Show quote</summary><blockquote>${a.quote}</blockquote></details>`
        : nothing}
      <div class="row-actions">
        <button class="button subtle" @click=${() => pane.startEditing(index)} aria-label="Edit: ${a.what}">Edit</button>
        <button class="button subtle" @click=${() => pane.removeAgreement(index)} aria-label="Remove: ${a.what}">Remove</button>
      </div>
    </div>
  `;
}

function editor(pane: Pane, index: number | null, a: Agreement | null) {
  const people = candidates(pane, a?.owner);
  const save = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const address = String(form.get("owner") ?? "");
    const owner = people.find((p) => p.address === address) ?? { address };
    const what = String(form.get("what") ?? "").trim();
    if (!what || !address) return;
    pane.saveAgreement(index, owner, what, String(form.get("due") ?? "") || null);
  };
  const cancel = () => (index === null ? pane.startAdding(false) : pane.startEditing(null));
  return html`
    <form class="editor" @submit=${save} @keydown=${(e: KeyboardEvent) => e.key === "Escape" && cancel()}>
      <label>Who<select class="select" name="owner" required>
        ${people.map((p) => html`<option value=${p.address} ?selected=${p.address === a?.owner.address}>${displayName(p)}</option>`)}
      </select></label>
      <label>What<input class="input" name="what" required .value=${a?.what ?? ""} placeholder="send the Q3 numbers" /></label>
      <label>By<input class="input" name="due" type="date" .value=${a?.due ?? ""} /></label>
      <div class="actions">
        <button class="button primary" type="submit">${index === null ? "Add" : "Save"}</button>
        <button class="button" type="button" @click=${cancel}>Cancel</button>
      </div>
    </form>
  `;
}

/** Anyone in the conversation can own an agreement, the mailbox owner too. */
function candidates(pane: Pane, current?: Person): Person[] {
  const people = [...(pane.analysis?.conversation.participants ?? [])];
  if (current && !people.some((p) => p.address === current.address)) people.unshift(current);
  return people;
}
