#!/usr/bin/env python3
"""Writes the same synthetic careers site twice: as a Signpost site and as a Hugo site.

Usage: generate-site.py PAGES DIR   (DIR/signpost and DIR/hugo are created)
Half the pages are careers, half guides; each has five question headings, links and a table.
"""
import os, random, sys

pages, out = int(sys.argv[1]), sys.argv[2]
random.seed(1)
words = ("apprentice electrician nurse college wage level training employer placement skills course "
         "career plumber digital engineer care hospital site tools team learn earn job").split()
routes = ["construction-built-environment", "digital", "health-science", "care-services", "engineering-manufacturing"]

def para(n):
    return " ".join(random.choice(words) for _ in range(n)).capitalize() + "."

def body(folder, slug):
    parts = []
    for k in range(5):
        parts.append(f"## Question {k}?\n\n{para(40)} See [another page](/{folder}/{slug}/).\n\n- {para(6)}\n- {para(6)}\n")
    parts.append("| Level | Pay |\n|---|---|\n| 2 | £8.00 an hour |\n| 3 | £10.85 an hour |\n")
    return "\n".join(parts)

sp = os.path.join(out, "signpost")
hu = os.path.join(out, "hugo")
for d in ("content/careers", "content/guides", "templates", "assets"):
    os.makedirs(os.path.join(sp, d), exist_ok=True)
for d in ("content/careers", "content/guides", "layouts/_default"):
    os.makedirs(os.path.join(hu, d), exist_ok=True)

open(os.path.join(sp, "signpost.yml"), "w").write('name: "Bench"\nbase_url: "https://bench.example"\nlocalities:\n  blackpool: "Blackpool"\n')
open(os.path.join(hu, "hugo.toml"), "w").write('baseURL = "https://bench.example/"\ntitle = "Bench"\ndisableKinds = ["taxonomy", "term", "RSS"]\n')
open(os.path.join(hu, "layouts/_default/baseof.html"), "w").write(
    '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{{ .Title }}</title>'
    '<meta name="description" content="{{ .Params.summary }}"><link rel="canonical" href="{{ .Permalink }}"></head>'
    '<body><main>{{ block "main" . }}{{ end }}</main></body></html>')
open(os.path.join(hu, "layouts/_default/single.html"), "w").write('{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>{{ .Content }}{{ end }}')
open(os.path.join(hu, "layouts/_default/list.html"), "w").write('{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>: {{ .Params.summary }}</li>{{ end }}</ul>{{ end }}')

for i in range(pages):
    kind = "career" if i % 2 == 0 else "guide"
    folder = "careers" if kind == "career" else "guides"
    slug = f"{kind}-{i}"
    title = f"{kind.title()} {i} {random.choice(words)}"
    summary = para(12)
    date = f"2026-{1 + i % 11:02d}-{1 + i % 27:02d}"
    fm = f'title: "{title}"\nsummary: "{summary}"\naudience: [young-people]\nlocality: [blackpool]\ndate: {date}\n'
    if kind == "career":
        fm += f"route: {routes[i % 5]}\nsalary_starter: {18000 + i % 20 * 500}\n"
    text = body(folder, slug)
    open(os.path.join(sp, "content", folder, slug + ".md"), "w").write(f"---\n{fm}---\n{text}")
    open(os.path.join(hu, "content", folder, slug + ".md"), "w").write(f"---\n{fm}---\n{text}")
