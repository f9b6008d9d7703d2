// Starts the app for the browser tests the way a person does: `node scripts/start.mjs`, here on a free
// port and with a fresh local D1 (WRANGLER_PERSIST_DIR), in its own process group, and reads the three
// printed sign-in links. stop() ends the whole group (start.mjs, wrangler, workerd).
import { type ChildProcess, spawn } from "node:child_process";
import {
  cpSync,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Debian's chromium as root, offline: no sandbox (root), no GPU, and no background networking, which
 * would otherwise flood the closed network (STACK.md pitfall 12). Every browser test launches with these.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export type RunningApp = {
  origin: string;
  demoForumId: number;
  links: { organiser: string; expert: string; stakeholder: string };
  /** What the app printed (stdout and stderr), one file per app: the browser files run two at a time. */
  logFile: string;
  /**
   * The newest sign-in or invitation link the local app printed for `to` (`[outbox] … for <to>: <link>`,
   * local development only): the outbox shows such links redacted (issue 13, F1). Waits up to 15 s.
   */
  linkFor: (to: string) => Promise<string>;
  stop: () => Promise<void>;
};

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const ARTIFACTS = join(ROOT, "tests/e2e/.artifacts");

/** A port nobody listens on right now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", fail);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => ok(port));
    });
  });
}

/** The process groups of pid's children (start.mjs puts wrangler dev in a group of its own). */
function childGroups(pid: number): number[] {
  const groups = new Set<number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid pgrp ..."; comm may contain spaces and parentheses.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[1]) === pid) groups.add(Number(fields[2]));
    } catch {}
  }
  return [...groups];
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopGroups(groups: number[], timeoutMs = 10_000): Promise<void> {
  for (const g of groups) {
    try {
      process.kill(-g, "SIGTERM");
    } catch {}
  }
  const deadline = Date.now() + timeoutMs;
  while (groups.some(groupAlive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  for (const g of groups.filter(groupAlive)) {
    try {
      process.kill(-g, "SIGKILL");
    } catch {}
  }
}

/**
 * Starts `node scripts/start.mjs` and resolves once it has printed the organiser, expert and stakeholder
 * links. `from`: a persist folder whose D1 is already migrated (the browser suite's global set-up), copied
 * so that start.mjs has no migration left to apply; without it the app migrates a fresh D1 itself.
 */
export async function startApp({
  timeoutMs = 90_000,
  from,
}: {
  timeoutMs?: number;
  from?: string;
} = {}): Promise<RunningApp> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const persistDir = mkdtempSync(join(tmpdir(), "scenario-forum-e2e-"));
  if (from) cpSync(from, persistDir, { recursive: true });
  const port = await freePort();
  let inspectorPort = await freePort();
  while (inspectorPort === port) inspectorPort = await freePort();
  const logFile = join(ARTIFACTS, `server-${port}.log`);
  const log = createWriteStream(logFile);
  const child: ChildProcess = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      INSPECTOR_PORT: String(inspectorPort),
      WRANGLER_PERSIST_DIR: persistDir,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const pid = child.pid!;
  let stopped = false;
  let known: number[] = [];
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    // wrangler dev runs in a group of its own under start.mjs: stop it too, should start.mjs not.
    const groups = [...new Set([pid, ...known, ...childGroups(pid)])];
    await stopGroups(groups);
    log.end();
    rmSync(persistDir, { recursive: true, force: true });
  };

  let output = "";
  const links: Partial<RunningApp["links"]> = {};
  let demoForumId = 0;
  try {
    await new Promise<void>((ok, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`the app printed no sign-in links within ${timeoutMs} ms:\n${output}`)),
        timeoutMs,
      );
      const onData = (chunk: Buffer) => {
        log.write(chunk);
        output += chunk.toString("utf8");
        for (const line of output.split("\n")) {
          const m = /^\s*(organiser|expert|stakeholder):\s+(http\S+)/.exec(line);
          if (m) links[m[1] as keyof RunningApp["links"]] = m[2]!;
          const f = /demo forum: \S+\/forums\/(\d+)/.exec(line);
          if (f) demoForumId = Number(f[1]);
        }
        if (links.organiser && links.expert && links.stakeholder) {
          clearTimeout(timer);
          ok();
        }
      };
      // Keep reading after the links, or wrangler would block on a full pipe.
      child.stdout!.on("data", onData);
      child.stderr!.on("data", (chunk: Buffer) => {
        log.write(chunk);
        output += chunk.toString("utf8");
      });
      child.on("exit", (code) => {
        clearTimeout(timer);
        fail(new Error(`scripts/start.mjs exited (${code}) before printing the links:\n${output}`));
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  known = childGroups(pid);
  const linkFor = async (to: string) => {
    const needle = ` for ${to.toLowerCase()}: `;
    for (let i = 0; i < 60; i++) {
      const line = output
        .split("\n")
        .filter((l) => l.toLowerCase().includes(needle))
        .at(-1);
      const link = line?.match(/https?:\/\/\S+\/auth\/[A-Za-z0-9_-]{43}/)?.[0];
      if (link) return link;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`the app printed no link for ${to}`);
  };
  return {
    origin: `http://127.0.0.1:${port}`,
    demoForumId,
    links: links as RunningApp["links"],
    logFile,
    linkFor,
    stop,
  };
}
