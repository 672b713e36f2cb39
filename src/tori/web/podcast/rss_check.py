#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
# Parses the podcast feed the site serves (written by tori_web_test's
# PodcastPagesTest.WritesTheFeedForThePythonCheck) with Python's feedparser, the parser many
# podcast tools use, and checks what a podcast app sees: a well-formed RSS 2.0 feed with its
# title, self link, image and iTunes tags, and each episode's guid, link, date, enclosure
# (absolute URL, length, type), duration and episode number.
# Usage: rss_check.py TORI_WEB_TEST OUT_DIR   (exit 77: python3-feedparser is missing)
import os
import subprocess
import sys

try:
    import feedparser
except ImportError:
    print("rss_check: python3-feedparser is not installed (tools/install-deps.sh test)")
    sys.exit(77)

BASE = "https://tori.example.fi"


def check_channel(parsed, problems):
    if parsed.bozo:
        problems.append(f"not well-formed: {parsed.bozo_exception}")
    if parsed.version != "rss20":
        problems.append(f"version {parsed.version!r}, expected rss20")
    feed = parsed.feed
    if feed.get("title") != "Torikahvit – Tekojen tori":
        problems.append(f"title {feed.get('title')!r}")
    links = {link.rel: link.href for link in feed.get("links", [])}
    if links.get("self") != f"{BASE}/podcast.rss":
        problems.append(f"self link {links.get('self')!r}")
    if feed.get("image", {}).get("href") != f"{BASE}/static/images/podcast-cover.png":
        problems.append(f"image {feed.get('image')!r}")
    if not feed.get("author"):
        problems.append("no itunes:author")
    if feed.get("itunes_explicit") not in (False, None):
        problems.append(f"explicit {feed.get('itunes_explicit')!r}")
    if not feed.get("tags"):
        problems.append("no itunes:category")


def check_entries(parsed, problems):
    got = [entry.get("link") for entry in parsed.entries]
    expected = [f"{BASE}/podcast/etajohtaminen", f"{BASE}/podcast/torikahvit-1"]
    if got != expected:
        problems.append(f"entries {got}, expected {expected}")
    for entry in parsed.entries:
        name = entry.get("link")
        if not entry.get("id", "").startswith("tori-episode-"):
            problems.append(f"{name}: guid {entry.get('id')!r}")
        if entry.get("guidislink"):
            problems.append(f"{name}: the guid is taken for a link")
        for field in ("title", "published_parsed", "summary", "itunes_duration"):
            if not entry.get(field):
                problems.append(f"{name}: no {field}")
        enclosures = entry.get("enclosures", [])
        if len(enclosures) != 1:
            problems.append(f"{name}: {len(enclosures)} enclosures")
            continue
        enclosure = enclosures[0]
        if not enclosure.get("href", "").startswith(f"{BASE}/media/"):
            problems.append(f"{name}: enclosure {enclosure.get('href')!r}")
        if not enclosure.get("type", "").startswith("audio/") or not enclosure.get("length"):
            problems.append(f"{name}: enclosure type or length {enclosure!r}")
    first = parsed.entries[-1] if parsed.entries else {}
    if first.get("itunes_duration") != "1745" or first.get("itunes_episode") != "1":
        problems.append(f"torikahvit-1: duration {first.get('itunes_duration')!r}, "
                        f"episode {first.get('itunes_episode')!r}")


def main(test_program, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    env = dict(os.environ, TORI_RSS_SAMPLE=out_dir)
    subprocess.run([test_program, "--gtest_filter=PodcastPagesTest.WritesTheFeedForThePythonCheck"],
                   env=env, check=True, stdout=subprocess.DEVNULL)
    with open(os.path.join(out_dir, "podcast.rss"), "rb") as f:
        parsed = feedparser.parse(f.read())
    problems = []
    check_channel(parsed, problems)
    check_entries(parsed, problems)
    for problem in problems:
        print("rss_check:", problem)
    print("rss_check:", "FAILED" if problems else "the podcast feed read by feedparser as expected")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
