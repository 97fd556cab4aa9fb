import { html, nothing } from "lit-html";
import type { Pane } from "../pane";
import type { Draft, Person } from "../types";
import { empty, failure, loading, whenLoaded } from "./states";

export function confirmView(pane: Pane) {
  if (pane.agreements.filter((a) => a.status !== "dropped").length === 0)
    return empty("Nothing to confirm yet", "Add the agreements on the Agreements tab first; the confirmation lists them as numbered points.");
  const managers = pane.cells.get<Person[]>("confirm:managers");
  const opened = pane.cells.get<{ where: "outlook" | "drafts"; webLink?: string }>("confirm:opened");
  return html`
    <section aria-labelledby="confirm-title">
      <h2 id="confirm-title" class="section-title">Confirm in writing</h2>
      ${whenLoaded(pane.cells.get<Draft>("confirm:draft"), () => {
        const draft = pane.draft!;
        return html`
          <dl class="envelope">
            <dt>To</dt><dd>${draft.to.join("; ") || "—"}</dd>
            <dt>Cc</dt><dd>${draft.cc.join("; ") || "—"}</dd>
            <dt>Subject</dt><dd>${draft.subject}</dd>
          </dl>
          <div class="preview" tabindex="0" aria-label="Draft preview">${draft.text}</div>
          <label class="toggle">
            <input type="checkbox" role="switch" .checked=${pane.copyManagers} @change=${(e: Event) => pane.toggleCopyManagers((e.target as HTMLInputElement).checked)} />
            <span>Copy managers</span>
          </label>
          ${pane.copyManagers
            ? whenLoaded(managers, (list) => html`<p class="hint">${list.length ? `Copying ${list.map((m) => m.name || m.address).join(", ")} as information, not complaint.` : "The directory lists no managers for these people."}
                ${pane.env.outlook && list.length ? " Outlook's reply form can't take Cc from an add-in: add them to Cc there." : nothing}</p>`)
            : nothing}
          <div class="actions">
            <button class="button primary" ?disabled=${opened.status === "loading"} @click=${() => pane.openConfirmation()}>
              ${pane.env.outlook ? "Open reply-all" : "Save as draft reply"}
            </button>
          </div>`;
      }, () => html`<div class="actions"><button class="button" @click=${() => pane.loadConfirmation()}>Write the confirmation</button></div>`)}
      <div class="confirm-result" tabindex="-1">
        ${opened.status === "loading" ? loading(opened.label) : nothing}
        ${opened.status === "error" ? failure(opened.message, opened.retry) : nothing}
        ${opened.status === "ok"
          ? html`<p class="success" role="status">${opened.value.where === "outlook"
              ? "The reply is open in Outlook. Check it and send."
              : html`Saved in your Drafts folder.${opened.value.webLink ? html` <a href=${opened.value.webLink} target="_blank" rel="noopener">Open it in Outlook</a>` : nothing}`}</p>`
          : nothing}
        ${opened.status === "ok" && pane.tracked ? html`<p class="hint" role="status">On your board: CrossDept will show when these come due.</p>` : nothing}
      </div>
    </section>
  `;
}
