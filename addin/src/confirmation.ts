// When the user edits the agreements, the server's draft no longer says what they agreed, so the
// pane re-writes the numbered points in the same shape (contract: confirmationDraft).
// REVIEW: a POST /api/drafts/confirmation taking edited agreements would let the server own this wording.

import { absoluteDate, addBusinessDays, isoDate } from "./dates";
import { escapeHtml } from "./outlook";
import type { Agreement, Draft, Person } from "./types";

export function displayName(person: Person | null | undefined): string {
  return person?.name?.trim() || person?.address || "Someone";
}

export function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function point(agreement: Agreement): string {
  const due = agreement.due ? ` by ${absoluteDate(agreement.due)}` : " (no date yet)";
  return `${displayName(agreement.owner)}: ${agreement.what}${due}`;
}

export function composeConfirmation(subject: string, agreements: Agreement[], copied: string[], me: string, today = new Date()): Draft {
  const flagBy = absoluteDate(isoDate(addBusinessDays(today, 2)));
  const owners = unique(agreements.map((a) => a.owner.address).filter((a) => a && !sameAddress(a, me)));
  const points = agreements.map(point);
  const count = points.length === 1 ? "1 point" : `${points.length} points`;
  const text = [
    "Hi all,",
    "",
    `Confirming the following ${count}:`,
    ...points.map((p, i) => `${i + 1}. ${p}`),
    "",
    `If anything here is wrong or changes, please flag it by ${flagBy}.`,
    "",
    "Thanks!",
  ].join("\n");
  const html =
    `<p>Hi all,</p><p>Confirming the following ${count}:</p><ol>` +
    points.map((p) => `<li>${escapeHtml(p)}</li>`).join("") +
    `</ol><p>If anything here is wrong or changes, please flag it by ${escapeHtml(flagBy)}.</p><p>Thanks!</p>`;
  return {
    subject,
    to: owners,
    cc: unique(copied.filter((c) => !owners.some((o) => sameAddress(o, c)) && !sameAddress(c, me))),
    html,
    text,
  };
}

export function unique(addresses: string[]): string[] {
  const seen = new Set<string>();
  return addresses.filter((a) => {
    const key = a.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
