"""Timing for the bench scripts: wall time, CPU time and peak RSS of a command, from GNU time, and medians of runs."""
import os, shutil, statistics, subprocess, sys

def timed(cmd, work, cwd=None):
    """Wall seconds, CPU seconds (user + system) and peak RSS in MB of one run; stops the bench if the command fails."""
    out = os.path.join(work, "time.txt")
    r = subprocess.run(["/usr/bin/time", "-o", out, "-f", "%e %U %S %M"] + cmd, cwd=cwd,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        sys.exit(f"bench: {' '.join(cmd)} failed:\n{r.stderr[-2000:]}")
    wall, user, system, rss = open(out).read().split()[-4:]
    return float(wall), float(user) + float(system), int(rss) / 1024

def median_of(cmd, n, clean, work, cwd=None):
    """Medians of n cold runs (the output folder removed and the disk synced before each), and n."""
    results = []
    for _ in range(n):
        shutil.rmtree(clean, ignore_errors=True)
        subprocess.run(["sync"])
        results.append(timed(cmd, work, cwd))
    return tuple(statistics.median(r[i] for r in results) for i in range(3)) + (n,)
