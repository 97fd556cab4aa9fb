// Every call the pane makes has a visible state: loading with what it is doing, the answer,
// or an error in plain words with a retry that repeats the same call.

import { ApiError } from "./api";

export type Remote<T> =
  | { status: "idle" }
  | { status: "loading"; label: string }
  | { status: "ok"; value: T }
  | { status: "error"; message: string; retry: () => void };

const idle: Remote<never> = { status: "idle" };

export class Cells {
  private readonly cells = new Map<string, Remote<unknown>>();
  constructor(private readonly changed: () => void) {}

  get<T>(key: string): Remote<T> {
    return (this.cells.get(key) as Remote<T> | undefined) ?? idle;
  }

  value<T>(key: string): T | undefined {
    const cell = this.get<T>(key);
    return cell.status === "ok" ? cell.value : undefined;
  }

  set<T>(key: string, cell: Remote<T>): void {
    this.cells.set(key, cell);
    this.changed();
  }

  clear(prefix: string): void {
    for (const key of [...this.cells.keys()]) if (key.startsWith(prefix)) this.cells.delete(key);
    this.changed();
  }

  /**
   * Runs `work` under `key`; a retry runs the same work again (same idempotency key, if it has one). When `current` says
   * the answer is no longer wanted (the user picked another conversation meanwhile), it is dropped: the cell is left to
   * the load that replaced it.
   */
  async load<T>(key: string, label: string, work: () => Promise<T>, current: () => boolean = () => true): Promise<T | undefined> {
    this.set<T>(key, { status: "loading", label });
    try {
      const value = await work();
      if (!current()) return undefined;
      this.set<T>(key, { status: "ok", value });
      return value;
    } catch (error) {
      if (!current()) return undefined;
      this.set<T>(key, { status: "error", message: sayWhatWentWrong(error), retry: () => void this.load(key, label, work, current) });
      return undefined;
    }
  }
}

export function sayWhatWentWrong(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return "Something went wrong. Try again.";
}
