import { render } from "lit-html";
import { describe, expect, it } from "vitest";
import { Pane } from "../src/pane";
import type { RecipientStatus, ThreadAnalysis } from "../src/types";
import { peopleView } from "../src/views/people";
import { agreementsView } from "../src/views/agreements";
import { boardView } from "../src/views/board";
import { callKey } from "../src/pane";
import type { Draft } from "../src/types";

const person = (n: number, status: RecipientStatus["status"], nextStep: RecipientStatus["nextStep"], unansweredRequests: number): RecipientStatus => ({
  address: `p${n}@contoso.com`, name: `Person ${n}`, status, nextStep, unansweredRequests,
});

function paneWith(analysis: ThreadAnalysis) {
  const root = document.createElement("div");
  const pane = new Pane({ outlook: false, mode: "demo", tenant: false, me: { address: "jane.doe@contoso.com" } }, root);
  pane.cells.set("analysis", { status: "ok", value: analysis });
  // The API's merged view of a conversation nobody tracks: the analysis's agreements, open; its people as they stand.
  pane.show({
    conversationId: "c1", subject: analysis.conversation.subject, now: "2026-11-12T12:00:00-05:00", trackedId: null,
    agreements: analysis.agreements.map((a) => ({ ...a, status: "open", checkpoint: a.due ? "upcoming" : "noDate" })),
    people: analysis.recipients.map((r) => ({ ...r, callsScheduled: 0, callsMade: 0 })),
  });
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
    expect(host.querySelector("details.quote summary")!.textContent).toBe("Show quote");
    pane.toggleQuote("0", true);
    render(agreementsView(pane), host);
    expect(host.querySelector("details.quote summary")!.textContent).toBe("Hide quote");
  });
});

describe("a message too long to read whole", () => {
  it("TheAgreementsSayWhoseMessageWasReadOnlyInPart", () => {
    const host = document.createElement("div");
    const message = (name: string, unread: { from: number; characters: number } | null) => ({
      from: { name, address: `${name.toLowerCase()}@contoso.com` }, sentAt: "2026-11-02T10:00:00-05:00", isAutoReply: false, text: "…", unread,
    });
    render(agreementsView(paneWith({ ...analysis, messages: [message("Raj", { from: 99_000, characters: 4_900_000 }), message("Mei", null)] })), host);
    const notice = host.querySelector(".unread-notice");
    expect(notice?.textContent).toContain("One message (Raj) is too long to read whole");
    render(agreementsView(paneWith({ ...analysis, messages: [message("Mei", null)] })), host);
    expect(host.querySelector(".unread-notice")).toBeNull();
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

  it("TheirInterestAndTheLegworkArePrefilledWithTheSuggestedLine", async () => {
    const { prefill } = await import("../src/views/check");
    const line = "Say how this helps with it: \u201CThis should also help your team with the Q4 target.\u201D";
    expect(prefill({ issue: "noReasonForThem", message: "", suggestion: line })).toBe("This should also help your team with the Q4 target.");
    expect(prefill({ issue: "noReasonForThem", message: "", suggestion: "Add a line: \u201CThis also gives your team \u2026\u201D" })).toBe("This also gives your team ");
    expect(prefill({ issue: "shrinkAsk", message: "", suggestion: "First: \u201CCan you just confirm the total? We'll do the rest.\u201D" }))
      .toBe("Can you just confirm the total? We'll do the rest.");
  });
});

describe("person to call", () => {
  it("ShowsTheDirectorysPhonesAsTelLinks", () => {
    const host = document.createElement("div");
    const pane = paneWith(analysis);
    pane.cells.set("call:open:p2@contoso.com:card", { status: "ok", value: { address: "p2@contoso.com", phones: ["+1 (555) 010-4411"] } });
    render(peopleView(pane), host);
    const link = host.querySelector<HTMLAnchorElement>(".person[data-address='p2@contoso.com'] a[href^='tel:']")!;
    expect(link.getAttribute("href")).toBe("tel:+15550104411");
    expect(link.textContent).toBe("+1 (555) 010-4411");
  });
});

describe("the merged view", () => {
  it("ABookedCallChangesTheCardAndTheCounts", () => {
    const host = document.createElement("div");
    const pane = paneWith(analysis);
    pane.conversationId = "c1";
    // As POST /api/tracked/view gives it: the API merged the booked call in (its next step is the call, not an email).
    pane.show({ ...pane.view!, trackedId: "t1", version: 2, people: pane.view!.people.map((p) => p.address === "p2@contoso.com"
      ? { ...p, nextStep: "wait", callBookedAt: "2026-11-13T19:15:00Z", callsScheduled: 1 } : p) });
    render(peopleView(pane), host);
    expect(host.querySelector(".counts")!.textContent).toBe("1 call booked · 1 away · 2 waiting");
    const card = host.querySelector(".person[data-address='p2@contoso.com']")!;
    expect(card.querySelector(".next")!.textContent).toMatch(/^Call booked \w{3} \d{1,2}:15/);
    expect(card.querySelector("button.button")!.textContent).not.toBe("Schedule 15 min");
  });

  it("AReferralIsAnAnswerThatOffersToMoveTheAsk", () => {
    const host = document.createElement("div");
    const referred = { ...person(6, "replied", "none", 0), referral: { from: { address: "p6@contoso.com" }, toName: "Marcus Reed", toAddress: "marcus.reed@contoso.com", quote: "Marcus owns it." } };
    render(peopleView(paneWith({ ...analysis, recipients: [referred] })), host);
    expect(host.querySelector(".status")!.textContent).toBe("Referred");
    expect(host.querySelector(".next")!.textContent).toBe("Referred you to Marcus Reed");
    expect(host.querySelector("button.primary")!.textContent).toBe("Move the ask to Marcus Reed");
  });

  it("TheCallNotesPointsGoIntoTheInvitation", async () => {
    const { talkingPoints } = await import("../src/pane");
    expect(talkingPoints({ subject: "", to: [], cc: [], html: "", text: "Call with Raj\n- Ask for advice\n- The smallest thing\n" })).toEqual(["Ask for advice", "The smallest thing"]);
  });

  it("TheDemoOpensOnTheLiveliestConversation", async () => {
    const { mostUseful } = await import("../src/pane");
    expect(mostUseful([
      { id: "a", subject: "A", lastMessageAt: "2026-11-12T10:00:00-05:00", messageCount: 2 },
      { id: "b", subject: "B", lastMessageAt: "2026-11-10T10:00:00-05:00", messageCount: 5 },
    ])!.id).toBe("b");
  });
});

describe("the escalation summary", () => {
  it("KeepsTheUsersEditsAcrossRendersAndVisitsAndOpensThemAsTheEmail", () => {
    const host = document.createElement("div");
    const pane = new Pane({ outlook: true, mode: "read", tenant: false, me: { address: "jane.doe@contoso.com" } }, document.createElement("div"));
    const target = { address: "kim.nguyen@contoso.com", name: "Kim Nguyen", conversationId: "c1", trackedId: "t1", subject: "Budget codes" };
    const draft: Draft = { subject: "Budget codes", to: ["victor.hugo@contoso.com"], cc: [], html: "<p>Hi</p>", text: "Hi Victor,\n\nThe long version." };
    pane.cells.set(`escalation:${callKey(target)}`, { status: "ok", value: { draft, saved: null } });
    const opened: Draft[] = [];
    pane.openDraft = (d: Draft) => (opened.push(d), true);
    pane.escalation = target;
    render(boardView(pane), host);

    const box = host.querySelector<HTMLTextAreaElement>("textarea.summary")!;
    box.value = "Hi Victor,\n\nShort version: <the code> by Friday.";
    box.dispatchEvent(new Event("input"));
    // Re-rendered (any change elsewhere), and away to the board and back: the edit is still there.
    render(boardView(pane), host);
    pane.escalation = null;
    pane.escalation = target;
    render(boardView(pane), host);
    expect(host.querySelector<HTMLTextAreaElement>("textarea.summary")!.value).toBe("Hi Victor,\n\nShort version: <the code> by Friday.");
    expect(host.querySelector(".saved-by")!.textContent).toContain("Changes not saved yet.");

    [...host.querySelectorAll<HTMLButtonElement>("button")].find((b) => b.textContent === "Open as new email")!.click();
    expect(opened).toHaveLength(1);
    expect(opened[0]!.text).toContain("Short version");
    expect(opened[0]!.html).toBe("<p>Hi Victor,</p><p></p><p>Short version: &lt;the code&gt; by Friday.</p>");
    expect(opened[0]!.to).toEqual(["victor.hugo@contoso.com"]);

    [...host.querySelectorAll<HTMLButtonElement>("button")].find((b) => b.textContent === "Back to CrossDept's words")!.click();
    render(boardView(pane), host);
    expect(host.querySelector<HTMLTextAreaElement>("textarea.summary")!.value).toBe("Hi Victor,\n\nThe long version.");
  });
});
