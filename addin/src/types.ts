// The shapes the API returns (../shared/contract/analysis.md and COMMON.md's agreed routes), camelCase.

export interface Person {
  name?: string | null;
  address: string;
}

export interface MessageView {
  id?: string | null;
  from: Person;
  sentAt: string;
  isAutoReply: boolean;
  awayUntil?: string | null;
  text: string;
  signature?: string | null;
  /** How sentAt was known: the Date header, the earliest Received header, or the message's place in the thread. */
  sentAtFrom?: "date" | "received" | "position";
  /** Only on a message longer than the reader reads: where reading stopped in text, and how many characters were not read. */
  unread?: { from: number; characters: number } | null;
}

export interface Agreement {
  owner: Person;
  what: string;
  /** A calendar date, YYYY-MM-DD, or null when nobody gave one. */
  due?: string | null;
  dueText?: string | null;
  sourceMessageId?: string | null;
  quote: string;
}

export type ReplyStatus = "replied" | "waiting" | "away";
export type NextStep = "none" | "wait" | "remind" | "call";

export interface RecipientStatus {
  address: string;
  name?: string | null;
  status: ReplyStatus;
  nextStep: NextStep;
  unansweredRequests: number;
  lastReplyAt?: string | null;
  awayUntil?: string | null;
  lastAskedAt?: string | null;
  /** Set when this person's latest reply sent the ask on to someone else ("not me — ask Marcus"). */
  referral?: Referral | null;
}

/** "Not me — ask X": who referred (from), whom to (toName, toAddress when they are on the thread), and the sentence. */
export interface Referral {
  from: Person;
  toName: string;
  toAddress?: string | null;
  sourceMessageId?: string | null;
  quote: string;
}

export interface Draft {
  subject: string;
  to: string[];
  cc: string[];
  html: string;
  text: string;
}

export interface ThreadAnalysis {
  conversation: { subject: string; participants: Person[] };
  messages: MessageView[];
  agreements: Agreement[];
  recipients: RecipientStatus[];
  confirmationDraft: Draft;
  referrals?: Referral[];
}

export interface MessageInput {
  id?: string;
  from: Person;
  to: Person[];
  cc: Person[];
  sentAt: string;
  subject?: string;
  html?: string;
  text?: string;
  headers?: Record<string, string>;
}

export interface AnalyzeRequest {
  me: string;
  now?: string;
  subject?: string;
  messages: MessageInput[];
}

export interface Me {
  address: string;
  name?: string | null;
  tenantId?: string | null;
  mode: "demo" | "tenant";
  /** The API's clock with its offset: the demo runs on the samples' week. */
  now?: string | null;
}

export interface ConversationListItem {
  id: string;
  subject: string;
  lastMessageAt: string;
  messageCount: number;
}

export interface PersonCard {
  address: string;
  name?: string | null;
  jobTitle?: string | null;
  department?: string | null;
  phones: string[];
  manager?: Person | null;
  /** Their automatic reply, when one is on now. */
  away?: { until?: string | null; message?: string | null } | null;
}

export interface Slot {
  start: string;
  end: string;
}

export interface BookedCall {
  id: string;
  webLink?: string | null;
  joinUrl?: string | null;
  start: string;
  end: string;
}

export type AskIssue = "noDeliverable" | "noDate" | "vagueDate" | "dateWithoutReason" | "noStandardForDone" | "scatteredAsks" | "missingContext"
  | "pointPerson" | "noReasonForThem" | "offerLegwork" | "shrinkAsk" | "oneSidedFavours";

/** One thing the request being written is missing: the advice, and the words concerned (quote) when there are some. */
export interface AskFinding {
  issue: AskIssue;
  message: string;
  suggestion: string;
  quote?: string | null;
}

export interface AskCheck {
  findings: AskFinding[];
  looksSpecific?: boolean;
  askCount?: number;
}

export type Checkpoint = "none" | "noDate" | "upcoming" | "checkIn" | "overdue";

export interface TrackedAgreement extends Agreement {
  id: string;
  status: "open" | "done" | "dropped";
  checkpoint: Checkpoint;
  doneOn?: string | null;
  /** Who corrected it and when (null: as the messages said). */
  editedBy?: string | null;
  editedAt?: string | null;
}

export type CallOutcome = "agreed" | "noAnswer" | "referred";

/** One person asked, as tracking knows them: the analysis's status plus the calls booked and made. */
export interface PersonAsked {
  address: string;
  name?: string | null;
  status: ReplyStatus;
  nextStep: NextStep;
  unansweredRequests: number;
  requestsSent: number;
  lastAskedAt?: string | null;
  lastReplyAt?: string | null;
  awayUntil?: string | null;
  callsScheduled: number;
  callsMade: number;
  nextCallAt?: string | null;
  lastCallAt?: string | null;
  lastCallOutcome?: CallOutcome | null;
  /** Whom they referred you to on that call (outcome referred). */
  referredToName?: string | null;
  referredToAddress?: string | null;
  /** Their department's agreed response time (business hours), when it has one: it times their reminder and call. */
  department?: string | null;
  responseHours?: number | null;
  pastResponseTime?: boolean;
}

/** What the done route answers: the agreement, and the draft worth writing next (POST body to href). */
export interface AgreementChanged {
  agreement: TrackedAgreement;
  version: number;
  suggested?: { kind: string; method: "POST"; href: string; why: string; body: unknown } | null;
}

/** GET /api/board: open agreements with their checkpoint, and the people who have not answered. */
export interface Board {
  now: string;
  agreements: { trackedId: string; conversationId: string; subject: string; agreement: TrackedAgreement }[];
  people: { trackedId: string; conversationId: string; subject: string; person: PersonAsked }[];
  conversations: { id: string; conversationId: string; subject: string; openAgreements: number; waitingOn: number }[];
}

export interface TrackedConversation {
  id: string;
  conversationId: string;
  subject: string;
  version: number;
  createdAt?: string;
  people: PersonAsked[];
  agreements: TrackedAgreement[];
}

/** How the pane reaches the API and who signs in; served by the API beside the pane (PaneHosting.cs). */
export interface PaneConfig {
  /** Entra ID app (client) id of the add-in; null when the API runs without a tenant. */
  clientId: string | null;
  /** The API's delegated scope, api://…/access_as_user. */
  apiScope: string | null;
  authority: string | null;
}

/** A department with its point persons and response times (business hours): the tenant's, or the user's own over them. */
export interface Department {
  name: string;
  pointPersons: { name?: string | null; address: string }[];
  responseHours?: number | null;
  firstSolutionHours?: number | null;
  source: "directory" | "tenant" | "mine";
  people: number;
  tenant?: Department | null;
}

export interface DepartmentList {
  departments: Department[];
  canShare: boolean;
  directoryReadAt?: string | null;
}

/** What the user noted a person cares about. */
export interface Interest {
  address: string;
  note: string;
  updatedAt: string;
}

/** An agreement in the merged view: tracking's (id, status, who corrected it) when tracked, else the analysis's, open. */
export interface ViewAgreement extends Agreement {
  id?: string | null;
  status: "open" | "done" | "dropped";
  /** Judged by the API now: "none" once done or dropped, so a done agreement is never overdue. */
  checkpoint: Checkpoint;
  doneOn?: string | null;
  editedBy?: string | null;
  editedAt?: string | null;
}

/** The escalation summary about one person as the user rewrote it (kept on the tracked conversation). */
export interface EscalationNote {
  address: string;
  text: string;
  editedBy: string;
  editedAt: string;
}

/** A person in the merged view: where the messages leave them, moved on by the calls tracking knows of. */
export interface ViewPerson extends RecipientStatus {
  callBookedAt?: string | null;
  callsScheduled: number;
  callsMade: number;
  lastCallOutcome?: CallOutcome | null;
  escalation?: EscalationNote | null;
}

/** POST /api/tracked/view: the one merge of a conversation's latest analysis with what tracking knows (done by the API). */
export interface ConversationView {
  conversationId: string;
  subject: string;
  now: string;
  /** Null when the conversation is not tracked. */
  trackedId?: string | null;
  version?: number | null;
  agreements: ViewAgreement[];
  people: ViewPerson[];
}

/** GET/PUT /api/me/following: whether replies update the board while Outlook is closed (api/Following/README.md). */
export interface FollowingStatus {
  /** active, pending, reauthorize, paused, notFollowing, or off (disabled by the admin, or no public webhook address). */
  status: "active" | "pending" | "reauthorize" | "paused" | "notFollowing" | "off";
  /** paused: sessionEnded, consentRequired or accessDenied; off: disabledByAdmin or notConfigured; active in the demo: demo. */
  reason?: string | null;
  howToResume?: string | null;
  subscriptionExpiresAt?: string | null;
}

/** GET/PUT /api/me/digest: the opt-in morning digest email. */
export interface DigestSetting {
  enabled: boolean;
  lastSentOn?: string | null;
}
