import { html, nothing } from "lit-html";
import { displayName } from "../confirmation";
import { absoluteDate, slotLabel } from "../dates";
import type { Pane } from "../pane";
import type { BookedCall, Draft, NextStep, PersonCard, RecipientStatus, Slot, TrackedConversation } from "../types";
import { empty, failure, loading, whenLoaded } from "./states";

const stepOrder: Record<NextStep, number> = { call: 0, remind: 1, wait: 2, none: 3 };
const stepWords: Record<NextStep, string> = {
  call: "Call: two emails went unanswered",
  remind: "Send a friendly reminder",
  wait: "Wait",
  none: "Nothing to do",
};
const statusWords = { replied: "Replied", waiting: "Waiting", away: "Away" } as const;

export function peopleView(pane: Pane) {
  const people = [...(pane.analysis?.recipients ?? [])].sort((a, b) => stepOrder[a.nextStep] - stepOrder[b.nextStep]);
  if (people.length === 0)
    return empty("Nobody asked in this conversation", "People you write to (To, not Cc) appear here with whether they replied.");
  const replied = people.filter((p) => p.status === "replied").length;
  const toCall = people.filter((p) => p.nextStep === "call").length;
  const away = people.filter((p) => p.status === "away").length;
  return html`
    <section aria-labelledby="people-title">
      <h2 id="people-title" class="glance">${replied} of ${people.length} replied</h2>
      <p class="hint">${[toCall && `${toCall} to call`, away && `${away} away`, people.length - replied - away > 0 && `${people.length - replied - away} waiting`].filter(Boolean).join(" · ")}</p>
      <ul class="cards people">
        ${people.map((p) => html`<li class="card person" data-address=${p.address}>${personCard(pane, p)}</li>`)}
      </ul>
    </section>
  `;
}

function personCard(pane: Pane, p: RecipientStatus) {
  return html`
    <div class="person-head">
      <span class="name">${displayName(p)}</span>
      <span class="status ${p.status}">${statusWords[p.status]}</span>
    </div>
    <div class="facts">
      ${p.unansweredRequests ? html`<span>${p.unansweredRequests === 1 ? "1 email unanswered" : `${p.unansweredRequests} emails unanswered`}</span>` : nothing}
      ${p.awayUntil ? html`<span>Away until ${absoluteDate(p.awayUntil)}</span>` : nothing}
    </div>
    <div class="next ${p.nextStep}">${stepWords[p.nextStep]}</div>
    ${p.nextStep === "call" ? callActions(pane, p) : nothing}
    ${p.nextStep === "remind" ? reminderActions(pane, p) : nothing}
  `;
}

function callActions(pane: Pane, p: RecipientStatus) {
  const key = `person:${p.address}`;
  const card = pane.cells.get<PersonCard>(`${key}:card`);
  const slots = pane.cells.get<Slot[]>(`${key}:slots`);
  const booked = pane.cells.get<BookedCall>(`${key}:booked`);
  const notes = pane.cells.get<Draft>(`${key}:notes`);
  return html`
    <div class="row-actions">
      ${card.status === "idle" ? html`<button class="button" @click=${() => pane.showPhone(p)}>Show phone</button>` : nothing}
      ${booked.status !== "ok" ? html`<button class="button primary" @click=${() => pane.proposeSlots(p)}>Schedule 15 min</button>` : nothing}
      ${pane.env.outlook ? html`<button class="button" @click=${() => pane.openCallForm(p)}>Meeting with talking points</button>` : nothing}
    </div>
    ${whenLoaded(card, (c) =>
      c.phones.length
        ? html`<p class="phones">${c.phones.map((n) => html`<a class="link" href="tel:${n.replace(/[^+\d]/g, "")}">${n}</a> `)}</p>`
        : html`<p class="hint">No phone number in the directory. Try Teams.</p>`,
    )}
    ${booked.status === "ok"
      ? html`<p class="success" role="status">Call booked: ${slotLabel(booked.value.start, booked.value.end)}.
          ${booked.value.webLink ? html`<a class="link" href=${booked.value.webLink} target="_blank" rel="noopener">Open in calendar</a>` : nothing}</p>`
      : booked.status === "loading"
        ? loading(booked.label)
        : booked.status === "error"
          ? failure(booked.message, booked.retry)
          : whenLoaded(slots, (free) =>
              free.length
                ? html`<div class="slots" role="group" aria-label="Free 15-minute slots">
                    ${free.slice(0, pane.allSlots.has(p.address) ? free.length : 5).map(
                      (s) => html`<button class="button slot" data-start=${s.start} @click=${() => pane.bookCall(p, s)}>${slotLabel(s.start, s.end)}</button>`,
                    )}
                    ${free.length > 5 && !pane.allSlots.has(p.address)
                      ? html`<button class="button subtle" @click=${() => pane.showAllSlots(p.address)}>${free.length - 5} more times</button>`
                      : nothing}
                  </div>`
                : html`<p class="hint">No common free 15 minutes in the next 5 working days. Call them, or use the meeting form.</p>`,
            )}
    ${booked.status === "ok" ? recorded(pane, p) : nothing}
    ${notes.status === "loading" ? loading(notes.label) : notes.status === "error" ? failure(notes.message, notes.retry) : nothing}
    ${notes.status === "ok" ? html`<details class="quote" open><summary>Talking points</summary><div class="preview">${notes.value.text}</div></details>` : nothing}
  `;
}

function recorded(pane: Pane, p: RecipientStatus) {
  const cell = pane.cells.get<TrackedConversation>(`person:${p.address}:recorded`);
  if (cell.status === "loading") return loading(cell.label);
  if (cell.status === "error") return failure(`The call isn't on your board: ${cell.message}`, cell.retry);
  return cell.status === "ok" ? html`<p class="hint">Noted on your board: no reminder until after the call.</p>` : nothing;
}

function reminderActions(pane: Pane, p: RecipientStatus) {
  const reminder = pane.cells.get<Draft>(`person:${p.address}:reminder`);
  return html`
    ${reminder.status === "idle" ? html`<div class="row-actions"><button class="button" @click=${() => pane.draftReminder(p)}>Draft reminder</button></div>` : nothing}
    ${whenLoaded(reminder, (draft) => html`
      <div class="preview" tabindex="0" aria-label="Reminder draft"><strong>${draft.subject}</strong>\n\n${draft.text}</div>
      ${pane.env.outlook ? html`<div class="row-actions"><button class="button primary" @click=${() => pane.openReminder(draft)}>Open as email</button></div>` : nothing}
    `)}
  `;
}
