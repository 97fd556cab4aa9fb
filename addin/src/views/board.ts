import { html, nothing } from "lit-html";
import { repeat } from "lit-html/directives/repeat.js";
import { displayName } from "../names";
import { absoluteDate, callLabel, relativeDue } from "../dates";
import { callKey, type Escalation, type Pane, type Target } from "../pane";
import type { Board, Draft, FollowingStatus } from "../types";
import { draftPreview } from "./drafts";
import { callActions, reminderActions } from "./people";
import { followingView } from "./following";
import { empty, failure, loading, whenLoaded } from "./states";

const nextWords = { call: "Call", remind: "Remind", wait: "Wait", none: "" } as const;

/** Tracked asks in three piles — overdue, coming due, waiting on — each with its next step in place. */
export function boardView(pane: Pane) {
  if (pane.escalation) return escalationView(pane, pane.escalation);
  // Paused following goes first: the board may be out of date until the user resumes. Otherwise it sits below the piles.
  const paused = pane.cells.value<FollowingStatus>("following")?.status === "paused";
  const piles_ = whenLoaded(pane.cells.get<Board>("board"), (board) => piles(pane, board));
  return paused ? html`${followingView(pane)}${piles_}` : html`${piles_}${followingView(pane)}`;
}

function piles(pane: Pane, board: Board) {
  {
    if (board.agreements.length === 0 && board.people.length === 0 && !pane.justDone)
      return empty("Nothing to follow up", "Track a conversation (or confirm its agreements) and CrossDept follows it up here: what comes due, what is late, who hasn't answered.");
    const overdue = board.agreements.filter((a) => a.agreement.checkpoint === "overdue");
    const soon = board.agreements.filter((a) => a.agreement.checkpoint !== "overdue");
    return html`
      <div class="actions"><button class="button subtle" @click=${() => pane.loadBoard()}>Refresh</button></div>
      ${justDone(pane)}
      <section class="pile" aria-labelledby="pile-overdue">
        <h2 id="pile-overdue" class="section-title">Overdue <span class="count">${overdue.length}</span></h2>
        ${overdue.length ? agreementList(pane, overdue) : html`<p class="hint">Nothing overdue.</p>`}
      </section>
      <section class="pile" aria-labelledby="pile-soon">
        <h2 id="pile-soon" class="section-title">Coming due <span class="count">${soon.length}</span></h2>
        ${soon.length ? agreementList(pane, soon) : html`<p class="hint">Nothing else open.</p>`}
      </section>
      <section class="pile" aria-labelledby="pile-waiting">
        <h2 id="pile-waiting" class="section-title">Waiting on <span class="count">${board.people.length}</span></h2>
        ${board.people.length
          ? html`<ul class="cards">${repeat(board.people, (p) => `${p.trackedId}:${p.person.address}`, (p) => personItem(pane, p))}</ul>`
          : html`<p class="hint">Everyone has answered.</p>`}
      </section>
    `;
  }
}

/** Just marked done: close the loop with the thank-you, copying the helper's manager. */
function justDone(pane: Pane) {
  const done = pane.justDone;
  if (!done) return nothing;
  const thanks = pane.cells.get<Draft | null>(done.key);
  return html`<section class="pile" aria-labelledby="pile-done">
    <h2 id="pile-done" class="section-title">Done: close the loop</h2>
    <div class="card">
      <div class="owner">${displayName(done.owner)}</div>
      <div class="what">${done.what}</div>
      <div data-result=${done.key} tabindex="-1">${whenLoaded(thanks, (d) => (d ? draftPreview(pane, d, "Thank-you note") : nothing))}</div>
    </div>
  </section>`;
}

function agreementList(pane: Pane, items: Board["agreements"]) {
  return html`<ul class="cards">${repeat(items, (i) => i.agreement.id, ({ agreement: a, subject, conversationId, trackedId }) => {
    const thanksKey = `thanks:${a.id}`;
    const thanks = pane.cells.get<Draft | null>(thanksKey);
    return html`<li class="card board-agreement" data-what=${a.what}>
      <div class="owner">${displayName(a.owner)}</div>
      <div class="what">${a.what}</div>
      <div class="due ${a.checkpoint === "overdue" ? "overdue" : ""}">
        ${a.due ? html`${relativeDue(a.due, pane.today)} · ${absoluteDate(a.due)}` : "No date yet: ask for one"}
      </div>
      <div class="facts">${subject}</div>
      <div class="row-actions">
        <button class="button subtle" @click=${() => pane.openFromBoard(conversationId)} aria-label="Open: ${subject}">Open</button>
        <button class="button" @click=${() => pane.setAgreementStatus({ ...a, trackedId }, "done")} aria-label="Mark done: ${a.what}">Mark done</button>
      </div>
      ${thanks.status === "loading" ? loading(thanks.label) : thanks.status === "error" ? failure(thanks.message, thanks.retry) : nothing}
    </li>`;
  })}</ul>`;
}

function personItem(pane: Pane, item: Board["people"][number]) {
  const p = item.person;
  const target: Target = { address: p.address, name: p.name, conversationId: item.conversationId, trackedId: item.trackedId, subject: item.subject };
  const booked = p.nextCallAt;
  return html`<li class="card board-person" data-address=${p.address}>
    <div class="person-head"><span class="name">${displayName(p)}</span>
      <span class="next ${booked ? "booked" : p.nextStep}">${booked ? `Call booked ${callLabel(booked)}` : nextWords[p.nextStep]}</span></div>
    <div class="facts"><span>${item.subject}</span>${p.unansweredRequests ? html`<span>${p.unansweredRequests} unanswered</span>` : nothing}
      ${p.pastResponseTime ? html`<span class="past-response" title="${p.department} agreed to answer within ${p.responseHours} business hours">Past response time (${p.department}: ${p.responseHours} h)</span>` : nothing}</div>
    <div class="row-actions">
      <button class="button subtle" @click=${() => pane.openFromBoard(item.conversationId)} aria-label="Open: ${item.subject}">Open</button>
      ${p.unansweredRequests >= 2 ? html`<button class="button subtle" @click=${() => pane.escalate(target)} aria-label="Escalate: ${displayName(p)}">Escalate</button>` : nothing}
    </div>
    ${p.nextStep === "remind" ? reminderActions(pane, target) : nothing}
    ${p.nextStep === "call" || booked ? callActions(pane, target, { callBookedAt: booked, callsMade: p.callsMade }) : nothing}
  </li>`;
}

/** The escalation summary: what was asked, each email with its date, who answered — to both managers, editable. */
function escalationView(pane: Pane, target: Target) {
  const cell = pane.cells.get<Escalation>(`escalation:${callKey(target)}`);
  return html`<section aria-labelledby="escalation-title" class="escalation">
    <div class="actions"><button class="button subtle" @click=${() => pane.closeEscalation()}>Back to the board</button></div>
    <h2 id="escalation-title" class="section-title" tabindex="-1">Escalate: ${displayName(target)}</h2>
    <p class="hint">Information, not complaint: the managers on both sides get the facts and one clear ask.</p>
    ${cell.status === "loading" ? loading(cell.label) : nothing}
    ${cell.status === "error" ? failure(cell.message, cell.retry) : nothing}
    ${cell.status === "ok" ? escalationEditor(pane, target, `escalation:${callKey(target)}`, cell.value) : nothing}
  </section>`;
}

function escalationEditor(pane: Pane, target: Target, key: string, { draft, saved }: Escalation) {
  const text = pane.escalationEdits.get(key) ?? draft.text;
  const unsaved = pane.escalationEdits.has(key) && pane.escalationEdits.get(key) !== draft.text;
  const saving = pane.cells.get<string>(`${key}:saved`);
  const open = () => {
    const words = pane.escalationEdits.get(key) ?? draft.text;
    pane.openDraft({ ...draft, text: words, html: words.split("\n").map((l) => `<p>${escapeText(l)}</p>`).join("") });
  };
  return html`
    <dl class="envelope">
      <dt>To</dt><dd class="managers">${draft.to.join("; ") || "— the directory names no managers"}</dd>
      <dt>Subject</dt><dd>${draft.subject}</dd>
    </dl>
    <label class="field">Summary (edit before sending)
      <textarea class="input summary" rows="16" .value=${text} @input=${(e: Event) => { pane.escalationEdits.set(key, (e.target as HTMLTextAreaElement).value); pane.changed(); }}></textarea>
    </label>
    <p class="hint saved-by">${saved
      ? `Your words, saved by ${saved.editedBy === pane.me ? "you" : saved.editedBy} ${savedWhen(saved.editedAt)}.`
      : "CrossDept's words."}${unsaved ? " Changes not saved yet." : ""}</p>
    <div class="actions">
      ${target.trackedId
        ? html`<button class="button" ?disabled=${!unsaved || saving.status === "loading"} @click=${() => pane.saveEscalation(target)}>Save summary</button>`
        : nothing}
      ${unsaved || saved
        ? html`<button class="button subtle" @click=${() => pane.resetEscalation(target)}>Back to CrossDept's words</button>`
        : nothing}
    </div>
    <div data-result="${key}:saved" tabindex="-1">
      ${saving.status === "loading" ? loading(saving.label) : nothing}
      ${saving.status === "error" ? failure(saving.message, saving.retry) : nothing}
      ${saving.status === "ok" && !unsaved ? html`<p class="success" role="status">${saving.value}</p>` : nothing}
    </div>
    ${pane.env.outlook
      ? html`<div class="actions"><button class="button primary" @click=${open}>Open as new email</button></div>`
      : html`<p class="hint">In Outlook this opens as a new email to both managers.</p>`}`;
}

function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** When the summary was saved, on the pane's clock: "today at 12:05 PM" or "on Tue, Nov 10". */
function savedWhen(iso: string): string {
  const at = new Date(iso);
  const time = at.toLocaleTimeString("en-US", { hour: "numeric", minute: "2-digit" });
  return at.toDateString() === new Date().toDateString() ? `today at ${time}` : `on ${at.toLocaleDateString("en-US", { weekday: "short", month: "short", day: "numeric" })} at ${time}`;
}
