// The pane's state and what the user can do; views read it and call these actions.
// What the pane shows for a conversation is the API's merged view (POST /api/tracked/view: the latest analysis with what
// tracking knows — agreements corrected, done or dropped; calls booked and made; referrals): the pane merges nothing itself.
// Every draft is written by the server.

import { render } from "lit-html";
import { apiRequest, newIdempotencyKey } from "./api";
import { sameAddress, unique } from "./names";
import * as outlook from "./outlook";
import { Cells, sayWhatWentWrong } from "./remote";
import type {
  Agreement, AgreementChanged, AskCheck, AskFinding, Board, BookedCall, CallOutcome, ConversationListItem, ConversationView, Draft,
  DigestSetting, EscalationNote, FollowingStatus, Me, MessageInput, Person, PersonAsked, PersonCard, RecipientStatus, Referral, Slot, ThreadAnalysis, TrackedAgreement,
  TrackedConversation, ViewAgreement, ViewPerson,
} from "./types";
import { shell } from "./views/shell";

export type Tab = "agreements" | "confirm" | "people" | "board" | "check" | "settings";

export interface PaneEnvironment {
  /** Inside Outlook with an item open, or a plain browser (demo). */
  outlook: boolean;
  mode: "read" | "compose" | "demo";
  /** With a tenant the API reads the whole conversation from the mailbox; without, the pane sends what Office.js gives. */
  tenant: boolean;
  me: Person | null;
}

/** An agreement as shown: the merged view's (tracking's when tracked, else the analysis's). */
export type ShownAgreement = ViewAgreement;

/** A person as shown: the merged view's (the analysis's status, moved on by the calls tracking knows of). */
export type ShownPerson = ViewPerson;

/** Whom a call, reminder or escalation is about, and in which conversation: from the People tab or from the board. */
export interface Target {
  address: string;
  name?: string | null;
  conversationId: string | null;
  trackedId?: string | null;
  subject: string;
}

/** An example of a vague ask for the demo's "Check a request" box. */
export const exampleAsk = "Hi Raj,\n\nCould you take a look at the churn numbers ASAP?\n\nThanks,\nJane";

export class Pane {
  readonly cells: Cells;
  tab: Tab;
  conversationId: string | null = null;
  /** The messages the pane itself sent for analysis (Outlook without a tenant); drafts are built from the same. */
  private sourceMessages: MessageInput[] | null = null;
  /** Which conversation pick is current: answers for an earlier pick are dropped (cold start, quick switching). */
  private pick = 0;
  /** The merged view on screen; kept while a newer one loads, so the card the user acted on stays (and focus with it). */
  private shown: ConversationView | null = null;
  /** The view request in flight: view requests (and the writes before them) run one after another, so answers arrive in order. */
  private viewInFlight: Promise<ConversationView | undefined> | null = null;
  /** The agreement being edited (its index in `agreements`), or null. */
  editing: number | null = null;
  adding = false;
  copyManagers = false;
  /** People whose every free slot is shown, not just the first few. */
  readonly allSlots = new Set<string>();
  /** People whose call "referred me on", while the user says to whom (by call key). */
  readonly referringOn = new Set<string>();
  /** Quotes shown (Show quote / Hide quote). */
  readonly openQuotes = new Set<string>();
  /** People with a call booked whom the user asked to book again: the pane asks first. */
  readonly rebooking = new Set<string>();
  /** Stop tracking was asked for and waits for its confirmation. */
  askingStop = false;
  /** The agreement just marked done and its thank-you cell, shown on top of the board once it leaves the open piles. */
  justDone: { key: string; what: string; owner: Person } | null = null;
  /** The escalation being written from the board, or null. */
  escalation: Target | null = null;
  /** The user's words in an escalation summary not saved yet, by its cell key: kept across renders, and what opens as the email. */
  readonly escalationEdits = new Map<string, string>();
  /** The request typed into the demo's "Check a request" box. */
  askText = exampleAsk;
  /** Whom the demo's request goes to (addresses, comma between): the check suggests a department's point person. */
  askTo = "raj.patel@contoso.com";
  /** Where focus goes after the next render (a selector), so it stays where the user acted. */
  private focusNext: string | null = null;
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
      // A result the user is on (a booked call, a draft) can move when a new board or view re-orders the cards, and a moved
      // element loses focus: it is given back after the render.
      const active = document.activeElement;
      const kept = active instanceof HTMLElement && this.root.contains(active) ? active.getAttribute("data-result") : null;
      render(shell(this), this.root);
      if (this.focusNext) {
        const target = this.root.querySelector<HTMLElement>(this.focusNext);
        if (target) {
          target.focus();
          this.focusNext = null;
        }
      } else if (kept && (document.activeElement === document.body || !document.activeElement)) {
        this.root.querySelector<HTMLElement>(`[data-result="${cssEscape(kept)}"]`)?.focus();
      }
      if (!this.rendered && this.firstContentShown()) {
        this.rendered = true;
        performance.mark("crossdept:first-render");
      }
    });
  }

  /** Keeps focus where the user acted: on `selector` once it is rendered. */
  focusAfter(selector: string): void {
    this.focusNext = selector;
    this.changed();
  }

  private firstContentShown(): boolean {
    const key = this.env.mode === "compose" ? "check" : "analysis";
    const cell = this.cells.get(key);
    return cell.status === "ok" || cell.status === "error" || this.cells.get("conversations").status === "error";
  }

  get me(): string {
    return this.env.me?.address ?? this.cells.value<Me>("me")?.address ?? "";
  }

  /** "Today" as the API sees it: the demo runs on the samples' week, so due and overdue read as they would that week. */
  get today(): Date {
    const now = this.cells.value<Me>("me")?.now;
    return now ? new Date(now) : new Date();
  }

  get analysis(): ThreadAnalysis | undefined {
    return this.cells.value<ThreadAnalysis>("analysis");
  }

  /** The API's merged view of this conversation (null until it has answered once). */
  get view(): ConversationView | null {
    return this.shown;
  }

  /** The tracked conversation's id: null when it is not tracked, undefined while that is not known yet. */
  get tracked(): { id: string } | null | undefined {
    if (!this.shown) return undefined;
    return this.shown.trackedId ? { id: this.shown.trackedId } : null;
  }

  get agreements(): ShownAgreement[] {
    return this.shown?.agreements ?? [];
  }

  get people(): ShownPerson[] {
    return this.shown?.people ?? [];
  }

  async start(): Promise<void> {
    this.changed();
    if (this.env.mode === "compose") return void this.checkDraft();
    // Dates are judged on the API's clock (the demo runs on the samples' week), in Outlook too: it is asked alongside the rest.
    const me = this.cells.load<Me>("me", "Finding out who you are…", () => apiRequest<Me>("/api/me"));
    if (this.env.mode === "read") return void this.readOpenMessage();
    const list = await this.cells.load("conversations", "Loading sample conversations…", () =>
      apiRequest<ConversationListItem[]>("/api/mailbox/conversations"),
    );
    await me;
    // A link from the morning digest (`?tracked=ID`) opens that tracked conversation on its Agreements.
    const linked = new URLSearchParams(location.search).get("tracked");
    if (linked && this.pick === 0) {
      const tracked = await apiRequest<TrackedConversation>(`/api/tracked/${encodeURIComponent(linked)}`).catch(() => null);
      if (tracked && this.pick === 0) return this.openFromBoard(tracked.conversationId);
    }
    // The picker is usable as soon as the list is in: a conversation the user picked meanwhile wins over the most useful one.
    const first = mostUseful(list ?? []);
    if (first && this.pick === 0) this.selectConversation(first.id);
  }

  /** Inside Outlook: the whole conversation from the API when it has a tenant, else the open message as Office.js gives it. */
  readOpenMessage(): void {
    const pick = ++this.pick;
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
      }, () => pick === this.pick)
      .then((analysis) => analysis && pick === this.pick && this.adopt());
  }

  selectConversation(id: string): void {
    // A new pick: whatever the earlier one still has in flight is dropped when it answers.
    const pick = ++this.pick;
    this.conversationId = id;
    this.sourceMessages = null;
    this.shown = null;
    this.viewInFlight = null;
    this.cells.clear("person:");
    this.cells.clear("call:");
    this.cells.set("view", { status: "idle" });
    void this.cells
      .load<ThreadAnalysis>("analysis", "Reading the conversation…", () =>
        apiRequest<ThreadAnalysis>(`/api/mailbox/conversations/${encodeURIComponent(id)}/analysis`),
      () => pick === this.pick)
      .then((analysis) => analysis && pick === this.pick && this.adopt());
  }

  private adopt(): void {
    this.editing = null;
    this.adding = false;
    this.rebooking.clear();
    this.askingStop = false;
    this.cells.clear("confirm:");
    this.changed();
    void this.loadView("Checking your board…").then((view) => view && this.tab === "confirm" && this.loadConfirmation());
  }

  /** Reads the merged view again (after something changed it outside the pane: a task done in Planner, say). */
  reloadView(label: string): void {
    void this.loadView(label);
  }

  /**
   * The merged view from the API, after `write` (a correction, a call, Track, Stop tracking) when there is one. Requests run
   * one after another, each after the one before has answered, so an older answer never replaces a newer one; an answer for
   * a conversation the user has left is dropped. The view on screen stays until the new one is in.
   */
  private loadView(label: string, write?: () => Promise<unknown>): Promise<ConversationView | undefined> {
    const pick = this.pick;
    const before = this.viewInFlight;
    this.cells.set("view", { status: "loading", label });
    const run = async (): Promise<ConversationView | undefined> => {
      await before;
      if (pick !== this.pick) return undefined;
      this.cells.set("view", { status: "loading", label });
      try {
        if (write) await write();
        const analysis = this.analysis;
        if (!analysis) throw new Error("Open a conversation first.");
        const view = await apiRequest<ConversationView>("/api/tracked/view", { body: { conversationId: this.conversationId, analysis } });
        if (pick !== this.pick) return undefined;
        this.show(view, this.viewInFlight === request);
        return view;
      } catch (error) {
        if (pick === this.pick)
          this.cells.set("view", { status: "error", message: sayWhatWentWrong(error), retry: () => void this.loadView(label, write) });
        return undefined;
      }
    };
    const request = run();
    this.viewInFlight = request;
    return request;
  }

  selectTab(tab: Tab): void {
    this.tab = tab;
    if (tab !== "board") this.escalation = null;
    if (tab === "board" && this.cells.get("board").status === "idle") this.loadBoard();
    if (tab === "board" && this.cells.get("following").status === "idle") this.loadFollowing();
    if (tab === "confirm") this.loadConfirmation();
    this.changed();
  }

  // Tracking.

  /** Puts a merged view on screen; `settled` when no newer request is in flight (the header stops saying what it is doing). */
  show(view: ConversationView, settled = true): void {
    this.shown = view;
    if (settled) this.cells.set("view", { status: "ok", value: view });
    else this.changed();
  }

  /** Track / Stop tracking from the header. */
  track(): void {
    void this.loadView("Adding it to your board…", () => this.trackNow());
  }

  private async trackNow(): Promise<TrackedConversation> {
    const analysis = this.analysis;
    if (!analysis || !this.conversationId) throw new Error("Open a conversation first, then track it.");
    const tracked = await apiRequest<TrackedConversation>("/api/tracked", { body: { conversationId: this.conversationId, analysis } });
    this.cells.clear("board");
    return tracked;
  }

  /** The tracked conversation, tracking it first when it is not: corrections and calls are kept there. Inside a view request. */
  private async trackedNow(): Promise<{ id: string; agreements?: TrackedAgreement[] }> {
    const id = this.shown?.trackedId;
    return id ? { id } : this.trackNow();
  }

  /** The same, outside a view request: once the view requests in flight have answered. */
  private async ensureTracked(): Promise<{ id: string; agreements?: TrackedAgreement[] }> {
    await this.viewInFlight;
    return this.trackedNow();
  }

  /** Stop tracking deletes the corrections and calls kept on the board: the header asks first. */
  askStopTracking(on: boolean): void {
    this.askingStop = on;
    this.changed();
    this.focusAfter(on ? "#stop-tracking-confirm" : "#track-toggle");
  }

  stopTracking(): void {
    const tracked = this.tracked;
    this.askingStop = false;
    if (!tracked) return;
    void this.loadView("Removing it from your board…", async () => {
      await apiRequest<void>(`/api/tracked/${encodeURIComponent(tracked.id)}`, { method: "DELETE" });
      this.cells.clear("board");
    }).then(() => this.focusAfter("#track-toggle"));
  }

  // Agreements, corrected and kept on the tracked conversation.

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

  toggleQuote(key: string, open: boolean): void {
    if (open) this.openQuotes.add(key);
    else this.openQuotes.delete(key);
    this.changed();
  }

  /** Saves an edit (index) or a new agreement (null) on the tracked conversation, with who and when. */
  saveAgreement(index: number | null, owner: Person, what: string, due: string | null): void {
    const before = index === null ? null : this.agreements[index]!;
    this.editing = null;
    this.adding = false;
    const focus = `.agreement-card[data-what="${cssEscape(what)}"] button`;
    void this.correct("Saving your correction…", async (tracked) => {
      const body = { owner: { name: owner.name ?? null, address: owner.address }, what, due: due || null };
      if (!before) return apiRequest<TrackedConversation>(`/api/tracked/${encodeURIComponent(tracked.id)}/agreements`, { body });
      const id = this.trackedIdOf(before, tracked);
      return apiRequest<TrackedConversation>(`/api/tracked/${encodeURIComponent(tracked.id)}/agreements/${encodeURIComponent(id)}`, {
        method: "PUT", body,
      });
    }).then(() => this.focusAfter(focus));
  }

  removeAgreement(index: number): void {
    const list = this.agreements;
    const before = list[index]!;
    // Focus goes to the agreement that takes its place (or the one before it), else to Add agreement.
    const neighbour = list[index + 1] ?? list[index - 1];
    this.editing = null;
    this.correct("Removing it…", (tracked) =>
      apiRequest<TrackedConversation>(
        `/api/tracked/${encodeURIComponent(tracked.id)}/agreements/${encodeURIComponent(this.trackedIdOf(before, tracked))}`,
        { method: "DELETE" },
      ),
    ).then(() => this.focusAfter(neighbour ? `.agreement-card[data-what="${cssEscape(neighbour.what)}"] button` : "#add-agreement"));
  }

  private correct(label: string, work: (tracked: { id: string; agreements?: TrackedAgreement[] }) => Promise<TrackedConversation>): Promise<void> {
    return this.loadView(label, async () => work(await this.trackedNow())).then((view) => {
      if (view) this.afterAgreementsChanged();
    });
  }

  /** The tracked id of an agreement shown before tracking began: the same owner and words. */
  private trackedIdOf(shown: Agreement & { id?: string | null }, tracked: { agreements?: TrackedAgreement[] }): string {
    if (shown.id) return shown.id;
    const match = (tracked.agreements ?? []).find((a) => sameAddress(a.owner.address, shown.owner.address) && a.what === shown.what);
    if (!match) throw new Error("That agreement changed meanwhile. Reload the conversation and try again.");
    return match.id;
  }

  private afterAgreementsChanged(): void {
    this.cells.clear("confirm:");
    this.cells.clear("board");
    if (this.tab === "confirm") this.loadConfirmation();
  }

  /** Done → the thank-you the API suggests, copying the helper's manager; dropped → off the board. */
  setAgreementStatus(agreement: { id?: string | null; trackedId?: string } & Agreement, status: "done" | "dropped"): void {
    const key = `thanks:${agreement.id ?? agreement.what}`;
    if (status === "done") this.justDone = { key, what: agreement.what, owner: agreement.owner };
    void this.cells.load<Draft | null>(key, status === "done" ? "Marking it done…" : "Dropping it…", async () => {
      const tracked = agreement.trackedId ? { id: agreement.trackedId } : await this.ensureTracked();
      const id = agreement.id ?? this.trackedIdOf(agreement, tracked);
      const changed = await apiRequest<AgreementChanged>(
        `/api/tracked/${encodeURIComponent(tracked.id)}/agreements/${encodeURIComponent(id)}/${status}`, { body: {} },
      );
      this.cells.clear("board");
      // This conversation's own agreement (or the board's item for it): its view changes (done, and tracked if it was not).
      if (!agreement.trackedId || this.shown?.trackedId === tracked.id) void this.loadView("Updating…");
      if (this.tab === "board") this.loadBoard();
      // The API says what to write next; its route takes exactly the body it suggests.
      const next = changed.suggested;
      // The thank-you offers help back, naming what the user still owes their department (the favour account).
      return next ? apiRequest<Draft>(next.href, { method: next.method, body: next.kind === "thankYou" ? { ...(next.body as object), offerHelpBack: true } : next.body }) : null;
    }).then(() => this.focusAfter(status === "done"
      ? `[data-result="${cssEscape(key)}"]`
      // Dropped: no note to write, so focus stays on the agreement's card (on the board it has left: the board's first action).
      : this.tab === "board" ? "#tab-board" : `.agreement-card[data-what="${cssEscape(agreement.what)}"] button`));
  }

  // The confirmation: always the server's words, for the agreements as the user corrected them.

  loadConfirmation(): void {
    const analysis = this.analysis;
    if (!analysis || this.cells.get("confirm:draft").status === "loading") return;
    // Before the merged view is in, there is nothing to confirm yet: the view's arrival asks again (adopt).
    if (!this.shown || this.agreements.filter((a) => a.status !== "dropped").length === 0) return;
    const trackedId = this.shown.trackedId;
    // Tracked: the API confirms the agreements as the user corrected them (its merged view); else the analysis's own.
    void this.cells.load<Draft>("confirm:draft", "Writing the confirmation…", () =>
      apiRequest<Draft>("/api/drafts/confirmation", {
        body: trackedId
          ? { subject: analysis.conversation.subject, trackedId, cc: analysis.confirmationDraft.cc }
          : { subject: analysis.conversation.subject, agreements: analysis.agreements, cc: analysis.confirmationDraft.cc },
      }),
    );
  }

  /** The server's draft, with managers copied when asked. */
  get draft(): Draft | undefined {
    const base = this.cells.value<Draft>("confirm:draft");
    if (!base || !this.copyManagers) return base;
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
    }).then((opened) => {
      // What was confirmed goes on the board, so it is followed up.
      if (opened && this.tracked === null) this.track();
      this.focusAfter(".confirm-result");
    });
  }

  // People and calls: the same actions from the People tab (this conversation) and from the board.

  targetOf(person: RecipientStatus): Target {
    return { address: person.address, name: person.name, conversationId: this.conversationId, trackedId: this.shown?.trackedId ?? null, subject: this.analysis?.conversation.subject ?? "" };
  }

  showPhone(target: Target): void {
    void this.cells.load<PersonCard>(`${callKey(target)}:card`, "Looking up their phone…", () =>
      apiRequest<PersonCard>(`/api/people/${encodeURIComponent(target.address)}`),
    );
  }

  /** Free times spread over the next working days, and the talking points to read before booking. */
  proposeSlots(target: Target, bookedAt?: string | null): void {
    const key = callKey(target);
    if (bookedAt && !this.rebooking.has(key)) {
      this.rebooking.add(key);
      this.focusAfter(`[data-rebook="${cssEscape(key)}"] button`);
      return;
    }
    void this.cells.load<Slot[]>(`${key}:slots`, "Finding 15 free minutes on both calendars…", () =>
      apiRequest<{ slots: Slot[] }>("/api/calls/slots", {
        body: { address: target.address, minutes: 15, withinBusinessDays: 5, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone },
      }).then((r) => r.slots ?? []),
    );
    void this.cells.load<Draft>(`${key}:notes`, "Writing talking points…", () => this.draftFor("call-notes", target));
  }

  cancelRebooking(target: Target): void {
    this.rebooking.delete(callKey(target));
    this.changed();
  }

  showAllSlots(key: string): void {
    this.allSlots.add(key);
    this.changed();
  }

  bookCall(target: Target, slot: Slot): void {
    const key = callKey(target);
    const intent = this.intent(`call:${key}:${slot.start}`);
    const subject = `Quick call: ${target.subject || "our request"}`;
    const notes = this.cells.value<Draft>(`${key}:notes`);
    void this.cells.load<BookedCall>(`${key}:booked`, "Booking the call…", () =>
      apiRequest<BookedCall>("/api/calls", {
        body: { address: target.address, name: target.name ?? null, start: slot.start, minutes: 15, subject, talkingPoints: talkingPoints(notes) },
        idempotencyKey: intent,
      }),
    ).then((booked) => {
      this.rebooking.delete(key);
      this.focusAfter(`[data-result="${cssEscape(key)}:booked"]`);
      if (booked) this.recordCall(target, { kind: "scheduled", at: booked.start, meetingId: booked.id });
    });
  }

  /** A call made, with how it went: it moves the person on (agreed, no answer, referred). */
  callMade(target: Target, outcome: CallOutcome, referredTo?: { name: string; address: string | null }): void {
    this.referringOn.delete(callKey(target));
    this.recordCall(target, { kind: "made", at: this.today.toISOString(), outcome, referredTo });
    // Referred to someone: the card becomes the referral, with the offer to move the ask there.
    this.focusAfter(`[data-result="${cssEscape(callKey(target))}:${referredTo ? "referral" : "recorded"}"]`);
  }

  /** A call booked or made is part of the follow-up: the person's card and the board's counts change. */
  /** "Referred me on": ask to whom before recording the call. */
  askReferredTo(target: Target, on: boolean): void {
    const key = callKey(target);
    if (on) this.referringOn.add(key);
    else this.referringOn.delete(key);
    this.focusAfter(on ? `[data-referring="${cssEscape(key)}"] input` : `[data-result="${cssEscape(key)}:recorded"]`);
  }

  private recordCall(target: Target, call: { kind: "scheduled" | "made"; at: string; meetingId?: string; outcome?: CallOutcome;
    referredTo?: { name: string; address: string | null } }): void {
    const focused = document.activeElement;
    void this.cells.load<TrackedConversation>(`${callKey(target)}:recorded`, "Noting the call on your board…", async () => {
      const trackedId = target.trackedId ?? (await this.ensureTracked()).id;
      const tracked = await apiRequest<TrackedConversation>(`/api/tracked/${encodeURIComponent(trackedId)}/calls`, {
        body: { address: target.address, ...call },
      });
      if (target.conversationId === this.conversationId) await this.loadView("Noting the call on your board…");
      // On the board, the new board replaces the old one in place: the card the user acted on stays, and so does focus.
      if (this.tab === "board") this.cells.set("board", { status: "ok", value: await apiRequest<Board>("/api/board") });
      else this.cells.clear("board");
      return tracked;
    }).then(() => {
      // The card changed under the user's hands: keep focus where it was.
      const result = focused instanceof HTMLElement ? focused.getAttribute("data-result") : null;
      if (result && (document.activeElement === document.body || !document.activeElement)) this.focusAfter(`[data-result="${cssEscape(result)}"]`);
    });
  }

  /** Talking points in a new Outlook meeting the user checks and sends. */
  openCallForm(target: Target): void {
    void this.cells.load<Draft>(`${callKey(target)}:notes`, "Writing talking points…", async () => {
      const notes = await this.draftFor("call-notes", target);
      if (this.env.outlook) outlook.openAppointment({ requiredAttendees: [target.address], subject: notes.subject, body: notes.text });
      return notes;
    });
  }

  draftReminder(target: Target): void {
    void this.cells.load<Draft>(`${callKey(target)}:reminder`, "Drafting a reminder…", () => this.draftFor("reminder", target))
      .then(() => this.focusAfter(`[data-result="${cssEscape(callKey(target))}:reminder"]`));
  }

  /** "Not me — ask X": a draft to X carrying the original ask and who referred them. */
  moveAsk(target: Target, referral: Referral): void {
    const given = { referral: { toName: referral.toName, toAddress: referral.toAddress ?? null, quote: referral.quote } };
    void this.cells.load<Draft>(`${callKey(target)}:referral`, "Writing to the person they named…", () => this.draftFor("referral", target, given))
      .then(() => this.focusAfter(`[data-result="${cssEscape(callKey(target))}:referral"]`));
  }

  /** Opens a draft as a new Outlook email; false outside Outlook. */
  openDraft(draft: Draft): boolean {
    return this.env.outlook && outlook.openNewMessage(draft.to, draft.cc, draft.subject, draft.html);
  }

  /**
   * A draft about one person, made from what the analysis was made from: the messages the pane sent (Outlook without a
   * tenant), or the mailbox's copy of the conversation, which the API reads again by its id. The tracked conversation's
   * corrected agreements are used when there is one.
   */
  private draftFor(kind: "reminder" | "call-notes" | "referral" | "escalation", target: Target, extra: object = {}): Promise<Draft> {
    const about = { person: target.address, trackedId: target.trackedId ?? undefined, ...extra };
    if (this.sourceMessages && target.conversationId === this.conversationId)
      return apiRequest<Draft>(`/api/drafts/${kind}`, {
        body: { me: this.me, subject: this.analysis?.conversation.subject, messages: this.sourceMessages, ...about },
      });
    if (!target.conversationId) throw new Error("Open a conversation first, then draft from it.");
    return apiRequest<Draft>(`/api/mailbox/conversations/${encodeURIComponent(target.conversationId)}/drafts/${kind}`, { body: about });
  }

  // Board.

  loadBoard(): void {
    void this.cells.load<Board>("board", "Loading your tracked asks…", () => apiRequest<Board>("/api/board"));
  }

  // Following (issue 11): replies update the board while Outlook is closed; the morning digest. The API says where it stands.

  loadFollowing(): void {
    void this.cells.load<FollowingStatus>("following", "Checking whether your asks are followed…", () => apiRequest<FollowingStatus>("/api/me/following"));
    void this.cells.load<DigestSetting>("digest", "Checking your morning digest…", () => apiRequest<DigestSetting>("/api/me/digest"));
  }

  /** On (or resume after a pause: PUT starts a new session) or off (DELETE), then where it stands now. */
  setFollowing(on: boolean): void {
    void this.cells.load<FollowingStatus>("following", on ? "Starting to follow your asks…" : "Stopping…", async () => {
      if (on) return apiRequest<FollowingStatus>("/api/me/following", { method: "PUT" });
      await apiRequest<void>("/api/me/following", { method: "DELETE" });
      return apiRequest<FollowingStatus>("/api/me/following");
    }).then((f) => {
      // Focus stays on the control when the new state has one (Stop, Resume, Follow), else on the line that says where it stands.
      const hasToggle = f && (f.status === "paused" || f.status === "notFollowing" || (f.status === "active" && f.reason !== "demo"));
      this.focusAfter(hasToggle ? "#following-toggle" : "[data-result='following']");
    });
  }

  setDigest(on: boolean): void {
    void this.cells.load<DigestSetting>("digest", on ? "Turning the digest on…" : "Turning the digest off…", () =>
      apiRequest<DigestSetting>("/api/me/digest", { method: "PUT", body: { enabled: on } }),
    ).then((d) => this.focusAfter(d ? "#digest-toggle" : "[data-result='digest'] button"));
  }

  /** Opens a tracked conversation from the board, on its Agreements. */
  openFromBoard(conversationId: string): void {
    this.selectConversation(conversationId);
    this.tab = "agreements";
    this.escalation = null;
    this.focusAfter("h1.subject");
  }

  /** The escalation summary for someone who has not answered: to both managers, editable, opened as a new email. */
  escalate(target: Target): void {
    this.escalation = target;
    void this.loadEscalation(target).then(() => this.focusAfter("#escalation-title"));
    this.focusAfter("#escalation-title");
  }

  /**
   * The summary as the API gives it — the user's saved words when they rewrote it (kept on the tracked conversation), else
   * the composer's — with who saved it and when (the conversation's merged view).
   */
  private loadEscalation(target: Target, label = "Writing the escalation summary…"): Promise<Escalation | undefined> {
    return this.cells.load<Escalation>(`escalation:${callKey(target)}`, label, async () => {
      const cards = await apiRequest<{ people: PersonCard[] }>("/api/people/lookup", { body: { addresses: unique([target.address, this.me]) } });
      const theirs = cards.people.find((c) => sameAddress(c.address, target.address))?.manager;
      const mine = cards.people.find((c) => sameAddress(c.address, this.me))?.manager;
      const managers = [theirs, mine].filter((m): m is Person => !!m);
      const draft = await this.draftFor("escalation", target, { managers });
      const view = target.trackedId
        ? await apiRequest<ConversationView>(`/api/tracked/${encodeURIComponent(target.trackedId)}/view`)
        : null;
      return { draft, saved: view?.people.find((p) => sameAddress(p.address, target.address))?.escalation ?? null };
    });
  }

  /** Keeps the user's words on the tracked conversation: they survive a reload and are what the escalation draft gives back. */
  saveEscalation(target: Target): void {
    const key = `escalation:${callKey(target)}`;
    const words = this.escalationEdits.get(key);
    if (!words?.trim() || !target.trackedId) return;
    const trackedId = target.trackedId;
    void this.cells.load<string>(`${key}:saved`, "Saving your summary…", async () => {
      await apiRequest<EscalationNote>(`/api/tracked/${encodeURIComponent(trackedId)}/escalations/${encodeURIComponent(target.address)}`, {
        method: "PUT", body: { text: words },
      });
      await this.loadEscalation(target, "Saving your summary…");
      this.escalationEdits.delete(key);
      return "Saved with this conversation: the escalation opens with your words.";
    }).then(() => this.focusAfter(`[data-result="${cssEscape(key)}:saved"]`));
  }

  /** Back to CrossDept's words: unsaved typing goes; saved words are forgotten on the tracked conversation. */
  resetEscalation(target: Target): void {
    const key = `escalation:${callKey(target)}`;
    this.escalationEdits.delete(key);
    const saved = this.cells.value<Escalation>(key)?.saved;
    if (!saved || !target.trackedId) return this.focusAfter("textarea.summary");
    const trackedId = target.trackedId;
    void this.cells.load<string>(`${key}:saved`, "Going back to CrossDept's words…", async () => {
      await apiRequest<void>(`/api/tracked/${encodeURIComponent(trackedId)}/escalations/${encodeURIComponent(target.address)}`, { method: "DELETE" });
      await this.loadEscalation(target, "Going back to CrossDept's words…");
      return "Back to CrossDept's words.";
    }).then(() => this.focusAfter("textarea.summary"));
  }

  closeEscalation(): void {
    this.escalation = null;
    this.focusAfter("#tab-board");
  }

  // Compose: the vague-ask check, in Outlook's compose mode or in the demo's "Check a request" box.

  checkDraft(): void {
    void this.cells.load<AskCheck>("check", "Checking your request…", async () => {
      if (this.env.mode === "demo")
        return apiRequest<AskCheck>("/api/asks/check", { body: { subject: "Request", text: this.askText, to: this.askTo.split(/[,;\s]+/).filter(Boolean) } });
      const draft = await outlook.readDraft();
      return apiRequest<AskCheck>("/api/asks/check", { body: { subject: draft.subject, html: draft.html, to: draft.to.map((p) => p.address) } });
    });
  }

  /** The user's fix for a finding: it replaces the words concerned, or goes in at the cursor (or the end) when there are none. */
  applyFix(index: number, finding: AskFinding, words: string): void {
    if (!words.trim()) return;
    void this.cells.load<string>(`check:applied:${index}`, "Changing your message…", async () => {
      if (this.env.mode === "demo") {
        const at = finding.quote ? this.askText.indexOf(finding.quote) : -1;
        this.askText = at >= 0
          ? this.askText.slice(0, at) + words.trim() + this.askText.slice(at + finding.quote!.length)
          : `${this.askText.trimEnd()}\n${words.trim()}`;
        return at >= 0 ? `Replaced \u201C${finding.quote}\u201D in your request.` : "Added to your request.";
      }
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

/** The cells of one person in one conversation. */
/** An escalation summary: the API's draft, and the user's saved words (who, when) when the draft is theirs. */
export interface Escalation {
  draft: Draft;
  saved: EscalationNote | null;
}

export function callKey(target: Target): string {
  return `call:${target.conversationId ?? "open"}:${target.address.toLowerCase()}`;
}

/** The call notes' points ("- …" lines), carried into the invitation. */
export function talkingPoints(notes: Draft | undefined): string[] {
  const points = (notes?.text ?? "").split("\n").filter((l) => l.startsWith("- ")).map((l) => l.slice(2).trim());
  return points.length ? points : ["Why this matters to your team too", "The smallest part you could help with, and by when"];
}

/** The demo's first screen: the liveliest conversation (most messages), newest first among equals. */
export function mostUseful(list: ConversationListItem[]): ConversationListItem | undefined {
  return [...list].sort((a, b) => b.messageCount - a.messageCount || b.lastMessageAt.localeCompare(a.lastMessageAt))[0];
}

function cssEscape(value: string): string {
  return typeof CSS !== "undefined" && CSS.escape ? CSS.escape(value) : value.replace(/["\\]/g, "\\$&");
}

export type { PersonAsked, TrackedAgreement };
