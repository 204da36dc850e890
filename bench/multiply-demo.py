#!/usr/bin/env python3
"""Writes the demo site with its content copied N times: a realistic corpus for bench/build.

Usage: multiply-demo.py COPIES DIR [--site DEMO]   (DIR/signpost is created; 55 copies are about 10,000 pages)
Copy 1 is the demo as it is; copy k gives every item the slug "<slug>-k" and the title "<title> k",
and points its references (front-matter fields of kind ref, route-map steps, body links and
::blocks) at the same copy, so every copy is a whole, valid site of its own: the same fields,
bodies, route maps, LMI sectors and videos. Configuration, templates, assets and data are shared.
"""
import os, re, shutil, sys
import yaml

args = sys.argv[1:]
demo = "."
if "--site" in args:
    i = args.index("--site")
    demo = args[i + 1]
    del args[i:i + 2]
copies, out = int(args[0]), os.path.join(args[1], "signpost")

types = yaml.safe_load(open(os.path.join(demo, "src/main/resources/org/signpost/content/types.yml")))["types"]
folders = sorted({t["folder"] for t in types.values() if "folder" in t})

def ref_fields(fields):
    """Names of fields, at any depth, whose values are item slugs."""
    names = set()
    for name, spec in (fields or {}).items():
        if not isinstance(spec, dict):
            continue
        kind, of = spec.get("kind"), spec.get("of") or {}
        if kind == "ref" or of.get("kind") == "ref":
            names.add(name)
        names |= ref_fields(spec.get("fields")) | ref_fields(of.get("fields"))
    return names

refs = set()
for t in types.values():
    refs |= ref_fields(t.get("fields"))

files = []
for root, _, names in os.walk(os.path.join(demo, "content")):
    files += [os.path.join(root, n) for n in names if n.endswith(".md")]
files.sort()
slugs = {os.path.basename(f)[:-3] for f in files}
slug_token = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
key_line = re.compile(r"^([a-z_]+):(.*)$")
link = re.compile(r"(/(?:%s)/)([a-z0-9-]+)(?=[/#)])" % "|".join(map(re.escape, folders)))
block = re.compile(r"(::[a-z]+\[)([a-z0-9-]+)(\])")

def renamed(slug, k):
    return f"{slug}-{k}" if slug in slugs else slug

def slugs_in(text, k):
    return slug_token.sub(lambda m: renamed(m.group(0), k), text)

def copy_text(text, k):
    if k == 1:
        return text
    end = text.index("\n---", 3)
    header, body = text[:end].split("\n"), text[end:]
    current = None
    for n, line in enumerate(header):
        m = key_line.match(line)
        if m:
            current = m.group(1)
            if current in refs:
                line = f"{current}:{slugs_in(m.group(2), k)}"
            elif current == "title":
                line = re.sub(r'^title:\s*"?(.*?)"?\s*$', lambda t: 'title: "%s %d"' % (t.group(1), k), line)
            elif current == "slug":
                line = line.rstrip() + f"-{k}"
        elif current in refs and line.lstrip().startswith("- ") and "{" not in line:
            line = slugs_in(line, k)
        # route-map steps refer to items inside flow mappings: {id: x, level: "2", ref: electrician}
        line = re.sub(r"(\bref:\s*)([a-z0-9-]+)", lambda r: r.group(1) + renamed(r.group(2), k), line)
        header[n] = line
    body = link.sub(lambda m: m.group(1) + renamed(m.group(2), k), body)
    body = block.sub(lambda m: m.group(1) + renamed(m.group(2), k) + m.group(3), body)
    return "\n".join(header) + body

shutil.rmtree(out, ignore_errors=True)
os.makedirs(out)
for part in ("signpost.yml", "types.yml", "templates", "assets", "data"):
    src = os.path.join(demo, part)
    if os.path.isdir(src):
        shutil.copytree(src, os.path.join(out, part))
    elif os.path.isfile(src):
        shutil.copy(src, out)
count = 0
for f in files:
    text = open(f, encoding="utf-8").read()
    rel = os.path.relpath(f, demo)
    for k in range(1, copies + 1):
        name = rel if k == 1 else rel[:-3] + f"-{k}.md"
        os.makedirs(os.path.dirname(os.path.join(out, name)), exist_ok=True)
        with open(os.path.join(out, name), "w", encoding="utf-8") as w:
            w.write(copy_text(text, k))
        count += 1
print(f"{count} items in {out}")
