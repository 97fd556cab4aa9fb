import { html, nothing } from "lit-html";
import { displayName } from "../names";
import { absoluteDate, relativeDue } from "../dates";
import type { Pane, ShownAgreement } from "../pane";
import type { Draft, Person } from "../types";
import { draftPreview } from "./drafts";
import { empty, failure, loading } from "./states";
import { plannerView } from "./planner";

const statusWords = { open: "", done: "Done", dropped: "Dropped" } as const;

export function agreementsView(pane: Pane) {
  const list = pane.agreements;
  const tracked = pane.tracked;
  return html`
    <section aria-labelledby="agreements-title">
      <h2 id="agreements-title" class="section-title">${list.length === 1 ? "1 agreement" : `${list.length} agreements`}</h2>
      ${list.length === 0 && !pane.adding
        ? empty("No agreements found yet", "Nobody has committed to something with a name and a date in this conversation. Add one yourself if it was agreed by phone or in a meeting.")
        : nothing}
      ${unreadNotice(pane)}
      ${tracked === null && list.length > 0
        ? html`<p class="hint">Corrections and done / dropped are kept on your board: the first one tracks this conversation.</p>`
        : nothing}
      <ol class="cards">
        ${list.map((a, i) => html`<li class="card agreement-card ${a.status}" data-what=${a.what}>${pane.editing === i ? editor(pane, i, a) : agreementCard(pane, i, a)}</li>`)}
      </ol>
      ${pane.adding
        ? html`<div class="card">${editor(pane, null, null)}</div>`
        : html`<div class="actions">
            <button id="add-agreement" class="button" @click=${() => pane.startAdding(true)}>Add agreement</button>
            ${list.length ? html`<button class="button primary" @click=${() => pane.selectTab("confirm")}>Confirm in writing</button>` : nothing}
          </div>`}
      ${plannerView(pane)}
    </section>
  `;
}

/** A message too long to read whole: say so, so that a missing point is not taken for one nobody made. */
function unreadNotice(pane: Pane) {
  const cut = (pane.analysis?.messages ?? []).filter((m) => m.unread);
  if (cut.length === 0) return nothing;
  const who = cut.map((m) => displayName(m.from)).filter((n, i, all) => all.indexOf(n) === i).join(", ");
  return html`<p class="hint unread-notice" role="note">
    ${cut.length === 1 ? "One message" : `${cut.length} messages`} (${who}) ${cut.length === 1 ? "is" : "are"} too long to read whole:
    agreements were looked for in the first part only. Check the rest yourself and add what was agreed there.
  </p>`;
}

function agreementCard(pane: Pane, index: number, a: ShownAgreement) {
  // The API judges it (a done or dropped agreement is never overdue); the pane only words it.
  const overdue = a.checkpoint === "overdue";
  const key = `${a.id ?? index}`;
  // Marked done before it was tracked, its thank-you was asked for under its words (it had no id yet).
  const byWords = `thanks:${a.what}`;
  const thanksKey = a.id && pane.cells.get(byWords).status === "idle" ? `thanks:${a.id}` : byWords;
  const thanks = pane.cells.get<Draft | null>(thanksKey);
  return html`
    <div class="agreement">
      <div class="person-head">
        <span class="owner">${displayName(a.owner)}</span>
        ${a.status !== "open" ? html`<span class="status ${a.status}">${statusWords[a.status]}</span>` : nothing}
      </div>
      <div class="what">${a.what}</div>
      <div class="due ${overdue ? "overdue" : ""}">
        ${a.due
          ? html`<time datetime=${a.due}>${a.status === "open" ? relativeDue(a.due, pane.today) : "was due"}</time> · ${absoluteDate(a.due)}`
          : html`<span>No date given</span>`}
      </div>
      ${a.editedBy ? html`<div class="facts"><span>Corrected by ${a.editedBy === pane.me ? "you" : a.editedBy}</span></div>` : nothing}
      ${a.quote ? quoteToggle(pane, key, a.quote) : nothing}
      <div class="row-actions">
        <button class="button subtle" @click=${() => pane.startEditing(index)} aria-label="Edit: ${a.what}">Edit</button>
        <button class="button subtle" @click=${() => pane.removeAgreement(index)} aria-label="Remove: ${a.what}">Remove</button>
        ${a.status === "open"
          ? html`<button class="button subtle" @click=${() => pane.setAgreementStatus(a, "done")} aria-label="Mark done: ${a.what}">Mark done</button>
              <button class="button subtle" @click=${() => pane.setAgreementStatus(a, "dropped")} aria-label="Drop: ${a.what}">Drop</button>`
          : nothing}
      </div>
      <div data-result=${thanksKey} tabindex="-1">
        ${thanks.status === "loading" ? loading(thanks.label) : nothing}
        ${thanks.status === "error" ? failure(thanks.message, thanks.retry) : nothing}
        ${thanks.status === "ok" && thanks.value ? draftPreview(pane, thanks.value, "Thank-you note") : nothing}
      </div>
    </div>
  `;
}

/** Show quote / Hide quote: the sentence that said it, on demand. */
export function quoteToggle(pane: Pane, key: string, quote: string) {
  const open = pane.openQuotes.has(key);
  return html`<details class="quote" ?open=${open} @toggle=${(e: Event) => {
    const now = (e.target as HTMLDetailsElement).open;
    if (now !== open) pane.toggleQuote(key, now);
  }}><summary>${open ? "Hide quote" : "Show quote"}</summary><blockquote>${quote}</blockquote></details>`;
}

function editor(pane: Pane, index: number | null, a: ShownAgreement | null) {
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
        ${people.map((p) => html`<option value=${p.address} ?selected=${p.address.toLowerCase() === a?.owner.address.toLowerCase()}>${displayName(p)}</option>`)}
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
  if (current && !people.some((p) => p.address.toLowerCase() === current.address.toLowerCase())) people.unshift(current);
  return people;
}
