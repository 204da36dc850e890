#!/usr/bin/env python3
"""Writes the same synthetic careers site twice: as a Signpost site and as a Hugo site.

Usage: generate-site.py PAGES DIR [--vocab CONTENT]   (DIR/signpost and DIR/hugo are created)
Half the pages are careers, half guides; each has five question headings, links and a table.
By default the text uses a 23-word list (what bench/build times). With --vocab, words are drawn
from the Markdown under CONTENT (e.g. the demo's content/) with a Zipf distribution by frequency
rank, and title words from its titles, so a search index sees a realistic vocabulary (bench/search).
"""
import bisect, glob, itertools, os, random, re, sys

args = sys.argv[1:]
vocab = None
if "--vocab" in args:
    i = args.index("--vocab")
    vocab = args[i + 1]
    del args[i:i + 2]
pages, out = int(args[0]), args[1]
random.seed(1)
words = ("apprentice electrician nurse college wage level training employer placement skills course "
         "career plumber digital engineer care hospital site tools team learn earn job").split()
routes = ["construction-built-environment", "digital", "health-science", "care-services", "engineering-manufacturing"]

def word():
    return random.choice(words)

title_word = word

def zipf_vocabulary(folder):
    """Words of the Markdown under folder (body, title and summary; no link targets or other
    front matter), most frequent first, and the words of its titles."""
    counts, titles = {}, set()
    for path in sorted(glob.glob(os.path.join(folder, "**", "*.md"), recursive=True)):
        text = open(path, encoding="utf-8").read()
        head, body = ("", text)
        if text.startswith("---"):
            head, _, body = text[3:].partition("\n---")
        kept = [line.split(":", 1)[1] for line in head.splitlines() if line.startswith(("title:", "summary:"))]
        for line in head.splitlines():
            if line.startswith("title:"):
                titles.update(re.findall(r"[a-z]{3,}", line[6:].lower()))
        text = " ".join(kept) + " " + re.sub(r"\]\([^)]*\)", "]", body)
        for w in re.findall(r"[a-z]+", text.lower()):
            counts[w] = counts.get(w, 0) + 1
    ranked = sorted(counts, key=lambda w: (-counts[w], w))
    return ranked, sorted(titles)

if vocab:
    # Zipf: the word of rank r is drawn with weight 1/r, as in natural text.
    ranked, titled = zipf_vocabulary(vocab)
    cumulative = list(itertools.accumulate(1 / r for r in range(1, len(ranked) + 1)))
    def word():
        return ranked[bisect.bisect(cumulative, random.random() * cumulative[-1])]
    def title_word():
        return random.choice(titled)

def para(n):
    return " ".join(word() for _ in range(n)).capitalize() + "."

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
    title = f"{kind.title()} {i} {title_word()}"
    summary = para(12)
    date = f"2026-{1 + i % 11:02d}-{1 + i % 27:02d}"
    fm = f'title: "{title}"\nsummary: "{summary}"\naudience: [young-people]\nlocality: [blackpool]\ndate: {date}\n'
    if kind == "career":
        fm += f"route: {routes[i % 5]}\nsalary_starter: {18000 + i % 20 * 500}\n"
    text = body(folder, slug)
    open(os.path.join(sp, "content", folder, slug + ".md"), "w").write(f"---\n{fm}---\n{text}")
    open(os.path.join(hu, "content", folder, slug + ".md"), "w").write(f"---\n{fm}---\n{text}")
