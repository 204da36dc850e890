#!/usr/bin/env python3
"""Writes the demo site with its content copied N times: a realistic corpus for bench/build.

Usage: multiply-demo.py COPIES DIR [--site DEMO] [--area SLUG] [--hub AREAS]
  (DIR/signpost is created; 50 copies are 10,100 items)
The demo is a hub; the corpus is one site: its shared (national) content and one area's own
(--area, default fylde-coast) in one folder, with the area's signpost.yml keys over the shared ones
(localities added up) and its templates, assets and data files over the shared ones, as a build of
the area reads them. Copy 1 is that site as it is; copy k gives every item the slug "<slug>-k" and
the title "<title> k", and points its references (front-matter fields of kind ref, route-map
steps, body links and ::blocks) at the same copy, so every copy is a whole, valid site of its own:
the same fields, bodies, route maps, LMI sectors and videos. Configuration, templates, assets and
data are shared.

--hub AREAS writes a hub instead: the shared content, copied, where the demo has it, and AREAS
areas (areas/area-01, ...), each with the area's own content copied the same way and its
settings under its own name and address. Each area builds as the one site above would, so a hub
of 10 areas is 10 of those sites' pages (the bench's hub case).
"""
import os, re, shutil, sys
import yaml

args = sys.argv[1:]
def option(name, default):
    if name not in args:
        return default
    i = args.index(name)
    value = args[i + 1]
    del args[i:i + 2]
    return value

demo = option("--site", ".")
area = os.path.join(demo, "areas", option("--area", "fylde-coast"))
hub = int(option("--hub", "0"))
layers = [area, demo]  # the area's files win over the shared ones at the same path
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

files = []  # (layer, path): content adds up across the layers
for layer in layers:
    for root, _, names in os.walk(os.path.join(layer, "content")):
        files += [(layer, os.path.join(root, n)) for n in names if n.endswith(".md")]
files.sort(key=lambda f: os.path.relpath(f[1], f[0]))
slugs = {os.path.basename(f)[:-3] for _, f in files}
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

def copy_parts(layer, to, parts=("types.yml", "templates", "assets", "data")):
    for part in parts:
        src = os.path.join(layer, part)
        if os.path.isdir(src):
            shutil.copytree(src, os.path.join(to, part), dirs_exist_ok=True)
        elif os.path.isfile(src):
            shutil.copy(src, to)

def load_yaml(path):
    return yaml.safe_load(open(path, encoding="utf-8")) or {}

def write_yaml(config, path):
    with open(path, "w", encoding="utf-8") as w:
        yaml.safe_dump(config, w, sort_keys=False, allow_unicode=True)

def write_copies(layer, f, to):
    """Writes COPIES copies of one content file under the folder to; returns how many."""
    text = open(f, encoding="utf-8").read()
    rel = os.path.relpath(f, layer)
    for k in range(1, copies + 1):
        name = rel if k == 1 else rel[:-3] + f"-{k}.md"
        os.makedirs(os.path.dirname(os.path.join(to, name)), exist_ok=True)
        with open(os.path.join(to, name), "w", encoding="utf-8") as w:
            w.write(copy_text(text, k))
    return copies

shutil.rmtree(out, ignore_errors=True)
os.makedirs(out)
count = 0
if hub:
    copy_parts(demo, out, ("signpost.yml", "types.yml", "templates", "assets", "data"))
    count += sum(write_copies(layer, f, out) for layer, f in files if layer == demo)
    own = load_yaml(os.path.join(area, "signpost.yml"))
    for i in range(1, hub + 1):
        slug = f"area-{i:02d}"
        to = os.path.join(out, "areas", slug)
        os.makedirs(to)
        copy_parts(area, to)
        name = f"Area {i} Careers"
        write_yaml({**own, "name": name, "base_url": f"https://{slug}.example.org", "locality": f"Area {i}",
                    "feed": {**(own.get("feed") or {}), "title": f"New and updated on {name}"}}, os.path.join(to, "signpost.yml"))
        count += sum(write_copies(layer, f, to) for layer, f in files if layer == area)
    print(f"{count} items in {out}: the shared ones and {hub} areas")
    sys.exit(0)
for layer in reversed(layers):  # the shared files, then the area's over them
    copy_parts(layer, out)
# signpost.yml: each key the area sets replaces the shared one, but localities add up.
config = load_yaml(os.path.join(demo, "signpost.yml"))
own = load_yaml(os.path.join(area, "signpost.yml"))
places = {**(config.get("localities") or {}), **(own.get("localities") or {})}
config.update(own)
if places:
    config["localities"] = places
write_yaml(config, os.path.join(out, "signpost.yml"))
count = sum(write_copies(layer, f, out) for layer, f in files)
print(f"{count} items in {out}")
