// Samples the resident memory of the production server (Linux /proc): the `next-server` processes
// under the started process tree (not the runner or tsx around them); the peak RSS is the largest
// sum seen in a sampling window.
import { readdirSync, readFileSync } from "node:fs";

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after the last ")".
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

/** rootPid and all its descendants alive now. */
export function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const parent = parentOf(pid);
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const tree: number[] = [];
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    tree.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return tree;
}

function rssKb(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0; // exited meanwhile
  }
}

/** The tree's `next-server` processes (what serves requests), or the whole tree when none is named so. */
function serverProcesses(rootPid: number): number[] {
  const tree = processTree(rootPid);
  const named = tree.filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").startsWith("next-server");
    } catch {
      return false;
    }
  });
  return named.length ? named : tree;
}

export type RssSampler = {
  /** Peak of the tree's summed RSS (MB) since the last call, then starts a new window. */
  takePeakMb(): number;
  /** Peak over the whole run (MB). */
  overallPeakMb(): number;
  stop(): void;
};

export function sampleRss(rootPid: number, everyMs = 250): RssSampler {
  let windowPeak = 0;
  let overall = 0;
  const sample = () => {
    const kb = serverProcesses(rootPid).reduce((sum, pid) => sum + rssKb(pid), 0);
    windowPeak = Math.max(windowPeak, kb);
    overall = Math.max(overall, kb);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  timer.unref();
  const mb = (kb: number) => Math.round(kb / 1024);
  return {
    takePeakMb() {
      sample();
      const peak = windowPeak;
      windowPeak = 0;
      return mb(peak);
    },
    overallPeakMb: () => mb(overall),
    stop: () => clearInterval(timer),
  };
}
