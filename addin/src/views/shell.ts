import { html, nothing } from "lit-html";
import type { Pane, Tab } from "../pane";
import type { ConversationListItem, ConversationView } from "../types";
import { agreementsView } from "./agreements";
import { boardView } from "./board";
import { checkView } from "./check";
import { confirmView } from "./confirm";
import { peopleView } from "./people";
import { settingsView } from "./settings";
import { failure, whenLoaded, empty } from "./states";

const readTabs: [Tab, string][] = [
  ["agreements", "Agreements"],
  ["confirm", "Confirm"],
  ["people", "People"],
  ["board", "Board"],
];
const demoTabs: [Tab, string][] = [...readTabs, ["check", "Check"]];
const composeTabs: [Tab, string][] = [
  ["check", "Check ask"],
  ["board", "Board"],
];

export function tabsFor(pane: Pane): [Tab, string][] {
  return pane.env.mode === "compose" ? composeTabs : pane.env.mode === "demo" ? demoTabs : readTabs;
}

export function shell(pane: Pane) {
  const tabs = tabsFor(pane);
  return html`
    <header class="header">
      <div class="brand"><img src="assets/icon-32.png" alt="" width="20" height="20" /><span>CrossDept</span></div>
      ${pane.env.mode === "demo" ? html`<span class="badge" title="Not connected to a mailbox: showing the API's sample conversations">Demo</span>` : nothing}
      <button id="open-settings" class="button subtle settings-button" aria-pressed=${pane.tab === "settings" ? "true" : "false"}
        @click=${() => pane.selectTab(pane.tab === "settings" ? tabs[0]![0] : "settings")}>Settings</button>
    </header>
    ${pane.env.mode === "demo" ? conversationPicker(pane) : nothing}
    ${pane.env.mode !== "compose" && pane.analysis
      ? html`<div class="subject-row">
          <h1 class="subject" tabindex="-1">${pane.analysis.conversation.subject}</h1>
          ${trackingControl(pane)}
        </div>`
      : nothing}
    <div class="tabs" role="tablist" aria-label="CrossDept views" @keydown=${(e: KeyboardEvent) => moveBetweenTabs(e, pane, tabs)}>
      ${tabs.map(
        ([tab, label]) => html`<button
          role="tab"
          id="tab-${tab}"
          class="tab"
          aria-selected=${pane.tab === tab ? "true" : "false"}
          aria-controls="panel"
          tabindex=${pane.tab === tab ? 0 : -1}
          @click=${() => pane.selectTab(tab)}
        ><span class="tab-label" data-label=${label}>${label}</span>${tab === "people" ? peopleBadge(pane) : nothing}</button>`,
      )}
    </div>
    ${pane.tab === "settings"
      ? html`<main id="panel" class="panel" aria-label="Settings">${settingsView(pane)}</main>`
      : html`<main id="panel" role="tabpanel" aria-labelledby="tab-${pane.tab}" class="panel">${panel(pane)}</main>`}
  `;
}

/** Track / Stop tracking, and whether this conversation is on the board. */
function trackingControl(pane: Pane) {
  const cell = pane.cells.get<ConversationView>("view");
  const view = pane.view;
  if (!pane.conversationId) return nothing;
  switch (cell.status) {
    case "idle":
      return nothing;
    case "loading":
      return html`<span class="tracking" role="status"><span class="spinner" aria-hidden="true"></span>${cell.label}</span>`;
    case "error":
      return html`<div class="tracking">${failure(cell.message, cell.retry)}</div>`;
    case "ok":
      if (!view) return nothing;
      return view.trackedId
        ? html`<span class="tracking on"><span class="badge tracked" role="status" title="On your board: CrossDept follows it up">Tracked</span>
            ${pane.askingStop ? nothing : html`<button id="track-toggle" class="button subtle" @click=${() => pane.askStopTracking(true)}>Stop tracking</button>`}</span>
          ${pane.askingStop ? stopTrackingAsk(pane, view) : nothing}`
        : html`<span class="tracking"><button id="track-toggle" class="button" @click=${() => pane.track()}>Track</button></span>`;
  }
}

/** What stopping loses (corrections, done or dropped, calls), asked before it goes. */
function stopTrackingAsk(pane: Pane, view: ConversationView) {
  const kept = [
    count(view.agreements.filter((a) => a.editedBy || a.status !== "open").length, "correction"),
    count(view.people.reduce((n, p) => n + p.callsScheduled + p.callsMade, 0), "call"),
  ].filter(Boolean);
  return html`<div class="ask-first stop-tracking" role="alertdialog" aria-label="Stop tracking?" @keydown=${(e: KeyboardEvent) => e.key === "Escape" && pane.askStopTracking(false)}>
    <p>Stop tracking takes it off your board${kept.length ? html` and deletes ${kept.join(" and ")} kept there` : ""}. Stop anyway?</p>
    <div class="row-actions">
      <button id="stop-tracking-confirm" class="button primary" @click=${() => pane.stopTracking()}>Stop tracking</button>
      <button class="button" @click=${() => pane.askStopTracking(false)}>Keep tracking</button>
    </div>
  </div>`;
}

function count(n: number, what: string): string {
  return n ? `${n} ${what}${n === 1 ? "" : "s"}` : "";
}

function panel(pane: Pane) {
  if (pane.tab === "board") return boardView(pane);
  if (pane.tab === "check") return checkView(pane);
  const list = pane.cells.get<ConversationListItem[]>("conversations");
  if (pane.env.mode === "demo") {
    if (list.status !== "ok") return whenLoaded(list, () => nothing);
    if (list.value.length === 0)
      return empty("No sample conversations", "The API has no sample conversations to show. Start it from the repository root so it finds its samples.");
  }
  // The merged view on screen stays while a newer one loads (the header says what is happening); before the first, its state.
  return whenLoaded(pane.cells.get("analysis"), () => pane.view ? tabPanel(pane) : whenLoaded(pane.cells.get("view"), () => tabPanel(pane)));
}

function tabPanel(pane: Pane) {
  {
    switch (pane.tab) {
      case "agreements":
        return agreementsView(pane);
      case "confirm":
        return confirmView(pane);
      default:
        return peopleView(pane);
    }
  }
}

function peopleBadge(pane: Pane) {
  const calls = pane.people.filter((r) => r.nextStep === "call" && !r.callBookedAt).length;
  return calls ? html` <span class="count" aria-label="${calls} to call">${calls}</span>` : nothing;
}

function conversationPicker(pane: Pane) {
  const list = pane.cells.get<ConversationListItem[]>("conversations");
  if (list.status !== "ok" || list.value.length === 0) return nothing;
  return html`<label class="picker">
    <span>Sample conversation</span>
    <select class="select" @change=${(e: Event) => pane.selectConversation((e.target as HTMLSelectElement).value)}>
      ${list.value.map((c) => html`<option value=${c.id} ?selected=${c.id === pane.conversationId}>${c.subject} (${c.messageCount})</option>`)}
    </select>
  </label>`;
}

/** Arrow keys move between tabs (WAI-ARIA tabs pattern); Tab leaves the tab list. */
function moveBetweenTabs(event: KeyboardEvent, pane: Pane, tabs: [Tab, string][]) {
  const at = tabs.findIndex(([t]) => t === pane.tab);
  const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
  if (to === undefined) return;
  event.preventDefault();
  const next = tabs[(to + tabs.length) % tabs.length]![0];
  pane.selectTab(next);
  queueMicrotask(() => requestAnimationFrame(() => document.getElementById(`tab-${next}`)?.focus()));
}
