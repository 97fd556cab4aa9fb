import { html, nothing } from "lit-html";
import { repeat } from "lit-html/directives/repeat.js";
import { apiRequest } from "../api";
import type { Pane } from "../pane";
import type { Department, DepartmentList, Interest } from "../types";
import { empty, failure, loading, whenLoaded } from "./states";

// Settings: the organisation's departments with their point persons and response times, and what each person cares
// about. The actions are here beside the view: they only load and save through the API into the pane's cells.

const sourceWords = { directory: "From the directory", tenant: "Shared", mine: "Yours" } as const;

/** Loads both lists (the departments are read from the directory the first time). */
export function loadSettings(pane: Pane): void {
  void pane.cells.load<DepartmentList>("departments", "Loading departments…", () => apiRequest<DepartmentList>("/api/departments"));
  void pane.cells.load<Interest[]>("interests", "Loading your notes…", async () =>
    (await apiRequest<{ interests: Interest[] }>("/api/interests")).interests);
}

/** The department being edited (its name), or null. */
let editing: string | null = null;

export function settingsView(pane: Pane) {
  if (pane.cells.get("departments").status === "idle") loadSettings(pane);
  return html`
    <section aria-labelledby="departments-title" class="settings">
      <h2 id="departments-title" class="section-title" tabindex="-1">Departments</h2>
      <p class="hint">Who takes requests in each department, and how fast they agreed to answer (business hours, 9 to 5 on weekdays).
        Reminders and calls follow that time; without one, a reminder comes after 2 business days.</p>
      ${whenLoaded(pane.cells.get<DepartmentList>("departments"), (list) =>
        list.departments.length === 0
          ? empty("No departments yet", "The directory lists nobody with a department. Add one by name below.")
          : html`<ul class="cards departments">${repeat(list.departments, (d) => d.name, (d) => departmentCard(pane, list, d))}</ul>`)}
      ${pane.cells.get("department:save").status === "error" ? saveFailure(pane, "department:save") : nothing}
    </section>
    <section aria-labelledby="interests-title" class="settings">
      <h2 id="interests-title" class="section-title">What people care about</h2>
      <p class="hint">A short note in your words (a team goal, a number they report). The call's talking points and the reminder open with it,
        and the request check suggests a line from it. Only you see it.</p>
      ${whenLoaded(pane.cells.get<Interest[]>("interests"), (notes) => html`
        ${notes.length === 0
          ? html`<p class="hint empty-notes">No notes yet.</p>`
          : html`<ul class="cards interests">${repeat(notes, (n) => n.address, (n) => html`<li class="card interest" data-address=${n.address}>
              <div class="owner">${n.address}</div>
              <div class="what">${n.note}</div>
              <div class="row-actions"><button class="button subtle" @click=${() => removeInterest(pane, n.address)} aria-label="Forget the note about ${n.address}">Forget</button></div>
            </li>`)}</ul>`}
        ${interestForm(pane)}`)}
    </section>
  `;
}

function departmentCard(pane: Pane, list: DepartmentList, d: Department) {
  const id = `dept-${slug(d.name)}`;
  if (editing === d.name) return html`<li class="card department editing" data-name=${d.name}>${departmentForm(pane, list, d, id)}</li>`;
  return html`<li class="card department" data-name=${d.name}>
    <div class="person-head"><span class="name">${d.name}</span><span class="badge source ${d.source}">${sourceWords[d.source]}</span></div>
    <div class="facts">
      <span class="point-persons">${d.pointPersons.length ? `Point person: ${d.pointPersons.map((p) => p.name ?? p.address).join(", ")}` : "No point person"}</span>
      <span class="response">${d.responseHours ? `Answers within ${hours(d.responseHours)}` : "Default: 2 business days"}${d.firstSolutionHours ? `, a first solution within ${hours(d.firstSolutionHours)}` : ""}</span>
      ${d.people ? html`<span>${d.people} in the directory</span>` : nothing}
    </div>
    <div class="row-actions">
      <button class="button" id="${id}-edit" @click=${() => { editing = d.name; pane.focusAfter(`#${id}-points`); }} aria-label="Edit ${d.name}">Edit</button>
      ${d.source === "mine" && d.tenant ? html`<button class="button subtle" @click=${() => resetDepartment(pane, d)} aria-label="Use the shared settings for ${d.name}">Use shared</button>` : nothing}
    </div>
  </li>`;
}

function departmentForm(pane: Pane, list: DepartmentList, d: Department, id: string) {
  const save = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const points = String(form.get("points") ?? "").split(/[,;\s]+/).map((a) => a.trim()).filter(Boolean);
    const number = (key: string) => (String(form.get(key) ?? "").trim() ? Number(form.get(key)) : null);
    saveDepartment(pane, d, {
      pointPersons: points.map((address) => ({ address, name: d.pointPersons.find((p) => p.address === address)?.name ?? null })),
      responseHours: number("response"),
      firstSolutionHours: number("solution"),
      shared: form.get("shared") === "on",
    });
  };
  const saving = pane.cells.get("department:save");
  return html`<form class="editor" @submit=${save} @keydown=${(e: KeyboardEvent) => e.key === "Escape" && cancel(pane, d)}>
    <div class="name">${d.name}</div>
    <label for="${id}-points">Point persons (email addresses, comma between)</label>
    <input class="input" id="${id}-points" name="points" .value=${d.pointPersons.map((p) => p.address).join(", ")} placeholder="dan.moore@contoso.com" />
    <label for="${id}-response">First answer within (business hours)</label>
    <input class="input" id="${id}-response" name="response" type="number" min="0.5" max="200" step="0.5" .value=${d.responseHours?.toString() ?? ""} placeholder="4" />
    <label for="${id}-solution">First solution within (business hours, optional)</label>
    <input class="input" id="${id}-solution" name="solution" type="number" min="0.5" max="2000" step="0.5" .value=${d.firstSolutionHours?.toString() ?? ""} placeholder="8" />
    ${list.canShare
      ? html`<label class="check"><input type="checkbox" name="shared" ?checked=${d.source === "tenant"} /> Share with everyone in the organisation</label>`
      : html`<p class="hint">Saved for you; your administrator keeps the organisation's list.</p>`}
    <div class="row-actions">
      <button class="button primary" type="submit" ?disabled=${saving.status === "loading"}>Save</button>
      <button class="button" type="button" @click=${() => cancel(pane, d)}>Cancel</button>
    </div>
    ${saving.status === "loading" ? loading(saving.label) : nothing}
  </form>`;
}

function interestForm(pane: Pane) {
  const add = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const address = String(data.get("address") ?? "").trim();
    const note = String(data.get("note") ?? "").trim();
    if (!address || !note) return;
    void pane.cells.load<Interest[]>("interest:save", "Saving your note…", async () => {
      await apiRequest<Interest>(`/api/interests/${encodeURIComponent(address)}`, { method: "PUT", body: { note } });
      const notes = (await apiRequest<{ interests: Interest[] }>("/api/interests")).interests;
      pane.cells.set("interests", { status: "ok", value: notes });
      form.reset();
      pane.focusAfter("#interest-address");
      return notes;
    });
  };
  const saving = pane.cells.get("interest:save");
  return html`<form class="editor interest-form" @submit=${add}>
    <label for="interest-address">Person (email address)</label>
    <input class="input" id="interest-address" name="address" type="email" placeholder="raj.patel@contoso.com" required />
    <label for="interest-note">What they care about</label>
    <input class="input" id="interest-note" name="note" maxlength="280" placeholder="hitting the Q4 pipeline-accuracy target" required />
    <div class="row-actions"><button class="button" type="submit" ?disabled=${saving.status === "loading"}>Save note</button></div>
    ${saving.status === "loading" ? loading(saving.label) : nothing}
    ${saving.status === "error" ? failure(saving.message, saving.retry) : nothing}
  </form>`;
}

function saveDepartment(pane: Pane, d: Department, body: object): void {
  void pane.cells.load<Department>("department:save", "Saving…", async () => {
    const saved = await apiRequest<Department>(`/api/departments/${encodeURIComponent(d.name)}`, { method: "PUT", body });
    editing = null;
    await reload(pane, `#dept-${slug(d.name)}-edit`);
    return saved;
  });
}

function resetDepartment(pane: Pane, d: Department): void {
  void pane.cells.load<boolean>("department:save", "Saving…", async () => {
    await apiRequest<void>(`/api/departments/${encodeURIComponent(d.name)}`, { method: "DELETE" });
    await reload(pane, `#dept-${slug(d.name)}-edit`);
    return true;
  });
}

function removeInterest(pane: Pane, address: string): void {
  void pane.cells.load<Interest[]>("interest:save", "Forgetting the note…", async () => {
    await apiRequest<void>(`/api/interests/${encodeURIComponent(address)}`, { method: "DELETE" });
    const notes = (await apiRequest<{ interests: Interest[] }>("/api/interests")).interests;
    pane.cells.set("interests", { status: "ok", value: notes });
    pane.focusAfter("#interest-address");
    return notes;
  });
}

async function reload(pane: Pane, focus: string): Promise<void> {
  pane.cells.set("departments", { status: "ok", value: await apiRequest<DepartmentList>("/api/departments") });
  pane.focusAfter(focus);
}

function cancel(pane: Pane, d: Department): void {
  editing = null;
  pane.focusAfter(`#dept-${slug(d.name)}-edit`);
}

function saveFailure(pane: Pane, key: string) {
  const cell = pane.cells.get(key);
  return cell.status === "error" ? failure(cell.message, cell.retry) : nothing;
}

function hours(h: number): string {
  return h === 1 ? "1 business hour" : `${h} business hours`;
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}
