// Dates as people read them: "in 3 days · Wed 4 Nov". Due dates are calendar dates, not instants.

const DAY = 86_400_000;

/** A YYYY-MM-DD date as local midnight, so "today" means the user's today. */
export function calendarDate(iso: string): Date {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return new Date(y!, (m ?? 1) - 1, d ?? 1);
}

function startOfDay(at: Date): Date {
  return new Date(at.getFullYear(), at.getMonth(), at.getDate());
}

export function daysFrom(today: Date, due: string): number {
  return Math.round((calendarDate(due).getTime() - startOfDay(today).getTime()) / DAY);
}

export function relativeDue(due: string, today: Date = new Date()): string {
  const days = daysFrom(today, due);
  if (days === 0) return "due today";
  if (days === 1) return "due tomorrow";
  if (days === -1) return "1 day overdue";
  if (days < 0) return `${-days} days overdue`;
  if (days < 14) return `in ${days} days`;
  return `in ${Math.round(days / 7)} weeks`;
}

export function absoluteDate(due: string): string {
  return calendarDate(due).toLocaleDateString(undefined, { weekday: "short", day: "numeric", month: "short", year: "numeric" });
}

export function slotLabel(start: string, end: string): string {
  const from = new Date(start);
  const to = new Date(end);
  const day = from.toLocaleDateString(undefined, { weekday: "short", day: "numeric", month: "short" });
  const time = (at: Date) => at.toLocaleTimeString(undefined, { hour: "numeric", minute: "2-digit" });
  return `${day}, ${time(from)}–${time(to)}`;
}

/** The next working day `count` business days after `from` (Monday to Friday). */
export function addBusinessDays(from: Date, count: number): Date {
  const at = startOfDay(from);
  let left = count;
  while (left > 0) {
    at.setDate(at.getDate() + 1);
    if (at.getDay() !== 0 && at.getDay() !== 6) left--;
  }
  return at;
}

export function isoDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** When a booked call is: "Fri 2:15 PM". */
export function callLabel(start: string): string {
  const at = new Date(start);
  return `${at.toLocaleDateString(undefined, { weekday: "short" })} ${at.toLocaleTimeString(undefined, { hour: "numeric", minute: "2-digit" })}`;
}
