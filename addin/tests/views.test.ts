import { render } from "lit-html";
import { describe, expect, it } from "vitest";
import { Pane } from "../src/pane";
import type { RecipientStatus, ThreadAnalysis } from "../src/types";
import { peopleView } from "../src/views/people";
import { agreementsView } from "../src/views/agreements";

const person = (n: number, status: RecipientStatus["status"], nextStep: RecipientStatus["nextStep"], unansweredRequests: number): RecipientStatus => ({
  address: `p${n}@contoso.com`, name: `Person ${n}`, status, nextStep, unansweredRequests,
});

function paneWith(analysis: ThreadAnalysis) {
  const root = document.createElement("div");
  const pane = new Pane({ outlook: false, mode: "demo", tenant: false, me: { address: "jane.doe@contoso.com" } }, root);
  pane.cells.set("analysis", { status: "ok", value: analysis });
  pane.agreements = analysis.agreements;
  return pane;
}

const analysis: ThreadAnalysis = {
  conversation: { subject: "Q4 numbers", participants: [] },
  messages: [],
  agreements: [],
  recipients: [
    person(1, "replied", "none", 0),
    person(2, "waiting", "call", 2),
    person(3, "away", "wait", 1),
    person(4, "replied", "none", 0),
    person(5, "waiting", "remind", 1),
  ],
  confirmationDraft: { subject: "", to: [], cc: [], html: "", text: "" },
};

describe("people view", () => {
  it("SaysHowManyRepliedAtAGlanceAndPutsCallsFirst", () => {
    const host = document.createElement("div");
    render(peopleView(paneWith(analysis)), host);
    expect(host.querySelector(".glance")!.textContent).toBe("2 of 5 replied");
    expect(host.querySelector(".hint")!.textContent).toBe("1 to call · 1 away · 2 waiting");
    const first = host.querySelector(".person")!;
    expect(first.getAttribute("data-address")).toBe("p2@contoso.com");
    expect(first.textContent).toContain("2 emails unanswered");
    expect(first.querySelector("button.primary")!.textContent).toBe("Schedule 15 min");
  });
});

describe("agreements view", () => {
  it("WithoutAgreementsExplainsWhatToDo", () => {
    const host = document.createElement("div");
    render(agreementsView(paneWith(analysis)), host);
    expect(host.textContent).toContain("No agreements found yet");
    expect(host.textContent).toContain("Add one yourself");
  });

  it("ShowsOwnerWhatDueAndTheQuoteOnDemand", () => {
    const host = document.createElement("div");
    const pane = paneWith({
      ...analysis,
      agreements: [{ owner: { name: "Raj Patel", address: "raj@contoso.com" }, what: "pull the churn export", due: "2026-11-04", quote: "Sure - I can pull the churn export by Wednesday." }],
    });
    render(agreementsView(pane), host);
    expect(host.querySelector(".owner")!.textContent).toBe("Raj Patel");
    expect(host.querySelector(".due time")!.getAttribute("datetime")).toBe("2026-11-04");
    expect(host.querySelector("details.quote blockquote")!.textContent).toContain("pull the churn export by Wednesday");
  });
});

describe("compose check", () => {
  it("AVagueDateIsReplacedByADateThreeWorkingDaysOut", async () => {
    const { prefill } = await import("../src/views/check");
    const friday = new Date(2026, 10, 6);
    expect(prefill({ issue: "vagueDate", message: "", suggestion: "", quote: "ASAP" }, friday)).toBe(
      `by ${new Date(2026, 10, 11).toLocaleDateString(undefined, { weekday: "long", day: "numeric", month: "long" })}`,
    );
    expect(prefill({ issue: "dateWithoutReason", message: "", suggestion: "", quote: "by Friday" })).toBe("by Friday, because ");
    expect(prefill({ issue: "scatteredAsks", message: "", suggestion: "" })).toBe("");
  });
});

describe("person to call", () => {
  it("ShowsTheDirectorysPhonesAsTelLinks", () => {
    const host = document.createElement("div");
    const pane = paneWith(analysis);
    pane.cells.set("person:p2@contoso.com:card", { status: "ok", value: { address: "p2@contoso.com", phones: ["+1 (555) 010-4411"] } });
    render(peopleView(pane), host);
    const link = host.querySelector<HTMLAnchorElement>(".person[data-address='p2@contoso.com'] a[href^='tel:']")!;
    expect(link.getAttribute("href")).toBe("tel:+15550104411");
    expect(link.textContent).toBe("+1 (555) 010-4411");
  });
});
