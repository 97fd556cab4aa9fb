import { html, nothing } from "lit-html";
import type { Pane } from "../pane";
import type { AskCheck } from "../types";
import { failure, loading, whenLoaded } from "./states";

/** Compose mode: what the request being written is missing (a date, a deliverable, a reason), with fixes to apply. */
export function checkView(pane: Pane) {
  return html`
    <section aria-labelledby="check-title">
      <h2 id="check-title" class="section-title">Is your ask specific?</h2>
      <div class="actions"><button class="button" @click=${() => pane.checkDraft()}>Check again</button></div>
      ${whenLoaded(pane.cells.get<AskCheck>("check"), (check) =>
        check.findings.length === 0
          ? html`<p class="success" role="status">Your ask says what, by when and why. Good to send.</p>`
          : html`<ul class="cards">${check.findings.map((f, i) => {
              const applied = pane.cells.get<string>(`check:applied:${i}`);
              return html`<li class="card finding">
                <div class="what">${f.message}</div>
                ${f.excerpt ? html`<blockquote>${f.excerpt}</blockquote>` : nothing}
                ${f.suggestion ? html`<div class="suggestion">Try: <strong>${f.suggestion}</strong></div>` : nothing}
                ${f.suggestion && applied.status !== "ok"
                  ? html`<div class="row-actions"><button class="button" @click=${() => pane.applySuggestion(i, f)}>Apply</button></div>`
                  : nothing}
                ${applied.status === "loading" ? loading(applied.label) : nothing}
                ${applied.status === "error" ? failure(applied.message, applied.retry) : nothing}
                ${applied.status === "ok" ? html`<p class="success" role="status">${applied.value}</p>` : nothing}
              </li>`;
            })}</ul>`,
      )}
    </section>
  `;
}
