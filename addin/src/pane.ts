// The pane's state and what the user can do; views read it and call these actions.

import { render } from "lit-html";
import { apiRequest, newIdempotencyKey } from "./api";
import { composeConfirmation, sameAddress, unique } from "./confirmation";
import * as outlook from "./outlook";
import { Cells } from "./remote";
import type {
  Agreement, AskCheck, AskFinding, Board, MessageInput, BookedCall, ConversationListItem, Draft, Me, Person, PersonCard,
  RecipientStatus, Slot, ThreadAnalysis, TrackedConversation,
} from "./types";
import { shell } from "./views/shell";

export type Tab = "agreements" | "confirm" | "people" | "board" | "check";

export interface PaneEnvironment {
  /** Inside Outlook with an item open, or a plain browser (demo). */
  outlook: boolean;
  mode: "read" | "compose" | "demo";
  /** With a tenant the API reads the whole conversation from the mailbox; without, the pane sends what Office.js gives. */
  tenant: boolean;
  me: Person | null;
}

export class Pane {
  readonly cells: Cells;
  tab: Tab;
  conversationId: string | null = null;
  /** The messages the pane itself sent for analysis (Outlook without a tenant); drafts are built from the same. */
  private sourceMessages: MessageInput[] | null = null;
  agreements: Agreement[] = [];
  edited = false;
  editing: number | null = null;
  adding = false;
  copyManagers = false;
  /** People whose every free slot is shown, not just the first few. */
  readonly allSlots = new Set<string>();
  private rendered = false;
  private scheduled = false;
  /** One key per intended booking/draft, so "Try again" after a timeout never creates two. */
  private readonly intents = new Map<string, string>();

  constructor(
    readonly env: PaneEnvironment,
    private readonly root: HTMLElement,
  ) {
    this.cells = new Cells(() => this.changed());
    // lit-html renders beside what is there, so the static "Starting…" placeholder goes first.
    root.replaceChildren();
    this.tab = env.mode === "compose" ? "check" : "agreements";
  }

  changed(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      render(shell(this), this.root);
      if (!this.rendered && this.firstContentShown()) {
        this.rendered = true;
        performance.mark("crossdept:first-render");
      }
    });
  }

  private firstContentShown(): boolean {
    const key = this.env.mode === "compose" ? "check" : "analysis";
    const cell = this.cells.get(key);
    return cell.status === "ok" || cell.status === "error" || this.cells.get("conversations").status === "error";
  }

  get me(): string {
    return this.env.me?.address ?? this.cells.value<Me>("me")?.address ?? "";
  }

  get analysis(): ThreadAnalysis | undefined {
    return this.cells.value<ThreadAnalysis>("analysis");
  }

  async start(): Promise<void> {
    this.changed();
    if (this.env.mode === "compose") return void this.checkDraft();
    if (this.env.mode === "read") return void this.readOpenMessage();
    // Who "me" is matters only for drafts; the list need not wait for it.
    void this.cells.load<Me>("me", "Finding out who you are…", () => apiRequest<Me>("/api/me"));
    const list = await this.cells.load("conversations", "Loading sample conversations…", () =>
      apiRequest<ConversationListItem[]>("/api/mailbox/conversations"),
    );
    if (list?.[0]) this.selectConversation(list[0].id);
  }

  /** Inside Outlook: the whole conversation from the API when it has a tenant, else the open message as Office.js gives it. */
  readOpenMessage(): void {
    void this.cells
      .load<ThreadAnalysis>("analysis", "Reading this conversation…", async () => {
        const current = await outlook.readCurrentMessage();
        this.conversationId = current.conversationId;
        if (this.env.tenant && current.conversationId) {
          this.sourceMessages = null;
          return apiRequest<ThreadAnalysis>(`/api/mailbox/conversations/${encodeURIComponent(current.conversationId)}/analysis`);
        }
        this.sourceMessages = [current.message];
        return apiRequest<ThreadAnalysis>("/api/threads/analyze", {
          body: { me: this.me, subject: current.subject, messages: this.sourceMessages },
        });
      })
      .then((analysis) => analysis && this.adopt(analysis));
  }

  selectConversation(id: string): void {
    this.conversationId = id;
    this.sourceMessages = null;
    this.cells.clear("person:");
    void this.cells
      .load<ThreadAnalysis>("analysis", "Reading the conversation…", () =>
        apiRequest<ThreadAnalysis>(`/api/mailbox/conversations/${encodeURIComponent(id)}/analysis`),
      )
      .then((analysis) => analysis && this.adopt(analysis));
  }

  private adopt(analysis: ThreadAnalysis): void {
    this.agreements = analysis.agreements.map((a) => ({ ...a, owner: { ...a.owner } }));
    this.edited = false;
    this.editing = null;
    this.adding = false;
    this.cells.clear("confirm:");
    this.changed();
  }

  selectTab(tab: Tab): void {
    this.tab = tab;
    if (tab === "board" && this.cells.get("board").status === "idle") this.loadBoard();
    this.changed();
  }

  // Agreements, edited before confirming.

  startEditing(index: number | null): void {
    this.editing = index;
    this.adding = false;
    this.changed();
  }

  startAdding(on: boolean): void {
    this.adding = on;
    this.editing = null;
    this.changed();
  }

  saveAgreement(index: number | null, owner: Person, what: string, due: string | null): void {
    const agreement: Agreement = {
      ...(index === null ? { quote: "", sourceMessageId: null, dueText: null } : this.agreements[index]!),
      owner,
      what,
      due: due || null,
    };
    if (index === null) this.agreements = [...this.agreements, agreement];
    else this.agreements = this.agreements.map((a, i) => (i === index ? agreement : a));
    this.edited = true;
    this.editing = null;
    this.adding = false;
    this.changed();
  }

  removeAgreement(index: number): void {
    this.agreements = this.agreements.filter((_, i) => i !== index);
    this.edited = true;
    this.editing = null;
    this.changed();
  }

  // The confirmation.

  /** The server's draft while the agreements are as it found them; the pane's re-write once edited; managers added when asked. */
  get draft(): Draft | undefined {
    const analysis = this.analysis;
    if (!analysis) return undefined;
    const base = this.edited || !analysis.confirmationDraft.html
      ? composeConfirmation(analysis.confirmationDraft.subject || `RE: ${analysis.conversation.subject}`, this.agreements, analysis.confirmationDraft.cc, this.me)
      : analysis.confirmationDraft;
    if (!this.copyManagers) return base;
    const managers = this.cells.value<Person[]>("confirm:managers") ?? [];
    return { ...base, cc: unique([...base.cc, ...managers.map((m) => m.address).filter((m) => !base.to.some((t) => sameAddress(t, m)))]) };
  }

  toggleCopyManagers(on: boolean): void {
    this.copyManagers = on;
    this.changed();
    if (on && this.cells.get("confirm:managers").status !== "ok") {
      const owners = unique(this.agreements.map((a) => a.owner.address).filter((a) => !sameAddress(a, this.me)));
      void this.cells.load<Person[]>("confirm:managers", "Looking up their managers…", async () => {
        const cards = await Promise.all(owners.map((o) => apiRequest<PersonCard>(`/api/people/${encodeURIComponent(o)}`)));
        return cards.flatMap((c) => (c.manager ? [c.manager] : []));
      });
    }
  }

  /** Outlook's reply-all form when there is one; otherwise a draft in the mailbox through the API (Graph). */
  openConfirmation(): void {
    const draft = this.draft;
    if (!draft) return;
    const intent = this.intent(`confirm:${this.conversationId}`);
    void this.cells.load<{ where: "outlook" | "drafts"; webLink?: string }>("confirm:opened", "Opening the reply…", async () => {
      if (this.env.outlook) {
        await outlook.openReplyAll(draft.html);
        return { where: "outlook" };
      }
      const saved = await apiRequest<{ webLink?: string }>(
        `/api/mailbox/conversations/${encodeURIComponent(this.conversationId ?? "")}/confirmation-draft`,
        { body: draft, idempotencyKey: intent },
      );
      return { where: "drafts", webLink: saved?.webLink };
    }).then((opened) => opened && this.track());
  }

  /** What was confirmed goes on the board, so it is followed up (idempotent per conversation). */
  track(): void {
    const analysis = this.analysis;
    if (!analysis || !this.conversationId) return;
    void this.cells.load<TrackedConversation>("confirm:tracked", "Adding it to your board…", () => this.trackConversation(analysis));
  }

  private async trackConversation(analysis: ThreadAnalysis): Promise<TrackedConversation> {
    const tracked = await apiRequest<TrackedConversation>("/api/tracked", {
      body: { conversationId: this.conversationId, analysis: { ...analysis, agreements: this.agreements } },
    });
    this.cells.clear("board");
    return tracked;
  }

  /** A booked call is part of the follow-up: the board stops asking to call them. */
  private recordCall(person: RecipientStatus, call: BookedCall): void {
    const analysis = this.analysis;
    if (!analysis || !this.conversationId) return;
    void this.cells.load<TrackedConversation>(`person:${person.address}:recorded`, "Noting the call on your board…", async () => {
      const tracked = await this.trackConversation(analysis);
      return apiRequest<TrackedConversation>(`/api/tracked/${encodeURIComponent(tracked.id)}/calls`, {
        body: { address: person.address, kind: "scheduled", at: call.start, meetingId: call.id },
      });
    });
  }

  // People.

  showPhone(person: RecipientStatus): void {
    void this.cells.load<PersonCard>(`person:${person.address}:card`, "Looking up their phone…", () =>
      apiRequest<PersonCard>(`/api/people/${encodeURIComponent(person.address)}`),
    );
  }

  proposeSlots(person: RecipientStatus): void {
    void this.cells.load<Slot[]>(`person:${person.address}:slots`, "Finding 15 free minutes on both calendars…", () =>
      apiRequest<{ slots: Slot[] }>("/api/calls/slots", {
        body: { address: person.address, minutes: 15, withinBusinessDays: 5, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone },
      }).then((r) => r.slots ?? []),
    );
  }

  showAllSlots(address: string): void {
    this.allSlots.add(address);
    this.changed();
  }

  bookCall(person: RecipientStatus, slot: Slot): void {
    const intent = this.intent(`call:${person.address}:${slot.start}`);
    const subject = `Quick call: ${this.analysis?.conversation.subject ?? "our request"}`;
    void this.cells.load<BookedCall>(`person:${person.address}:booked`, "Booking the call…", () =>
      apiRequest<BookedCall>("/api/calls", {
        body: { address: person.address, name: person.name ?? null, start: slot.start, minutes: 15, subject, talkingPoints: this.talkingPoints(person) },
        idempotencyKey: intent,
      }),
    ).then((booked) => booked && this.recordCall(person, booked));
  }

  /** What the call is about: the person's open agreements, else the conversation's topic. */
  private talkingPoints(person: RecipientStatus): string[] {
    const theirs = this.agreements.filter((a) => sameAddress(a.owner.address, person.address));
    const topic = this.analysis?.conversation.subject ?? "our request";
    return theirs.length
      ? theirs.map((a) => `${a.what}${a.due ? ` by ${a.due}` : ""}: what would make it easy for you?`)
      : [`${topic}: why it matters to your team too`, "The smallest part you could help with, and by when"];
  }

  /** Talking points from the API, into a new Outlook meeting the user checks and sends. */
  openCallForm(person: RecipientStatus): void {
    void this.cells.load<Draft>(`person:${person.address}:notes`, "Writing talking points…", async () => {
      const notes = await this.draftFor("call-notes", person);
      if (this.env.outlook) outlook.openAppointment({ requiredAttendees: [person.address], subject: notes.subject, body: notes.text });
      return notes;
    });
  }

  draftReminder(person: RecipientStatus): void {
    void this.cells.load<Draft>(`person:${person.address}:reminder`, "Drafting a reminder…", async () =>
      this.draftFor("reminder", person),
    );
  }

  openReminder(draft: Draft): boolean {
    return this.env.outlook && outlook.openNewMessage(draft.to, draft.cc, draft.subject, draft.html);
  }

  /**
   * A draft about one person, made from what the analysis was made from: the messages the pane sent (Outlook without a
   * tenant), or the mailbox's copy of the conversation, which the API reads again by its id.
   */
  private draftFor(kind: "reminder" | "call-notes", person: RecipientStatus): Promise<Draft> {
    if (this.sourceMessages)
      return apiRequest<Draft>(`/api/drafts/${kind}`, {
        body: { me: this.me, subject: this.analysis?.conversation.subject, messages: this.sourceMessages, person: person.address },
      });
    if (!this.conversationId) throw new Error("Open a conversation first, then draft from it.");
    return apiRequest<Draft>(`/api/mailbox/conversations/${encodeURIComponent(this.conversationId)}/drafts/${kind}`, {
      body: { person: person.address },
    });
  }

  // Board.

  loadBoard(): void {
    void this.cells.load<Board>("board", "Loading your tracked asks…", () => apiRequest<Board>("/api/board"));
  }

  // Compose: the vague-ask check.

  checkDraft(): void {
    void this.cells.load<AskCheck>("check", "Checking your request…", async () => {
      const draft = await outlook.readDraft();
      return apiRequest<AskCheck>("/api/asks/check", { body: { subject: draft.subject, html: draft.html } });
    });
  }

  /** The user's fix for a finding: it replaces the words concerned, or goes in at the cursor when there are none. */
  applyFix(index: number, finding: AskFinding, words: string): void {
    if (!words.trim()) return;
    void this.cells.load<string>(`check:applied:${index}`, "Changing your message…", async () => {
      const how = await outlook.applySuggestion(finding.quote, words.trim());
      return how === "replaced" ? `Replaced \u201C${finding.quote}\u201D in your message.` : "Added where your cursor was.";
    });
  }

  private intent(action: string): string {
    let key = this.intents.get(action);
    if (!key) this.intents.set(action, (key = newIdempotencyKey()));
    return key;
  }
}
