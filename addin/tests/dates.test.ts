import { describe, expect, it } from "vitest";
import { addBusinessDays, isoDate, relativeDue } from "../src/dates";

const wednesday = new Date(2026, 10, 4, 15, 30);

describe("due dates", () => {
  it.each([
    ["2026-11-04", "due today"],
    ["2026-11-05", "due tomorrow"],
    ["2026-11-09", "in 5 days"],
    ["2026-11-03", "1 day overdue"],
    ["2026-10-30", "5 days overdue"],
    ["2026-12-09", "in 5 weeks"],
  ])("%s read on a Wednesday is %s", (due, words) => {
    expect(relativeDue(due, wednesday)).toBe(words);
  });

  it("BusinessDaysSkipTheWeekend", () => {
    expect(isoDate(addBusinessDays(new Date(2026, 10, 6), 2))).toBe("2026-11-10");
    expect(isoDate(addBusinessDays(wednesday, 2))).toBe("2026-11-06");
  });
});
