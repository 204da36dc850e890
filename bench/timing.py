"""Timing for the bench scripts: wall time, CPU time and peak RSS of a command (GNU time), medians of runs,
and the wait that keeps ext4's memory of freed inodes out of the figures."""
import os, shutil, statistics, subprocess, sys, time

def timed(cmd, work, cwd=None):
    """Wall seconds, CPU seconds (user + system) and peak RSS in MB of one run; stops the bench if the command fails."""
    out = os.path.join(work, "time.txt")
    r = subprocess.run(["/usr/bin/time", "-o", out, "-f", "%e %U %S %M"] + cmd, cwd=cwd,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        sys.exit(f"bench: {' '.join(cmd)} failed:\n{r.stderr[-2000:]}")
    wall, user, system, rss = open(out).read().split()[-4:]
    return float(wall), float(user) + float(system), int(rss) / 1024

def settle():
    """Waits out ext4's memory of freed inodes before timing. Without a journal (as on these
    machines) ext4 passes over inodes freed in the last 60 seconds each time it makes a file, so a
    build run just after deleting the last one's 70,000 files spent a fifth of its CPU in the
    kernel doing that (perf: recently_deleted). A fresh checkout doesn't; so timed runs start a
    minute after the last deletion, and a run's old output is moved aside, not deleted."""
    subprocess.run(["sync"])
    time.sleep(61)

def median_of(cmd, n, out, work, cwd=None):
    """Medians of n runs and n; each run's old output is first moved aside into WORK/aside. Each
    run starts after a sync (not timed), so the files the last run left in memory (half a gigabyte
    at 10,000 items) are on disk before the next is timed: without it a run paid for the one
    before it while the kernel wrote them, Hugo's 13 s build took 25 s, and ours 27 s, not 17 s."""
    results = []
    for _ in range(n):
        if os.path.exists(out):
            os.rename(out, os.path.join(work, "aside", str(len(os.listdir(os.path.join(work, "aside"))))))
        subprocess.run(["sync"])
        results.append(timed(cmd, work, cwd))
    return tuple(statistics.median(r[i] for r in results) for i in range(3)) + (n,)

def clear_aside(work):
    """Deletes the outputs moved aside; settle() must follow before the next timed run."""
    shutil.rmtree(os.path.join(work, "aside"), ignore_errors=True)
    os.makedirs(os.path.join(work, "aside"))
