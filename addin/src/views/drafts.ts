import { html, nothing } from "lit-html";
import type { Pane } from "../pane";
import type { Draft } from "../types";

/** A draft the server wrote: who it goes to, its words, and "Open as email" inside Outlook. */
export function draftPreview(pane: Pane, draft: Draft, label: string) {
  return html`<div class="draft" aria-label=${label}>
    <dl class="envelope">
      <dt>To</dt><dd>${draft.to.join("; ") || "—"}</dd>
      ${draft.cc.length ? html`<dt>Cc</dt><dd class="cc">${draft.cc.join("; ")}</dd>` : nothing}
      <dt>Subject</dt><dd>${draft.subject}</dd>
    </dl>
    <div class="preview" tabindex="0" aria-label="${label} preview">${draft.text}</div>
    ${pane.env.outlook
      ? html`<div class="row-actions"><button class="button primary" @click=${() => pane.openDraft(draft)}>Open as email</button></div>`
      : html`<p class="hint">In Outlook this opens as a new email for you to check and send.</p>`}
  </div>`;
}
