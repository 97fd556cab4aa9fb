import { describe, expect, it } from "vitest";
import { composeConfirmation } from "../src/confirmation";
import type { Agreement } from "../src/types";

const agreement = (name: string, address: string, what: string, due: string | null): Agreement => ({
  owner: { name, address }, what, due, quote: "", dueText: null, sourceMessageId: null,
});

describe("the confirmation after edits", () => {
  const draft = composeConfirmation(
    "RE: Churn and refund data",
    [
      agreement("Raj Patel", "raj.patel@contoso.com", "pull the churn export", "2026-11-04"),
      agreement("Jane Doe", "jane.doe@contoso.com", "share the dashboard", null),
      agreement("Raj Patel", "raj.patel@contoso.com", "add refunds", "2026-11-06"),
    ],
    ["tom.becker@contoso.com", "RAJ.PATEL@contoso.com", "jane.doe@contoso.com"],
    "jane.doe@contoso.com",
    new Date(2026, 10, 2),
  );

  it("NumbersEveryPointWithOwnerWhatAndDate", () => {
    expect(draft.text).toContain("Confirming the following 3 points:");
    expect(draft.text).toMatch(/1\. Raj Patel: pull the churn export by .*(Nov 4|4 Nov)/);
    expect(draft.text).toContain("2. Jane Doe: share the dashboard (no date yet)");
    expect(draft.html).toContain("<ol><li>Raj Patel: pull the churn export by");
  });

  it("IsAddressedToTheOwnersOnceAndNotToMe", () => {
    expect(draft.to).toEqual(["raj.patel@contoso.com"]);
    expect(draft.cc).toEqual(["tom.becker@contoso.com"]);
    expect(draft.subject).toBe("RE: Churn and refund data");
  });

  it("AsksForChangesByAStatedDate", () => {
    expect(draft.text).toMatch(/please flag it by .*(Nov 4|4 Nov)/);
  });
});
