// The one way the pane talks to the API: same origin (the API serves the pane), JSON both ways,
// a bearer token when signed in, ProblemDetails turned into a sentence a person can act on.

export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: Record<string, string[]>;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly problem?: ProblemDetails,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export type TokenSource = () => Promise<string | null>;

let tokenSource: TokenSource = async () => null;
/** The pane is served by the API, so requests go to its own origin; tests point this at their server. */
let base: string | undefined;

export function useApiBase(origin: string | undefined): void {
  base = origin;
}

/** Signing in is decided once at start-up; every request after that carries its token. */
export function useTokenSource(source: TokenSource): void {
  tokenSource = source;
}

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "DELETE";
  body?: unknown;
  /** For calls that create something (an event, a draft): a retry must not create it twice. */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json, application/problem+json" };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (options.idempotencyKey) headers["Idempotency-Key"] = options.idempotencyKey;
  const token = await tokenSource();
  if (token) headers.Authorization = `Bearer ${token}`;

  let response: Response;
  try {
    response = await fetch(base ? new URL(path, base) : path, {
      method: options.method ?? (options.body === undefined ? "GET" : "POST"),
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new ApiError("CrossDept can't reach its server. Check your connection, then try again.", 0);
  }

  if (response.status === 204) return undefined as T;
  const isJson = (response.headers.get("Content-Type") ?? "").includes("json");
  const payload: unknown = isJson ? await response.json().catch(() => undefined) : undefined;
  if (response.ok) return payload as T;
  const problem = (payload ?? undefined) as ProblemDetails | undefined;
  throw new ApiError(plainWords(response.status, problem, retryAfterSeconds(response.headers.get("Retry-After"))), response.status, problem);
}

/** Retry-After in seconds (delta-seconds or an HTTP date), or undefined when absent or unreadable. */
export function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(1, Math.ceil((at - Date.now()) / 1000));
}

/** The wait, said as a person would: "about 5 seconds", "about 2 minutes", or "a moment" when the server did not say. */
function wait(seconds: number | undefined): string {
  if (seconds === undefined) return "a moment";
  if (seconds < 90) return `about ${seconds} second${seconds === 1 ? "" : "s"}`;
  return `about ${Math.round(seconds / 60)} minutes`;
}

/**
 * What went wrong, said so that the person knows what to do next. A 429 is only ever our API's own rate limit
 * (api/Hosting/RateLimits.cs, "Too many requests"); Microsoft Graph's throttling reaches the pane as a 503
 * "Microsoft 365 is unavailable" (api/Graph/GraphProblems.cs), and the analysis queue being full as a 503 of its own.
 */
export function plainWords(status: number, problem?: ProblemDetails, retryAfter?: number): string {
  const firstError = problem?.errors ? Object.values(problem.errors).flat()[0] : undefined;
  switch (true) {
    case status === 400 || status === 422:
      return firstError ?? problem?.detail ?? "The server couldn't read this request.";
    case status === 401:
      return "You're signed out. Sign in again, then try again.";
    case status === 403:
      return "Your account isn't allowed to do this. Ask your administrator to grant CrossDept access.";
    case status === 404:
      return problem?.detail ?? "This isn't available on the server yet.";
    case status === 409:
      return problem?.detail ?? "Someone changed this at the same time. Try again.";
    case status === 429:
      return `You've sent CrossDept too many requests in a short time. Wait ${wait(retryAfter)}, then try again.`;
    case status === 503 && problem?.title === "Microsoft 365 is unavailable":
      return `Microsoft 365 is busy or unreachable right now. Wait ${wait(retryAfter)}, then try again.`;
    case status === 503 && problem?.title === "Busy analysing other conversations":
      return `CrossDept is busy reading other conversations. Wait ${wait(retryAfter)}, then try again.`;
    case status >= 500:
      return "The server ran into a problem. Try again in a moment.";
    default:
      return problem?.detail ?? problem?.title ?? `The server answered ${status}.`;
  }
}

/** A key for one intended action, reused by its retries. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
