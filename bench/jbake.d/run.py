#!/usr/bin/env python3
"""bench/jbake's runner: one JBake site built by Signpost's JBake mode and by JBake 2.7.0.

Usage: run.py WORK SIZES RUNS JBAKE_CP
Prints a Markdown table of median wall time, CPU time and peak RSS, our ratio to JBake (below 1:
we are quicker or smaller), and whether the two wrote the same list of files.
"""
import os, subprocess, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import timing

work, sizes, runs, jbake_cp = sys.argv[1], [int(s) for s in sys.argv[2].split(",")], int(sys.argv[3]), sys.argv[4]
root = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../.."))
# The demo is a hub: multiply-demo.py makes one site of the shared content and the Fylde Coast area's.
DEMO_ITEMS = sum(1 for c in ("content", "areas/fylde-coast/content") for d, _, fs in os.walk(os.path.join(root, c)) for f in fs if f.endswith(".md"))

def files(folder):
    """The site's files, less Signpost's output marker."""
    return {os.path.relpath(os.path.join(d, f), folder) for d, _, fs in os.walk(folder) for f in fs} - {".signpost-output"}

rows = []
timing.clear_aside(work)
for size in sizes:
    copies = max(1, round(size / DEMO_ITEMS))
    corpus = os.path.join(work, f"c{size}")
    subprocess.run([sys.executable, os.path.join(root, "bench/multiply-demo.py"), str(copies), corpus, "--site", root], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, os.path.join(root, "bench/peers/convert.py"), os.path.join(corpus, "signpost"), corpus], check=True, stdout=subprocess.DEVNULL)
    site = os.path.join(corpus, "jbake")
    ours_out, jbake_out = os.path.join(corpus, "ours"), os.path.join(corpus, "jbake-out")
    timing.settle()
    ours = timing.median_of([os.path.join(root, "signpost"), "build", "--site", site, "-o", ours_out], runs, ours_out, work)
    # JBake keeps its database in the working folder: run it in the corpus folder, once.
    jbake = timing.median_of(["java", "-cp", jbake_cp, "org.jbake.launcher.Main", "-b", site, jbake_out], 1, jbake_out, work, cwd=corpus)
    a, b = files(ours_out), files(jbake_out)
    same = "same" if a == b else f"differ: {len(a - b)} only ours, {len(b - a)} only JBake's, e.g. {sorted(a ^ b)[:3]}"
    rows.append((copies * DEMO_ITEMS, ours, jbake, len(b), same))
    subprocess.run(["rm", "-rf", corpus])
    timing.clear_aside(work)

print(f"\nJBake site built unchanged, {os.cpu_count()} cores; ours: median of {runs} runs, JBake 2.7.0: 1 run\n")
print("| items | files | tool | wall s | CPU s | peak RSS MB | ours / JBake (wall, CPU, RSS) | file lists |")
print("|---:|---:|---|---:|---:|---:|---:|---|")
for items, ours, jbake, count, same in rows:
    ratio = f"{ours[0] / jbake[0]:.2f}, {ours[1] / jbake[1]:.2f}, {ours[2] / jbake[2]:.2f}"
    print(f"| {items:,} | {count:,} | signpost (JBake mode) | {ours[0]:.1f} | {ours[1]:.1f} | {ours[2]:,.0f} | {ratio} | {same} |")
    print(f"| {items:,} | {count:,} | JBake 2.7.0 | {jbake[0]:.1f} | {jbake[1]:.1f} | {jbake[2]:,.0f} | | |")
