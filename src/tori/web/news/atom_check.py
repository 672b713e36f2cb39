#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
# Parses the news and practice feeds the site serves (written by tori_web_test's NewsPagesTest
# and PracticeFeedTest) with Python's feedparser, a real feed reader's parser, and checks what a
# reader sees: a well-formed Atom 1.0
# feed, its title and links, each entry's title, link, times, author, summary, content and tags.
# Usage: atom_check.py TORI_WEB_TEST OUT_DIR   (exit 77: python3-feedparser is missing)
import os
import subprocess
import sys

try:
    import feedparser
except ImportError:
    print("atom_check: python3-feedparser is not installed (tools/install-deps.sh test)")
    sys.exit(77)


def check_feed(path, title, entries, problems, html_content=True):
    with open(path, "rb") as f:
        parsed = feedparser.parse(f.read())
    name = os.path.basename(path)
    if parsed.bozo:
        problems.append(f"{name}: not well-formed: {parsed.bozo_exception}")
    if parsed.version != "atom10":
        problems.append(f"{name}: version {parsed.version!r}, expected atom10")
    if parsed.feed.get("title") != title:
        problems.append(f"{name}: title {parsed.feed.get('title')!r}")
    if not parsed.feed.get("updated_parsed"):
        problems.append(f"{name}: no feed updated time")
    links = {link.rel: link.href for link in parsed.feed.get("links", [])}
    if not links.get("self", "").endswith(".atom"):
        problems.append(f"{name}: self link {links.get('self')!r}")
    got = [entry.get("link") for entry in parsed.entries]
    if got != entries:
        problems.append(f"{name}: entries {got}, expected {entries}")
    for entry in parsed.entries:
        for field in ("id", "title", "published_parsed", "updated_parsed", "author", "summary"):
            if not entry.get(field):
                problems.append(f"{name}: {entry.get('link')}: no {field}")
        if html_content and "<h2>" not in entry.get("content", [{}])[0].get("value", ""):
            problems.append(f"{name}: {entry.get('link')}: the content is not the body's HTML")
    return parsed


def main(test_program, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    env = dict(os.environ, TORI_ATOM_SAMPLE=out_dir)
    subprocess.run([test_program, "--gtest_filter=NewsPagesTest.WritesFeedsForThePythonCheck:PracticeFeedTest.*"],
                   env=env, check=True, stdout=subprocess.DEVNULL)
    base = "https://tori.example.fi"
    problems = []
    news = check_feed(os.path.join(out_dir, "uutiset.atom"), "Uutiset – Tekojen tori",
                      [f"{base}/uutiset/gaala-2025", f"{base}/uutiset/pa-svenska",
                       f"{base}/uutiset/avattiin"], problems)
    tags = [tag.term for tag in news.entries[0].get("tags", [])] if news.entries else []
    if tags != ["gaala", "kekseliaat-kehittajat"]:
        problems.append(f"uutiset.atom: tags {tags}")
    check_feed(os.path.join(out_dir, "gaala.atom"), "News: Gaala – Tekojen tori",
               [f"{base}/en/uutiset/gaala-2025"], problems)
    check_feed(os.path.join(out_dir, "teot.atom"), "Kehittämisteot – Tekojen tori",
               [f"{base}/teot/kirjaston-omatoimiaukiolo", f"{base}/teot/etatyon-pelisaannot-sopimukset"],
               problems, html_content=False)
    for problem in problems:
        print("atom_check:", problem)
    print("atom_check:", "FAILED" if problems else "3 feeds read by feedparser as expected")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
