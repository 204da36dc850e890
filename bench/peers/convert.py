#!/usr/bin/env python3
"""Writes a Signpost site's content as a Hugo site and a JBake site, for bench/build.

Usage: convert.py SIGNPOST_SITE OUT   (writes OUT/hugo and OUT/jbake)
Both peers get the same Markdown bodies and the same fields: Hugo keeps the YAML front matter as
it is; JBake gets its own key=value headers (lists joined with commas, nested values as JSON), with
the item's type as JBake's type and its route as JBake's tags. Their templates, in bench/peers/,
show the same fields our item pages show and list every folder as ours does, 50 to a page.
"""
import json, os, shutil, sys, datetime
import yaml

src, out = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
types = yaml.safe_load(open(os.path.join(here, "../../src/main/resources/org/signpost/content/types.yml")))["types"]
type_of = {t["folder"]: name for name, t in types.items() if "folder" in t}

def items():
    root = os.path.join(src, "content")
    for folder in sorted(os.listdir(root)):
        for name in sorted(os.listdir(os.path.join(root, folder))):
            if name.endswith(".md"):
                text = open(os.path.join(root, folder, name), encoding="utf-8").read()
                end = text.index("\n---", 3)
                yield folder, name, text[4:end], text[end + 4:].lstrip("\n")

def fresh(path):
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path

def as_header(value):
    if isinstance(value, list) and all(not isinstance(v, (dict, list)) for v in value):
        return ",".join(str(v) for v in value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, default=str)
    return str(value).replace("\n", " ")

hugo, jbake = fresh(os.path.join(out, "hugo")), fresh(os.path.join(out, "jbake"))
shutil.copytree(os.path.join(here, "hugo"), hugo, dirs_exist_ok=True)
shutil.copytree(os.path.join(here, "jbake"), jbake, dirs_exist_ok=True)
templates = sorted({type_of.get(f, f) for f in os.listdir(os.path.join(src, "content"))})
with open(os.path.join(jbake, "jbake.properties"), "a") as props:
    for t in templates:
        props.write(f"template.{t}.file=item.ftl\n")
count = 0
for folder, name, header, body in items():
    fields = yaml.safe_load(header) or {}
    os.makedirs(os.path.join(hugo, "content", folder), exist_ok=True)
    with open(os.path.join(hugo, "content", folder, name), "w", encoding="utf-8") as w:
        w.write("---\n" + header + "\n---\n" + body)
    when = fields.get("date") or fields.get("updated") or datetime.date(2026, 1, 1)
    head = {"title": fields.get("title", name[:-3]), "type": type_of.get(folder, "page"), "status": "published",
            "date": str(when)[:10], "tags": fields.get("route") or ""}
    head.update({k: v for k, v in fields.items() if k not in head and k not in ("status", "tags")})
    os.makedirs(os.path.join(jbake, "content", folder), exist_ok=True)
    with open(os.path.join(jbake, "content", folder, name), "w", encoding="utf-8") as w:
        w.write("".join(f"{k}={as_header(v)}\n" for k, v in head.items()) + "~~~~~~\n\n" + body)
    count += 1
print(f"{count} items as Hugo and JBake sites in {out}")
