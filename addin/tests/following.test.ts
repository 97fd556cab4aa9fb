import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useApiBase } from "../src/api";
import { Pane } from "../src/pane";
import type { FollowingStatus } from "../src/types";

// A paused follow-up happens only in a tenant (the user's long-running session ended): a loopback server answers
// GET /api/me/following the way api/Following/FollowingApi.cs does then, and PUT resumes it.
let server: Server;
let following: FollowingStatus = {
  status: "paused", reason: "sessionEnded",
  // FollowReasons.Explain(sessionEnded), word for word.
  howToResume: "Your sign-in for background tracking ended (sign-out, password change or expiry). Open CrossDept in Outlook to resume.",
};
const calls: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    calls.push(`${request.method} ${request.url}`);
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { "Content-Type": "application/json; charset=utf-8" });
      response.end(JSON.stringify(body));
    };
    if (request.url === "/api/me/following" && request.method === "PUT") {
      following = { status: "active", reason: null, howToResume: null, subscriptionExpiresAt: "2026-11-15T12:00:00Z" };
      json(200, following);
    } else if (request.url === "/api/me/following") json(200, following);
    else if (request.url === "/api/me/digest") json(200, { enabled: false, lastSentOn: null });
    else json(404, { title: "Not Found", status: 404 });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  useApiBase(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});

afterAll(() => {
  useApiBase(undefined);
  server.close();
});

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

describe("following in the pane", () => {
  it("APausedFollowUpSaysWhyAndHowToResumeAndResumesWithAPut", async () => {
    const root = document.createElement("div");
    document.body.append(root);
    const pane = new Pane({ outlook: true, mode: "read", tenant: true, me: { address: "jane.doe@contoso.com" } }, root);
    pane.selectTab("board");
    await until(() => root.querySelector(".following-paused") !== null);
    const paused = root.querySelector(".following-paused")!;
    expect(paused.getAttribute("role")).toBe("alert");
    expect(paused.textContent).toContain("Following is paused: your sign-in session ended.");
    expect(paused.textContent).toContain("Open CrossDept in Outlook to resume.");
    // First on the board: until resumed, the board may be out of date.
    expect(root.querySelector("#panel")!.firstElementChild!.classList.contains("following")).toBe(true);

    root.querySelector<HTMLButtonElement>("#following-toggle")!.click();
    await until(() => root.querySelector("[data-result='following']")?.textContent?.includes("Following: on") ?? false);
    expect(calls).toContain("PUT /api/me/following");
    // Focus stays on the control the user acted on: now "Stop following".
    await until(() => document.activeElement?.id === "following-toggle");
    expect(document.activeElement!.textContent).toBe("Stop following");
    root.remove();
  });
});
