// People as the pane names them, and addresses compared the way mail compares them (case-insensitive).

import type { Person } from "./types";

export function displayName(person: Person | null | undefined): string {
  return person?.name?.trim() || person?.address || "Someone";
}

export function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export function unique(addresses: string[]): string[] {
  const seen = new Set<string>();
  return addresses.filter((a) => {
    const key = a.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
