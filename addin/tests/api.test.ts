import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError, apiRequest, useApiBase, useTokenSource } from "../src/api";

// A real HTTP server on loopback answering the way ASP.NET Core does (ProblemDetails on errors).
let server: Server;
const seen: IncomingMessage[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push(request);
    const problem = (status: number, body: object) => {
      response.writeHead(status, { "Content-Type": "application/problem+json" });
      response.end(JSON.stringify({ status, ...body }));
    };
    if (request.url === "/api/ok") {
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => {
        response.writeHead(200, { "Content-Type": "application/json; charset=utf-8" });
        response.end(JSON.stringify({ echoed: body ? JSON.parse(body) : null }));
      });
    } else if (request.url === "/api/invalid")
      problem(400, { title: "One or more validation errors occurred.", errors: { me: ["The mailbox owner's email address is required."] } });
    else if (request.url === "/api/busy") {
      // Our own rate limiter's answer (api/Hosting/RateLimits.cs).
      response.setHeader("Retry-After", "7");
      problem(429, { title: "Too many requests", detail: "At most 120 requests at once and 2 a second per user. Retry after 7 s.", retryAfterSeconds: 7 });
    } else if (request.url === "/api/throttled") {
      // Graph throttling as the API passes it on (api/Graph/GraphProblems.cs).
      response.setHeader("Retry-After", "30");
      problem(503, { title: "Microsoft 365 is unavailable", detail: "Microsoft Graph is throttling this mailbox. Try again shortly." });
    } else if (request.url === "/api/queue") {
      response.setHeader("Retry-After", "2");
      problem(503, { title: "Busy analysing other conversations" });
    }
    else if (request.url === "/api/crash") problem(500, { title: "An error occurred while processing your request." });
    else problem(404, { title: "Not Found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  useApiBase(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});

afterAll(() => {
  useApiBase(undefined);
  useTokenSource(async () => null);
  server.close();
});

describe("apiRequest", () => {
  it("PostsJsonAndReadsJson", async () => {
    const answer = await apiRequest<{ echoed: unknown }>("/api/ok", { body: { me: "jane.doe@contoso.com" } });
    expect(answer.echoed).toEqual({ me: "jane.doe@contoso.com" });
    expect(seen.at(-1)!.method).toBe("POST");
  });

  it("SendsTheIdempotencyKeyAndTheSignedInToken", async () => {
    useTokenSource(async () => "token-123");
    await apiRequest("/api/ok", { body: {}, idempotencyKey: "key-1" });
    useTokenSource(async () => null);
    expect(seen.at(-1)!.headers["idempotency-key"]).toBe("key-1");
    expect(seen.at(-1)!.headers.authorization).toBe("Bearer token-123");
  });

  it("AValidationProblemSaysWhichFieldIsWrong", async () => {
    const error = (await apiRequest("/api/invalid", { body: {} }).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.message).toBe("The mailbox owner's email address is required.");
  });

  it.each([
    ["/api/busy", "You've sent CrossDept too many requests in a short time. Wait about 7 seconds, then try again."],
    ["/api/throttled", "Microsoft 365 is busy or unreachable right now. Wait about 30 seconds, then try again."],
    ["/api/queue", "CrossDept is busy reading other conversations. Wait about 2 seconds, then try again."],
    ["/api/crash", "The server ran into a problem. Try again in a moment."],
    ["/api/missing", "This isn't available on the server yet."],
  ])("%s is explained in plain words", async (path, words) => {
    await expect(apiRequest(path)).rejects.toThrow(words);
  });

  it("OurOwnRateLimitIsNotBlamedOnMicrosoft365", async () => {
    const error = (await apiRequest("/api/busy").catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(429);
    expect(error.message).not.toMatch(/Microsoft 365/);
  });

  it("AnUnreachableServerSaysSo", async () => {
    useApiBase("http://127.0.0.1:9");
    const error = (await apiRequest("/api/ok").catch((e: unknown) => e)) as ApiError;
    useApiBase(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    expect(error.message).toBe("CrossDept can't reach its server. Check your connection, then try again.");
  });
});
