import { OfficeMockObject } from "office-addin-mock";
import { afterEach, describe, expect, it } from "vitest";
import { applySuggestion, openAppointment, openNewMessage, openReplyAll, paneMode, readCurrentMessage, readDraft } from "../src/outlook";

// Office.js's callback contract: (result: { status, value, error }) => void, called asynchronously.
const succeeded = (value: unknown) => ({ status: "succeeded", value, error: undefined });
const later = (callback: (r: unknown) => void, result: unknown) => setTimeout(() => callback(result), 0);

function officeWith(item: Record<string, unknown>, mailboxVersion = "1.5", mailboxExtras: Record<string, unknown> = {}) {
  const calls: Record<string, unknown[]> = { replyAllAsync: [], replyAll: [] };
  const data = {
    host: "outlook",
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
    context: {
      requirements: { isSetSupported: (_: string, v: string) => Number(v) <= Number(mailboxVersion) },
      mailbox: {
        userProfile: { displayName: "Jane Doe", emailAddress: "jane.doe@contoso.com" },
        item,
        ...mailboxExtras,
      },
    },
  };
  (globalThis as any).Office = new OfficeMockObject(data);
  return calls;
}

afterEach(() => delete (globalThis as any).Office);

const readItem = () => ({
  subject: "RE: Churn and refund data",
  internetMessageId: "<r1@contoso.com>",
  conversationId: "AAQk-conv",
  dateTimeCreated: new Date("2026-11-02T16:40:00Z"),
  from: { displayName: "Raj Patel", emailAddress: "raj.patel@contoso.com" },
  to: [{ displayName: "Jane Doe", emailAddress: "jane.doe@contoso.com" }],
  cc: [{ displayName: "Tom Becker", emailAddress: "tom.becker@contoso.com" }],
  body: {
    getAsync: (coercion: string, callback: (r: unknown) => void) =>
      later(callback, coercion === "html" ? succeeded("<p>Sure - I can pull the churn export by Wednesday.</p>") : { status: "failed", error: { message: "Wrong coercion" } }),
  },
});

describe("reading the open message", () => {
  it("GivesTheApiEverythingOfficeJsKnowsAboutTheMessage", async () => {
    officeWith(readItem());
    const current = await readCurrentMessage();
    expect(current.conversationId).toBe("AAQk-conv");
    expect(current.message).toEqual({
      id: "<r1@contoso.com>",
      from: { name: "Raj Patel", address: "raj.patel@contoso.com" },
      to: [{ name: "Jane Doe", address: "jane.doe@contoso.com" }],
      cc: [{ name: "Tom Becker", address: "tom.becker@contoso.com" }],
      sentAt: "2026-11-02T16:40:00.000Z",
      subject: "RE: Churn and refund data",
      html: "<p>Sure - I can pull the churn export by Wednesday.</p>",
    });
  });

  it("ReadModeIsToldApartFromComposeByTheSubject", () => {
    officeWith(readItem());
    expect(paneMode()).toBe("read");
    officeWith({ subject: { getAsync: () => undefined } });
    expect(paneMode()).toBe("compose");
  });

  it("AFailedAsyncResultBecomesAnErrorWithOutlooksMessage", async () => {
    officeWith({
      ...readItem(),
      body: { getAsync: (_: string, callback: (r: unknown) => void) => later(callback, { status: "failed", error: { message: "The item was deleted." } }) },
    });
    await expect(readCurrentMessage()).rejects.toThrow("The item was deleted.");
  });
});

describe("opening the reply-all form", () => {
  it("UsesDisplayReplyAllFormAsyncWhenMailbox19IsSupported", async () => {
    let captured: unknown;
    officeWith(
      {
        ...readItem(),
        displayReplyAllFormAsync: (form: unknown, callback: (r: unknown) => void) => {
          captured = form;
          later(callback, succeeded(undefined));
        },
        displayReplyAllForm: () => {
          throw new Error("should not be called");
        },
      },
      "1.9",
    );
    await openReplyAll("<ol><li>Raj: export</li></ol>");
    expect(captured).toEqual({ htmlBody: "<ol><li>Raj: export</li></ol>" });
  });

  it("FallsBackToDisplayReplyAllFormOnOlderOutlook", async () => {
    let captured: unknown;
    officeWith({ ...readItem(), displayReplyAllForm: (html: unknown) => (captured = html) }, "1.5");
    await openReplyAll("<p>points</p>");
    expect(captured).toBe("<p>points</p>");
  });
});

describe("the message being written", () => {
  function composeItem(html: string) {
    const state = { html, selected: [] as string[] };
    const item = {
      subject: { getAsync: (callback: (r: unknown) => void) => later(callback, succeeded("Need the numbers")) },
      to: { getAsync: (callback: (r: unknown) => void) => later(callback, succeeded([{ displayName: "Raj Patel", emailAddress: "raj.patel@contoso.com" }])) },
      body: {
        getAsync: (_: string, callback: (r: unknown) => void) => later(callback, succeeded(state.html)),
        setAsync: (next: string, _: unknown, callback: (r: unknown) => void) => {
          state.html = next;
          later(callback, succeeded(undefined));
        },
        setSelectedDataAsync: (data: string, _: unknown, callback: (r: unknown) => void) => {
          state.selected.push(data);
          later(callback, succeeded(undefined));
        },
      },
    };
    officeWith(item);
    return state;
  }

  it("ReadsSubjectBodyAndRecipients", async () => {
    composeItem("<p>Could you send the numbers ASAP?</p>");
    expect(await readDraft()).toEqual({
      subject: "Need the numbers",
      html: "<p>Could you send the numbers ASAP?</p>",
      to: [{ name: "Raj Patel", address: "raj.patel@contoso.com" }],
    });
  });

  it("ASuggestionReplacesTheVagueWordsWhereTheyStand", async () => {
    const state = composeItem("<p>Could you send the numbers ASAP?</p>");
    expect(await applySuggestion("ASAP", "by Friday 14 November, so I can present them Monday")).toBe("replaced");
    expect(state.html).toBe("<p>Could you send the numbers by Friday 14 November, so I can present them Monday?</p>");
  });

  it("ASuggestionWhoseWordsSpanFormattingGoesInAtTheCursor", async () => {
    const state = composeItem("<p>take a <b>look</b></p>");
    expect(await applySuggestion("take a look", "review sections 2 & 3")).toBe("inserted");
    expect(state.selected).toEqual(["review sections 2 &amp; 3"]);
    expect(state.html).toBe("<p>take a <b>look</b></p>");
  });
});

describe("forms the user checks and sends", () => {
  it("TheCallOpensAsAnAppointmentWithTheTalkingPoints", () => {
    let form: any;
    officeWith(readItem(), "1.5", { displayNewAppointmentForm: (parameters: unknown) => (form = parameters) });
    const start = new Date("2026-11-13T14:00:00Z");
    openAppointment({ requiredAttendees: ["noah.kim@contoso.com"], subject: "Quick call", body: "1. Why it matters to you", start });
    expect(form.requiredAttendees).toEqual(["noah.kim@contoso.com"]);
    expect(form.body).toBe("1. Why it matters to you");
    expect(form.start).toEqual(start);
    expect(form.end.getTime() - start.getTime()).toBe(15 * 60_000);
  });

  it("ANewEmailNeedsMailbox16", () => {
    let opened: unknown;
    officeWith(readItem(), "1.5", { displayNewMessageForm: (parameters: unknown) => (opened = parameters) });
    expect(openNewMessage(["a@contoso.com"], [], "Reminder", "<p>Hi</p>")).toBe(false);
    officeWith(readItem(), "1.6", { displayNewMessageForm: (parameters: unknown) => (opened = parameters) });
    expect(openNewMessage(["a@contoso.com"], [], "Reminder", "<p>Hi</p>")).toBe(true);
    expect(opened).toEqual({ toRecipients: ["a@contoso.com"], ccRecipients: [], subject: "Reminder", htmlBody: "<p>Hi</p>" });
  });
});
