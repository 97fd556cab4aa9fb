import { html, nothing } from "lit-html";
import { repeat } from "lit-html/directives/repeat.js";
import { displayName } from "../names";
import { absoluteDate, slotLabel, callLabel } from "../dates";
import { callKey, type Pane, type ShownPerson, type Target } from "../pane";
import type { BookedCall, Draft, NextStep, PersonCard, Slot, TrackedConversation } from "../types";
import { draftPreview } from "./drafts";
import { favourLines } from "./favours";
import { empty, failure, loading, whenLoaded } from "./states";

const stepOrder: Record<NextStep, number> = { call: 0, remind: 1, wait: 2, none: 3 };
const stepWords: Record<NextStep, string> = {
  call: "Call: two emails went unanswered",
  remind: "Send a friendly reminder",
  wait: "Wait",
  none: "Nothing to do",
};
const statusWords = { replied: "Replied", waiting: "Waiting", away: "Away" } as const;
const outcomeWords = { agreed: "agreed on the call", noAnswer: "no answer on the call", referred: "referred you on the call" } as const;

export function peopleView(pane: Pane) {
  const people = [...pane.people].sort((a, b) => order(a) - order(b));
  if (people.length === 0)
    return empty("Nobody asked in this conversation", "People you write to (To, not Cc) appear here with whether they replied.");
  const replied = people.filter((p) => p.status === "replied").length;
  const booked = people.filter((p) => p.callBookedAt).length;
  const toCall = people.filter((p) => p.nextStep === "call" && !p.callBookedAt).length;
  const away = people.filter((p) => p.status === "away").length;
  const referred = people.filter((p) => p.referral).length;
  const waiting = people.length - replied - away;
  return html`
    <section aria-labelledby="people-title">
      <h2 id="people-title" class="glance">${replied} of ${people.length} replied</h2>
      <p class="hint counts">${[toCall && `${toCall} to call`, booked && `${booked} call${booked === 1 ? "" : "s"} booked`, referred && `${referred} referred you on`,
        away && `${away} away`, waiting > 0 && `${waiting} waiting`].filter(Boolean).join(" · ")}</p>
      <ul class="cards people">
        ${repeat(people, (p) => p.address, (p) => html`<li class="card person" data-address=${p.address}>${personCard(pane, p)}</li>`)}
      </ul>
    </section>
  `;
}

function order(p: ShownPerson): number {
  // A booked call keeps its place among the calls: the card the user just acted on does not jump away.
  return p.referral ? -1 : p.callBookedAt ? stepOrder.call : stepOrder[p.nextStep];
}

function personCard(pane: Pane, p: ShownPerson) {
  const target = pane.targetOf(p);
  const referral = p.referral;
  return html`
    <div class="person-head">
      <span class="name">${displayName(p)}</span>
      <span class="status ${referral ? "referred" : p.status}">${referral ? "Referred" : statusWords[p.status]}</span>
    </div>
    <div class="facts">
      ${p.unansweredRequests && !referral ? html`<span>${p.unansweredRequests === 1 ? "1 email unanswered" : `${p.unansweredRequests} emails unanswered`}</span>` : nothing}
      ${p.awayUntil ? html`<span>Away until ${absoluteDate(p.awayUntil)}</span>` : nothing}
      ${p.lastCallOutcome ? html`<span>Last call: ${outcomeWords[p.lastCallOutcome]}</span>` : nothing}
    </div>
    <div class="next ${referral ? "referred" : p.callBookedAt ? "booked" : p.nextStep}">${referral
      ? `Referred you to ${referral.toName}`
      : p.callBookedAt ? `Call booked ${callLabel(p.callBookedAt)}` : stepWords[p.nextStep]}</div>
    ${referral ? referralActions(pane, target, p) : nothing}
    ${!referral && (p.callBookedAt || p.nextStep === "call") ? callActions(pane, target, p) : nothing}
    ${!referral && !p.callBookedAt && p.nextStep === "remind" ? reminderActions(pane, target) : nothing}
    ${favourLines(pane, p.address)}
  `;
}

/** "Not me — ask X" is an answer: show whom they named and offer to move the ask there. */
function referralActions(pane: Pane, target: Target, p: ShownPerson) {
  const referral = p.referral!;
  const key = callKey(target);
  const draft = pane.cells.get<Draft>(`${key}:referral`);
  return html`
    ${referral.quote ? html`<blockquote class="said">${referral.quote}</blockquote>` : nothing}
    ${draft.status === "idle"
      ? html`<div class="row-actions">
          <button class="button primary" ?disabled=${!referral.toAddress} @click=${() => pane.moveAsk(target, referral)}>Move the ask to ${referral.toName}</button>
        </div>
        ${referral.toAddress ? nothing : html`<p class="hint">${referral.toName} isn't on this conversation: write to them from Outlook.</p>`}`
      : nothing}
    <div data-result="${key}:referral" tabindex="-1">${whenLoaded(draft, (d) => draftPreview(pane, d, `Ask for ${referral.toName}`))}</div>
  `;
}

/** The call ladder: phone, talking points and free slots; a booked call says when, and asks before booking another. */
export function callActions(pane: Pane, target: Target, p: { callBookedAt?: string | null; callsMade?: number }) {
  const key = callKey(target);
  const card = pane.cells.get<PersonCard>(`${key}:card`);
  const slots = pane.cells.get<Slot[]>(`${key}:slots`);
  const booked = pane.cells.get<BookedCall>(`${key}:booked`);
  const notes = pane.cells.get<Draft>(`${key}:notes`);
  const asking = !!p.callBookedAt && pane.rebooking.has(key);
  return html`
    <div class="row-actions">
      ${card.status === "idle" ? html`<button class="button" @click=${() => pane.showPhone(target)}>Show phone</button>` : nothing}
      ${booked.status !== "loading" && !asking
        ? html`<button class="button ${p.callBookedAt ? "" : "primary"}" @click=${() => pane.proposeSlots(target, p.callBookedAt)}>${p.callBookedAt ? "Book another call" : "Schedule 15 min"}</button>`
        : nothing}
      ${pane.env.outlook ? html`<button class="button" @click=${() => pane.openCallForm(target)}>Meeting with talking points</button>` : nothing}
    </div>
    ${asking
      ? html`<div class="ask-first" role="alertdialog" aria-label="Book another call?" data-rebook=${key}>
          <p>A call is already booked ${callLabel(p.callBookedAt!)}. Book another one anyway?</p>
          <div class="row-actions">
            <button class="button primary" @click=${() => { pane.rebooking.delete(key); pane.proposeSlots(target); }}>Book another</button>
            <button class="button" @click=${() => pane.cancelRebooking(target)}>Keep the booked call</button>
          </div>
        </div>`
      : nothing}
    ${p.callBookedAt ? madeActions(pane, target) : nothing}
    ${whenLoaded(card, (c) =>
      c.phones.length
        ? html`<p class="phones">${c.phones.map((n) => html`<a class="link" href="tel:${n.replace(/[^+\d]/g, "")}">${n}</a> `)}</p>`
        : html`<p class="hint">No phone number in the directory. Try Teams.</p>`,
    )}
    ${notes.status === "loading" ? loading(notes.label) : notes.status === "error" ? failure(notes.message, notes.retry) : nothing}
    ${notes.status === "ok" && booked.status !== "ok"
      ? html`<details class="quote talking-points" open><summary>Talking points (go into the invitation)</summary><div class="preview">${notes.value.text}</div></details>`
      : nothing}
    <div data-result="${key}:booked" tabindex="-1">
      ${booked.status === "ok"
        ? html`<p class="success" role="status">Call booked: ${slotLabel(booked.value.start, booked.value.end)}, with your talking points in the invitation.
            ${booked.value.webLink ? html`<a class="link" href=${booked.value.webLink} target="_blank" rel="noopener">Open in calendar</a>` : nothing}</p>`
        : booked.status === "loading"
          ? loading(booked.label)
          : booked.status === "error"
            ? failure(booked.message, booked.retry)
            : asking ? nothing : whenLoaded(slots, (free) =>
                free.length
                  ? html`<div class="slots" role="group" aria-label="Free 15-minute slots">
                      ${free.slice(0, pane.allSlots.has(key) ? free.length : 5).map(
                        (s) => html`<button class="button slot" data-start=${s.start} @click=${() => pane.bookCall(target, s)}>${slotLabel(s.start, s.end)}</button>`,
                      )}
                      ${free.length > 5 && !pane.allSlots.has(key)
                        ? html`<button class="button subtle" @click=${() => pane.showAllSlots(key)}>${free.length - 5} more times</button>`
                        : nothing}
                    </div>`
                  : html`<p class="hint">No common free 15 minutes in the next 5 working days. Call them, or use the meeting form.</p>`,
              )}
    </div>
    ${recorded(pane, key)}
  `;
}

/** After the call: how it went moves the person on. */
function madeActions(pane: Pane, target: Target) {
  return html`<div class="row-actions call-made" role="group" aria-label="After the call">
    <span class="hint">After the call:</span>
    <button class="button subtle" @click=${() => pane.callMade(target, "agreed")}>They agreed</button>
    <button class="button subtle" @click=${() => pane.callMade(target, "noAnswer")}>No answer</button>
    <button class="button subtle" @click=${() => pane.askReferredTo(target, true)}>Referred me on</button>
  </div>
  ${pane.referringOn.has(callKey(target)) ? referredToForm(pane, target) : nothing}`;
}

/** Whom they named on the call: recorded with the call, so the card says so and the ask can move there. */
function referredToForm(pane: Pane, target: Target) {
  const save = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const name = String(form.get("name") ?? "").trim();
    const address = String(form.get("address") ?? "").trim();
    if (!name && !address) return;
    pane.callMade(target, "referred", { name: name || address, address: address || null });
  };
  return html`<form class="editor referred-to" data-referring=${callKey(target)} @submit=${save}
      @keydown=${(e: KeyboardEvent) => e.key === "Escape" && pane.askReferredTo(target, false)}>
    <label>Referred you to<input class="input" name="name" required placeholder="Marcus Reed" /></label>
    <label>Their address (optional)<input class="input" name="address" type="email" placeholder="marcus.reed@contoso.com" /></label>
    <div class="actions">
      <button class="button primary" type="submit">Save</button>
      <button class="button" type="button" @click=${() => pane.askReferredTo(target, false)}>Cancel</button>
    </div>
  </form>`;
}

function recorded(pane: Pane, key: string) {
  const cell = pane.cells.get<TrackedConversation>(`${key}:recorded`);
  return html`<div data-result="${key}:recorded" tabindex="-1">${cell.status === "loading"
    ? loading(cell.label)
    : cell.status === "error"
      ? failure(`The call isn't on your board: ${cell.message}`, cell.retry)
      : cell.status === "ok" ? html`<p class="hint" role="status">Noted on your board.</p>` : nothing}</div>`;
}

export function reminderActions(pane: Pane, target: Target) {
  const key = callKey(target);
  const reminder = pane.cells.get<Draft>(`${key}:reminder`);
  return html`
    ${reminder.status === "idle" ? html`<div class="row-actions"><button class="button" @click=${() => pane.draftReminder(target)}>Draft reminder</button></div>` : nothing}
    <div data-result="${key}:reminder" tabindex="-1">${whenLoaded(reminder, (draft) => draftPreview(pane, draft, "Reminder draft"))}</div>
  `;
}
