import { html, nothing } from "lit-html";
import type { Pane } from "../pane";
import type { Person, TrackedConversation } from "../types";
import { empty, failure, loading } from "./states";

export function confirmView(pane: Pane) {
  const draft = pane.draft;
  if (!draft || pane.agreements.length === 0)
    return empty("Nothing to confirm yet", "Add the agreements on the Agreements tab first; the confirmation lists them as numbered points.");
  const managers = pane.cells.get<Person[]>("confirm:managers");
  const tracked = pane.cells.get<TrackedConversation>("confirm:tracked");
  const opened = pane.cells.get<{ where: "outlook" | "drafts"; webLink?: string }>("confirm:opened");
  return html`
    <section aria-labelledby="confirm-title">
      <h2 id="confirm-title" class="section-title">Confirm in writing</h2>
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
        ? managers.status === "loading"
          ? loading(managers.label)
          : managers.status === "error"
            ? failure(managers.message, managers.retry)
            : managers.status === "ok"
              ? html`<p class="hint">${managers.value.length ? `Copying ${managers.value.map((m) => m.name || m.address).join(", ")} as information, not complaint.` : "The directory lists no managers for these people."}
                  ${pane.env.outlook && managers.value.length ? " Outlook's reply form can't take Cc from an add-in: add them to Cc there." : nothing}</p>`
              : nothing
        : nothing}
      <div class="actions">
        <button class="button primary" ?disabled=${opened.status === "loading"} @click=${() => pane.openConfirmation()}>
          ${pane.env.outlook ? "Open reply-all" : "Save as draft reply"}
        </button>
      </div>
      ${opened.status === "loading" ? loading(opened.label) : nothing}
      ${opened.status === "error" ? failure(opened.message, opened.retry) : nothing}
      ${opened.status === "ok"
        ? html`<p class="success" role="status">${opened.value.where === "outlook"
            ? "The reply is open in Outlook. Check it and send."
            : html`Saved in your Drafts folder.${opened.value.webLink ? html` <a href=${opened.value.webLink} target="_blank" rel="noopener">Open it in Outlook</a>` : nothing}`}</p>`
        : nothing}
      ${tracked.status === "loading" ? loading(tracked.label) : nothing}
      ${tracked.status === "error" ? failure(`Not added to your board: ${tracked.message}`, tracked.retry) : nothing}
      ${tracked.status === "ok" ? html`<p class="hint" role="status">On your board: CrossDept will show when these come due.</p>` : nothing}
    </section>
  `;
}
