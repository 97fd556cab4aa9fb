import { html, nothing } from "lit-html";
import type { Pane } from "../pane";
import type { DigestSetting, FollowingStatus } from "../types";
import { whenLoaded } from "./states";

// Following (issue 11): whether replies update the board while Outlook is closed, why it is paused and how to resume,
// and the morning digest. Every state is the API's (GET /api/me/following, GET /api/me/digest).

const reasons: Record<string, string> = {
  sessionEnded: "your sign-in session ended",
  consentRequired: "CrossDept needs your consent again",
  accessDenied: "Microsoft 365 refused CrossDept access to your mailbox",
  disabledByAdmin: "your administrator turned it off",
  notConfigured: "this server cannot receive notifications from Microsoft 365",
};

export function followingView(pane: Pane) {
  return html`<section class="pile following" aria-labelledby="following-title">
    <h2 id="following-title" class="section-title">While Outlook is closed</h2>
    <div class="card">
      <div class="following-line" data-result="following" tabindex="-1">
        ${whenLoaded(pane.cells.get<FollowingStatus>("following"), (f) => followingLine(pane, f))}
      </div>
      <div class="following-line" data-result="digest" tabindex="-1">
        ${whenLoaded(pane.cells.get<DigestSetting>("digest"), (d) => digestLine(pane, d))}
      </div>
    </div>
  </section>`;
}

function followingLine(pane: Pane, f: FollowingStatus) {
  const why = f.reason ? reasons[f.reason] : undefined;
  switch (f.status) {
    case "active":
      return html`<p class="following-state on">Following: on. Replies update your board as they arrive.</p>
        ${f.reason === "demo" ? html`<p class="hint">${f.howToResume}</p>` : html`<button id="following-toggle" class="button subtle" @click=${() => pane.setFollowing(false)}>Stop following</button>`}`;
    case "pending":
    case "reauthorize":
      return html`<p class="following-state">Following: ${f.status === "pending" ? "starting" : "renewing access"}. Your board updates once Microsoft 365 confirms.</p>`;
    case "paused":
      return html`<div class="following-paused" role="alert">
          <p class="following-state paused">Following is paused${why ? `: ${why}` : ""}.</p>
          ${f.howToResume ? html`<p class="hint">${f.howToResume}</p>` : nothing}
        </div>
        <button id="following-toggle" class="button primary" @click=${() => pane.setFollowing(true)}>Resume following</button>`;
    case "notFollowing":
      return html`<p class="following-state">Following: off. Your board changes only when you open a conversation here.</p>
        <button id="following-toggle" class="button" @click=${() => pane.setFollowing(true)}>Follow my tracked asks</button>`;
    default:
      return html`<p class="following-state">Following: off${why ? ` (${why})` : ""}.</p>${f.howToResume ? html`<p class="hint">${f.howToResume}</p>` : nothing}`;
  }
}

function digestLine(pane: Pane, d: DigestSetting) {
  return html`<p class="following-state ${d.enabled ? "on" : ""}">Morning digest: ${d.enabled ? "on" : "off"}.
      ${d.enabled ? "Each working morning, an email to you: what is overdue, due this week, whom to remind or call." : "Get what needs following up in your inbox each working morning."}
      ${d.lastSentOn ? html`Last sent ${d.lastSentOn}.` : nothing}</p>
    <button id="digest-toggle" class="button ${d.enabled ? "subtle" : ""}" @click=${() => pane.setDigest(!d.enabled)}>${d.enabled ? "Turn off the morning digest" : "Turn on the morning digest"}</button>`;
}
