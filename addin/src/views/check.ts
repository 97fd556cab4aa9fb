import { html, nothing } from "lit-html";
import { addBusinessDays } from "../dates";
import type { Pane } from "../pane";
import type { AskCheck, AskFinding } from "../types";
import { failure, loading, whenLoaded } from "./states";

/** Compose mode: what the request being written is missing (a date, a deliverable, a reason), with a fix to apply. */
export function checkView(pane: Pane) {
  const demo = pane.env.mode === "demo";
  return html`
    <section aria-labelledby="check-title">
      <h2 id="check-title" class="section-title">${demo ? "Check a request" : "Is your ask specific?"}</h2>
      ${demo
        ? html`<label class="field">To (email addresses)
            <input class="input ask-to" .value=${pane.askTo} @input=${(e: Event) => (pane.askTo = (e.target as HTMLInputElement).value)} />
          </label>
          <label class="field">The request you are writing (an example to start from)
            <textarea class="input ask" rows="7" .value=${pane.askText} @input=${(e: Event) => (pane.askText = (e.target as HTMLTextAreaElement).value)}></textarea>
          </label>`
        : nothing}
      <div class="actions"><button class="button ${demo ? "primary" : ""}" @click=${() => pane.checkDraft()}>${demo ? "Check" : "Check again"}</button></div>
      ${whenLoaded(pane.cells.get<AskCheck>("check"), (check) =>
        check.findings.length === 0
          ? html`<p class="success" role="status">Your ask says what, by when and why. Good to send.</p>`
          : html`<ul class="cards">${check.findings.map((f, i) => finding(pane, i, f))}</ul>`,
      )}
    </section>
  `;
}

function finding(pane: Pane, index: number, f: AskFinding) {
  const applied = pane.cells.get<string>(`check:applied:${index}`);
  const id = `fix-${index}`;
  const apply = (event: Event) => {
    event.preventDefault();
    const words = new FormData(event.target as HTMLFormElement).get("fix");
    pane.applyFix(index, f, String(words ?? ""));
  };
  return html`<li class="card finding" data-issue=${f.issue}>
    <div class="what">${f.message}</div>
    <div class="hint suggestion">${f.suggestion}</div>
    ${applied.status === "ok"
      ? html`<p class="success" role="status">${applied.value}</p>`
      : html`<form class="editor" @submit=${apply}>
          <label for=${id}>${f.quote ? html`Replace <q>${f.quote}</q> with` : "Add to your message"}</label>
          <input class="input" id=${id} name="fix" .value=${prefill(f)} placeholder=${example(f.suggestion)} />
          <div class="row-actions"><button class="button" type="submit" ?disabled=${applied.status === "loading"}>Apply</button></div>
        </form>`}
    ${applied.status === "loading" ? loading(applied.label) : nothing}
    ${applied.status === "error" ? failure(applied.message, applied.retry) : nothing}
  </li>`;
}

/** A starting point the user edits: a date three working days out for a missing or vague date, the date plus "because" for a missing reason. */
export function prefill(f: AskFinding, today = new Date()): string {
  if (f.issue === "vagueDate" || f.issue === "noDate") {
    const by = addBusinessDays(today, 3).toLocaleDateString(undefined, { weekday: "long", day: "numeric", month: "long" });
    return `by ${by}`;
  }
  if (f.issue === "dateWithoutReason" && f.quote) return `${f.quote}, because `;
  // Their interest, the legwork, the smaller first step, the point person: the suggested line, ready to edit.
  if (f.issue === "noReasonForThem" || f.issue === "offerLegwork" || f.issue === "shrinkAsk" || f.issue === "pointPerson") return example(f.suggestion).replace(/ …$/, " ");
  return "";
}

/** The example the advice gives in quotes, as the input's placeholder. */
function example(suggestion: string): string {
  return /\u201C([^\u201D]+)\u201D/.exec(suggestion)?.[1] ?? "";
}
