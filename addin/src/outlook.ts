// Everything the pane asks of Outlook goes through here, so views never touch Office.js.
// Requirement set 1.5 is what the manifest asks for; newer calls run only after isSetSupported.

import type { MessageInput, Person } from "./types";

export type PaneMode = "read" | "compose";

/** True inside Outlook with an item open; false in a plain browser (demo mode). */
export function insideOutlook(): boolean {
  return typeof Office !== "undefined" && !!Office.context?.mailbox?.item;
}

function mailbox(): Office.Mailbox {
  return Office.context.mailbox;
}

function item(): any {
  return Office.context.mailbox.item as any;
}

/** Read mode shows the subject as a string; compose mode gives it as an object to read asynchronously. */
export function paneMode(): PaneMode {
  return typeof item().subject === "string" ? "read" : "compose";
}

export function mailboxOwner(): Person {
  const profile = mailbox().userProfile;
  return { name: profile.displayName, address: profile.emailAddress };
}

export function supports(version: string): boolean {
  return !!Office.context.requirements?.isSetSupported("Mailbox", version);
}

/** Office.js callbacks as promises: the AsyncResult's value, or its error as a thrown Error. */
function settle<T>(start: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    start((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(new Error(result.error?.message || "Outlook couldn't do that."));
    });
  });
}

function person(details: Office.EmailAddressDetails | undefined | null): Person {
  return { name: details?.displayName || null, address: details?.emailAddress ?? "" };
}

export interface CurrentMessage {
  conversationId: string | null;
  subject: string;
  message: MessageInput;
}

/** The open message as the API's analyze endpoint takes it. */
export async function readCurrentMessage(): Promise<CurrentMessage> {
  const current = item();
  const html = await settle<string>((done) => current.body.getAsync(Office.CoercionType.Html, done));
  const sentAt: Date = current.dateTimeCreated instanceof Date ? current.dateTimeCreated : new Date(current.dateTimeCreated);
  return {
    conversationId: current.conversationId ?? null,
    // The topic without RE:/FW:, as Outlook itself normalises it.
    subject: current.normalizedSubject || current.subject || "",
    message: {
      id: current.internetMessageId || current.itemId,
      from: person(current.from),
      to: (current.to ?? []).map(person),
      cc: (current.cc ?? []).map(person),
      sentAt: sentAt.toISOString(),
      subject: current.subject ?? "",
      html,
    },
  };
}

export interface DraftBeingWritten {
  subject: string;
  html: string;
  to: Person[];
}

/** The message being written, for the vague-ask check. */
export async function readDraft(): Promise<DraftBeingWritten> {
  const current = item();
  const [subject, html, to] = await Promise.all([
    settle<string>((done) => current.subject.getAsync(done)),
    settle<string>((done) => current.body.getAsync(Office.CoercionType.Html, done)),
    settle<Office.EmailAddressDetails[]>((done) => current.to.getAsync(done)),
  ]);
  return { subject, html, to: to.map(person) };
}

/**
 * Applies a suggestion to the message being written: replaces the vague words where they stand,
 * or, when they can't be found as plain text in the HTML, inserts the suggestion at the cursor.
 */
export async function applySuggestion(excerpt: string | null | undefined, suggestion: string): Promise<"replaced" | "inserted"> {
  const current = item();
  if (excerpt) {
    const html = await settle<string>((done) => current.body.getAsync(Office.CoercionType.Html, done));
    const escaped = escapeHtml(excerpt);
    const at = html.indexOf(escaped);
    if (at >= 0) {
      const next = html.slice(0, at) + escapeHtml(suggestion) + html.slice(at + escaped.length);
      await settle<void>((done) => current.body.setAsync(next, { coercionType: Office.CoercionType.Html }, done));
      return "replaced";
    }
  }
  await settle<void>((done) => current.body.setSelectedDataAsync(escapeHtml(suggestion), { coercionType: Office.CoercionType.Html }, done));
  return "inserted";
}

/** Opens Outlook's reply-all form with the confirmation in it. */
export async function openReplyAll(html: string): Promise<void> {
  const current = item();
  if (supports("1.9") && typeof current.displayReplyAllFormAsync === "function") {
    await settle<void>((done) => current.displayReplyAllFormAsync({ htmlBody: html }, done));
    return;
  }
  current.displayReplyAllForm(html);
}

export interface AppointmentForm {
  requiredAttendees: string[];
  subject: string;
  body: string;
  start?: Date;
  end?: Date;
}

/** Opens a new meeting in Outlook, for the user to check and send. */
export function openAppointment(form: AppointmentForm): void {
  mailbox().displayNewAppointmentForm({
    requiredAttendees: form.requiredAttendees,
    optionalAttendees: [],
    location: "",
    resources: [],
    subject: form.subject,
    body: form.body,
    start: form.start ?? nextQuarterHour(),
    end: form.end ?? new Date((form.start ?? nextQuarterHour()).getTime() + 15 * 60_000),
  } as any);
}

/** Opens a new email (Mailbox 1.6); false when this Outlook can't. */
export function openNewMessage(to: string[], cc: string[], subject: string, htmlBody: string): boolean {
  if (!supports("1.6")) return false;
  (mailbox() as any).displayNewMessageForm({ toRecipients: to, ccRecipients: cc, subject, htmlBody });
  return true;
}

function nextQuarterHour(): Date {
  const at = new Date();
  at.setMinutes(Math.ceil((at.getMinutes() + 1) / 15) * 15, 0, 0);
  return at;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
