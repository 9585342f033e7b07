/** As vscode-languageclient's default: a server that crashes this often within the window is broken, not unlucky. */
export const MAX_RESTARTS = 4;
export const CRASH_WINDOW_MS = 3 * 60_000;

export interface CrashDecision {
  restart: boolean;
  /** What to tell the user, when anything: that the server was restarted (the first time only), or that it no longer is. */
  tell?: "restarted" | "gave-up";
}

/** What the client does when its server's connection closes without being asked to. Pure, so it can be tested without VS Code. */
export class RestartPolicy {
  private crashes: number[] = [];
  private toldRestarted = false;
  private gaveUp = false;

  afterCrash(now: number): CrashDecision {
    this.crashes = [...this.crashes.filter((crash) => now - crash < CRASH_WINDOW_MS), now];
    if (this.crashes.length > MAX_RESTARTS) {
      if (this.gaveUp) return { restart: false };
      this.gaveUp = true;
      return { restart: false, tell: "gave-up" };
    }
    if (this.toldRestarted) return { restart: true };
    this.toldRestarted = true;
    return { restart: true, tell: "restarted" };
  }

  /** The user asked for a restart: earlier crashes no longer count. */
  restartedByUser(): void {
    this.crashes = [];
    this.gaveUp = false;
  }
}
