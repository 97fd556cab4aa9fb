// A shared view in Microsoft Planner: a tracked conversation's agreements exported as tasks to a plan and bucket the user
// picks, and done kept in step both ways (the API does the work; this view picks, exports and shows the state).

import { html, nothing } from "lit-html";
import { ApiError, apiRequest } from "../api";
import type { Pane } from "../pane";
import { empty, whenLoaded } from "./states";

interface Plan { id: string; title: string; owner?: string | null }
interface Bucket { id: string; name: string }
interface TaskLink { agreementId: string; what: string; taskId?: string | null; state: "creating" | "open" | "done" | "gone"; doneOnBoard: boolean; doneInPlanner: boolean }
export interface PlannerExport {
  trackedId: string; planId: string; planTitle?: string | null; bucketId: string; bucketName?: string | null;
  exportedAt: string; syncedAt?: string | null; link?: string | null; folder?: string | null; tasks: TaskLink[];
}

/** Which plan and bucket the user is picking, per tracked conversation. */
const picking = new Map<string, { planId?: string; bucketId?: string }>();

/** Per version of the tracked conversation: a change on the board (done, say) checks Planner again, so done stays in step. */
const exportKey = (pane: Pane, trackedId: string) =>
  `planner:export:${trackedId}:${pane.view?.trackedId === trackedId ? pane.view.version ?? 0 : 0}`;

/** The export's state, after the API put done in step both ways; null when not exported yet. */
export function syncPlanner(pane: Pane, trackedId: string): void {
  void pane.cells.load<PlannerExport | null>(exportKey(pane, trackedId), "Checking Planner…", async () => {
    try {
      return await apiRequest<PlannerExport>(`/api/tracked/${encodeURIComponent(trackedId)}/planner`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  }).then((view) => {
    // Done in Planner may have marked agreements done here: read the merged view and the board again.
    const shown = pane.view;
    if (!view || !shown || shown.trackedId !== trackedId) return;
    if (view.tasks.some((t) => t.doneInPlanner && shown.agreements.find((a) => a.id === t.agreementId)?.status === "open")) {
      pane.cells.clear("board");
      pane.reloadView("Updating…");
    }
  });
}

function startPicking(pane: Pane, trackedId: string): void {
  if (!picking.has(trackedId)) picking.set(trackedId, {});
  void pane.cells.load<Plan[]>("planner:plans", "Finding your plans…", () => apiRequest<Plan[]>("/api/planner/plans"))
    .then(() => pane.focusAfter(`#planner-plan-${CSS.escape(trackedId)}`));
}

function pickPlan(pane: Pane, trackedId: string, planId: string): void {
  picking.set(trackedId, { planId });
  if (!planId) return pane.changed();
  void pane.cells.load<Bucket[]>(`planner:buckets:${planId}`, "Reading the plan's buckets…", () =>
    apiRequest<Bucket[]>(`/api/planner/plans/${encodeURIComponent(planId)}/buckets`));
}

function exportNow(pane: Pane, trackedId: string): void {
  const pick = picking.get(trackedId);
  if (!pick?.planId || !pick.bucketId) return;
  void pane.cells.load<PlannerExport | null>(exportKey(pane, trackedId), "Exporting to Planner…", () =>
    apiRequest<PlannerExport>(`/api/tracked/${encodeURIComponent(trackedId)}/planner`, { method: "PUT", body: { planId: pick.planId, bucketId: pick.bucketId } }))
    .then((view) => {
      if (view) picking.delete(trackedId);
      pane.focusAfter(`[data-planner="${CSS.escape(trackedId)}"]`);
    });
}

/** "Export to Planner" on a tracked conversation: pick plan and bucket, export, and see each task's state. */
export function plannerView(pane: Pane) {
  const tracked = pane.tracked;
  if (!tracked) return nothing;
  const id = tracked.id;
  const cell = pane.cells.get<PlannerExport | null>(exportKey(pane, id));
  if (cell.status === "idle") queueMicrotask(() => syncPlanner(pane, id));
  return html`<section class="planner" aria-labelledby="planner-title" data-planner=${id} tabindex="-1">
    <h3 id="planner-title" class="section-title">Shared view in Planner</h3>
    ${whenLoaded(cell, (view) => view ? exported(pane, view) : picker(pane, id))}
  </section>`;
}

function exported(pane: Pane, view: PlannerExport) {
  const done = view.tasks.filter((t) => t.doneInPlanner || t.doneOnBoard).length;
  const gone = view.tasks.filter((t) => t.state === "gone").length;
  return html`<p class="planner-state" role="status">Exported to <strong>${view.planTitle ?? "your plan"}</strong>${view.bucketName ? html` › ${view.bucketName}` : nothing}:
      ${view.tasks.length === 1 ? "1 task" : `${view.tasks.length} tasks`}, ${done} done${gone ? `, ${gone} deleted in Planner` : ""}.</p>
    <ul class="planner-tasks">${view.tasks.map((t) => html`<li data-task-state=${t.state}><span class="task-state">${t.state === "done" || t.doneOnBoard || t.doneInPlanner ? "Done" : t.state === "gone" ? "Deleted" : "Open"}</span> ${t.what}</li>`)}</ul>
    ${view.link ? html`<p><a class="link" href=${view.link} target="_blank" rel="noopener">Open the plan in Planner</a></p>` : nothing}
    ${view.folder ? html`<p class="hint">Demo Planner: the tasks are JSON files in <code>${view.folder}</code>; set <code>"percentComplete": 100</code> in one and check again.</p>` : nothing}
    <div class="row-actions">
      <button class="button" @click=${() => syncPlanner(pane, view.trackedId)}>Check Planner</button>
      <button class="button subtle" @click=${() => { picking.set(view.trackedId, { planId: view.planId, bucketId: view.bucketId }); pickPlan(pane, view.trackedId, view.planId); pane.cells.set(exportKey(pane, view.trackedId), { status: "ok", value: null }); }}>Export again</button>
    </div>`;
}

function picker(pane: Pane, trackedId: string) {
  const pick = picking.get(trackedId);
  if (!pick)
    return html`<p class="hint">Put these agreements on a Planner board the other side can see: one task each, assigned, with its date.</p>
      <div class="row-actions"><button class="button" @click=${() => startPicking(pane, trackedId)}>Export to Planner</button></div>`;
  const plans = pane.cells.get<Plan[]>("planner:plans");
  if (plans.status === "idle") queueMicrotask(() => startPicking(pane, trackedId));
  return whenLoaded(plans, (list) => {
    if (list.length === 0)
      return empty("No Planner plans", "You have no plans in Planner. Create one (in Planner or a Microsoft 365 group), then try again.");
    const buckets = pick.planId ? pane.cells.get<Bucket[]>(`planner:buckets:${pick.planId}`) : null;
    return html`<form class="editor planner-pick" @submit=${(e: Event) => { e.preventDefault(); exportNow(pane, trackedId); }}
        @keydown=${(e: KeyboardEvent) => { if (e.key === "Escape") { picking.delete(trackedId); pane.focusAfter(`[data-planner="${CSS.escape(trackedId)}"]`); } }}>
      <label>Plan<select id="planner-plan-${trackedId}" class="select" name="plan" required
          @change=${(e: Event) => pickPlan(pane, trackedId, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!pick.planId}>Choose a plan…</option>
        ${list.map((p) => html`<option value=${p.id} ?selected=${p.id === pick.planId}>${p.title}</option>`)}
      </select></label>
      ${buckets ? whenLoaded(buckets, (bs) => bs.length === 0
        ? html`<p class="hint">This plan has no buckets. Add one in Planner, then try again.</p>`
        : html`<label>Bucket<select class="select" name="bucket" required
              @change=${(e: Event) => { picking.set(trackedId, { ...pick, bucketId: (e.target as HTMLSelectElement).value }); pane.changed(); }}>
            <option value="" ?selected=${!pick.bucketId}>Choose a bucket…</option>
            ${bs.map((b) => html`<option value=${b.id} ?selected=${b.id === pick.bucketId}>${b.name}</option>`)}
          </select></label>`) : nothing}
      <div class="actions">
        <button class="button primary" type="submit" ?disabled=${!pick.planId || !pick.bucketId}>Export</button>
        <button class="button" type="button" @click=${() => { picking.delete(trackedId); pane.changed(); }}>Cancel</button>
      </div>
    </form>`;
  });
}
