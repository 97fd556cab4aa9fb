import { html, nothing, type TemplateResult } from "lit-html";
import type { Remote } from "../remote";

export function loading(label: string): TemplateResult {
  return html`<div class="state loading" role="status" aria-live="polite"><span class="spinner" aria-hidden="true"></span>${label}</div>`;
}

export function failure(message: string, retry: () => void): TemplateResult {
  return html`<div class="state error" role="alert">
    <p>${message}</p>
    <button class="button" @click=${retry}>Try again</button>
  </div>`;
}

export function empty(title: string, hint: string): TemplateResult {
  return html`<div class="state empty"><p class="empty-title">${title}</p><p>${hint}</p></div>`;
}

/** Shows a cell's loading and error states; the answer is rendered by `done`. */
export function whenLoaded<T>(cell: Remote<T>, done: (value: T) => TemplateResult | typeof nothing, idle: () => TemplateResult | typeof nothing = () => nothing) {
  switch (cell.status) {
    case "idle":
      return idle();
    case "loading":
      return loading(cell.label);
    case "error":
      return failure(cell.message, cell.retry);
    case "ok":
      return done(cell.value);
  }
}
