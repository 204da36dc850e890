#!/usr/bin/env python3
"""bench/build's runner: cold builds of the same content by Signpost, Hugo and JBake, side by side.

Usage: run.py WORK SIZES RUNS JBAKE_CP
  SIZES: comma-separated item counts for the realistic corpus (the demo multiplied), e.g. 1000,10000,50000
Each tool builds each corpus RUNS times (JBake once: it takes minutes at 10,000 and its time grows
with the square of the page count, so it is skipped above 10,000 items). Prints median wall time,
CPU time (user + system) and peak RSS, and our ratios to each peer, as a Markdown table.

The hub case (issue 17): a hub of HUB_AREAS areas (10 by default), each the demo's shared content
and one area's own, copied HUB_COPIES times (5: 1,010 items an area, 10,100 in all). One hub build
against the same areas built one at a time (a JVM each, as a hub without shared work would run)
and against Hugo building the same pages as that many sites. HUB_AREAS=0 leaves it out; ONLY=hub
runs nothing else.
"""
import os, shlex, shutil, subprocess, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import timing

work, sizes, runs, jbake_cp = sys.argv[1], [int(s) for s in sys.argv[2].split(",")], int(sys.argv[3]), sys.argv[4]
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, "../.."))
# The demo is a hub: multiply-demo.py makes one site of the shared content and the Fylde Coast area's.
DEMO_ITEMS = sum(1 for c in ("content", "areas/fylde-coast/content") for d, _, fs in os.walk(os.path.join(root, c)) for f in fs if f.endswith(".md"))
JBAKE_MAX = int(os.environ.get("JBAKE_MAX", "10000"))
HUB_AREAS, HUB_COPIES = int(os.environ.get("HUB_AREAS", "10")), int(os.environ.get("HUB_COPIES", "5"))
ONLY_HUB = os.environ.get("ONLY") == "hub"  # JBAKE_MAX=0 leaves JBake out (its 10,000-item build takes minutes)

def median_of(cmd, n, out, cwd=None):
    return timing.median_of(cmd, n, out, work, cwd)

def clear_aside():
    timing.clear_aside(work)

settle = timing.settle

def pages(folder, ext=".html"):
    return sum(1 for _, _, fs in os.walk(folder) for f in fs if f.endswith(ext))

def run_tools(corpus, n, jbake):
    """Builds one corpus with each tool; returns medians and HTML page counts by tool."""
    site, out = os.path.join(corpus, "signpost"), os.path.join(corpus, "out")
    build = [os.path.join(root, "signpost"), "build", "--site", site, "--today", "2026-11-22", "-o", out]
    hugo = os.path.join(corpus, "hugo")
    results = {
        "signpost": median_of(build, n, out),
        "signpost, no search": median_of(build + ["--no-search"], n, out),
        "hugo": median_of(["hugo", "--quiet", "--source", hugo], n, os.path.join(hugo, "public")),
    }
    counts = {"signpost": pages(out), "hugo": pages(os.path.join(hugo, "public"))}
    if jbake:
        jb = os.path.join(corpus, "jbake")
        results["jbake"] = median_of(["java", "-cp", jbake_cp, "org.jbake.launcher.Main", "-b", jb, os.path.join(jb, "out")], 1, os.path.join(jb, "out"))
        counts["jbake"] = pages(os.path.join(jb, "out"))
    return results, counts

def tree(folder):
    """Every file under folder, by relative path, with its bytes."""
    out = {}
    for d, _, fs in os.walk(folder):
        for f in fs:
            full = os.path.join(d, f)
            out[os.path.relpath(full, folder)] = open(full, "rb").read()
    return out

def determinism(corpus):
    """Builds the corpus with JDK 17 and 25 (when one is beside it) and at 1 and 8 threads; says whether every byte agrees."""
    jar = os.path.join(root, "target/signpost.jar")
    site = os.path.join(corpus, "signpost")
    jdk25 = os.environ.get("JAVA25") or next((os.path.join("/usr/lib/jvm", d, "bin/java") for d in sorted(os.listdir("/usr/lib/jvm"))
                                             if "25" in d and os.path.exists(os.path.join("/usr/lib/jvm", d, "bin/java"))), None)
    runs = {"JDK 17, 2 threads": ["java"], "JDK 17, 1 thread": ["java", "-Djava.util.concurrent.ForkJoinPool.common.parallelism=1"],
            "JDK 17, 8 threads": ["java", "-Djava.util.concurrent.ForkJoinPool.common.parallelism=8"]}
    if jdk25:
        runs["JDK 25, 2 threads"] = [jdk25]
    outputs = {}
    for name, java in runs.items():
        out = os.path.join(corpus, "det-" + str(len(outputs)))
        subprocess.run(java + ["-jar", jar, "build", "--site", site, "--today", "2026-11-22", "-o", out], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        outputs[name] = tree(out)
        shutil.rmtree(out)
    base_name, base = next(iter(outputs.items()))
    lines = []
    for name, files in outputs.items():
        differ = sorted(k for k in set(base) | set(files) if base.get(k) != files.get(k))
        if name != base_name:
            lines.append(f"  {name}: {'identical' if not differ else str(len(differ)) + ' files differ, e.g. ' + ', '.join(differ[:3])} "
                         f"({len(files):,} files) against {base_name}")
    if not jdk25:
        lines.append("  JDK 25: not found (set JAVA25=/path/to/java to compare)")
    return lines

def run_hub(work_dir, n):
    """Builds a hub of HUB_AREAS areas at once, then area by area, and Hugo the same pages as HUB_AREAS sites."""
    hub = os.path.join(work_dir, "hub")
    subprocess.run([sys.executable, os.path.join(root, "bench/multiply-demo.py"), str(HUB_COPIES), hub, "--site", root,
                    "--hub", str(HUB_AREAS)], check=True, stdout=subprocess.DEVNULL)
    # One area's pages as one site (the same items an area builds), for Hugo.
    one = os.path.join(work_dir, "one-area")
    subprocess.run([sys.executable, os.path.join(root, "bench/multiply-demo.py"), str(HUB_COPIES), one, "--site", root], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, os.path.join(root, "bench/peers/convert.py"), os.path.join(one, "signpost"), one], check=True, stdout=subprocess.DEVNULL)
    site, out = os.path.join(hub, "signpost"), os.path.join(hub, "out")
    slugs = [f"area-{i:02d}" for i in range(1, HUB_AREAS + 1)]
    build = [os.path.join(root, "signpost"), "build", "--site", site, "--today", "2026-11-22", "-o", out]
    one_by_one = ["bash", "-c", " && ".join(shlex.join(build + ["--area", a]) for a in slugs)]
    hugo_site = os.path.join(one, "hugo")
    hugo_all = ["bash", "-c", " && ".join(shlex.join(["hugo", "--quiet", "--source", hugo_site, "--destination", os.path.join(out, a)]) for a in slugs)]
    settle()
    results = {
        "signpost, one hub build": median_of(build, n, out),
        "signpost, one hub build, no search": median_of(build + ["--no-search"], n, out),
    }
    counts = {"signpost": pages(out)}
    results[f"signpost, {HUB_AREAS} builds of one area"] = median_of(one_by_one, n, out)
    counts[f"signpost, {HUB_AREAS} builds of one area"] = pages(out)
    results[f"hugo, {HUB_AREAS} sites"] = median_of(hugo_all, n, out)
    counts[f"hugo, {HUB_AREAS} sites"] = pages(out)
    shutil.rmtree(hub, ignore_errors=True)
    shutil.rmtree(one, ignore_errors=True)
    return results, counts

def print_hub(results, counts, n):
    print(f"\nA hub of {HUB_AREAS} areas, {HUB_COPIES * DEMO_ITEMS:,} items each ({HUB_AREAS * HUB_COPIES * DEMO_ITEMS:,} in all), {os.cpu_count()} cores; medians of {n} runs\n")
    print("| build | HTML pages | wall s | CPU s | peak RSS MB | hub / this, wall (with search) | (no search) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    hub, bare = results["signpost, one hub build"][0], results["signpost, one hub build, no search"][0]
    for name, (wall, cpu, rss, _) in results.items():
        ratio = "" if "hub build" in name else f"{hub / wall:.2f}"
        ratio_bare = "" if "hub build" in name else f"{bare / wall:.2f}"
        print(f"| {name} | {counts.get(name, counts['signpost']):,} | {wall:.1f} | {cpu:.1f} | {rss:,.0f} | {ratio} | {ratio_bare} |")

determinism_report = []
rows = []
clear_aside()
if ONLY_HUB:
    hub_results = run_hub(work, runs)
    print_hub(*hub_results, runs)
    sys.exit(0)
synthetic = os.path.join(work, "synthetic")
synthetic_pages = os.environ.get("SYNTHETIC", "10000")
subprocess.run([sys.executable, os.path.join(root, "bench/generate-site.py"), synthetic_pages, synthetic], check=True, stdout=subprocess.DEVNULL)
settle()
rows.append((f"{int(synthetic_pages):,} synthetic",) + run_tools(synthetic, runs, False))
shutil.rmtree(synthetic, ignore_errors=True)
clear_aside()
for size in sizes:
    copies = max(1, round(size / DEMO_ITEMS))
    corpus = os.path.join(work, f"c{size}")
    subprocess.run([sys.executable, os.path.join(root, "bench/multiply-demo.py"), str(copies), corpus, "--site", root], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, os.path.join(root, "bench/peers/convert.py"), os.path.join(corpus, "signpost"), corpus], check=True, stdout=subprocess.DEVNULL)
    items = copies * DEMO_ITEMS
    settle()
    rows.append((f"{items:,}",) + run_tools(corpus, runs if size <= 10000 else 1, size <= JBAKE_MAX))
    if size == 10000:
        determinism_report = [f"determinism at {items:,} items:"] + determinism(corpus)
    shutil.rmtree(corpus, ignore_errors=True)
    clear_aside()

hub_results = None
if HUB_AREAS:
    hub_results = run_hub(work, runs)
    clear_aside()

print(f"\nCold builds of the demo multiplied (realistic corpus), {os.cpu_count()} cores; medians of {runs} runs (50,000 items and JBake: 1 run)\n")
print("| items | tool | HTML pages | wall s | CPU s | peak RSS MB | ours / this, wall (with search) | (no search) |")
print("|---:|---|---:|---:|---:|---:|---:|---:|")
for items, results, counts in rows:
    ours, bare = results["signpost"][0], results["signpost, no search"][0]
    for tool, (wall, cpu, rss, n) in results.items():
        ratio = "" if tool.startswith("signpost") else f"{ours / wall:.2f}"
        ratio_bare = "" if tool.startswith("signpost") else f"{bare / wall:.2f}"
        print(f"| {items} | {tool} | {counts.get(tool.split(',')[0], ''):,} | {wall:.1f} | {cpu:.1f} | {rss:,.0f} | {ratio} | {ratio_bare} |")
real = rows[1:]
for (i0, r0, _), (i1, r1, _) in zip(real, real[1:]):
    grow = int(i1.replace(",", "")) / int(i0.replace(",", ""))
    print(f"growth, signpost with search, {i0} to {i1} items: {r1['signpost'][0] / r0['signpost'][0]:.1f}x the time for {grow:.0f}x the items")
print("\n".join(determinism_report))
if hub_results:
    print_hub(*hub_results, runs)
