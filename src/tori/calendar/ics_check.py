#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
# Parses a calendar written by ics_calendar with Python's icalendar (another real parser) and
# checks what a calendar app reads from it: two events at 9.00 Helsinki time on the days of both
# daylight saving changes of 2027, their texts and places.
# Usage: ics_check.py TORI_CALENDAR_TEST OUT_DIR   (exit 77: python3-icalendar is missing)
import datetime
import os
import subprocess
import sys

try:
    import icalendar
except ImportError:
    print("ics_check: python3-icalendar is not installed (tools/install-deps.sh test)")
    sys.exit(77)


def main(test_program, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    sample = os.path.join(out_dir, "sample.ics")
    env = dict(os.environ, TORI_ICS_SAMPLE=sample)
    subprocess.run([test_program, "--gtest_filter=IcsCalendar.WritesASampleForThePythonCheck"],
                   env=env, check=True, stdout=subprocess.DEVNULL)
    with open(sample, "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    problems = []
    if len(events) != 2:
        problems.append(f"{len(events)} events, expected 2")
    expected = [(datetime.datetime(2027, 3, 28, 6, 0, tzinfo=datetime.timezone.utc), "Tampere-talo"),
                (datetime.datetime(2027, 10, 31, 7, 0, tzinfo=datetime.timezone.utc), "Etätilaisuus")]
    for event, (start, place) in zip(events, expected):
        got = event.decoded("DTSTART")
        if got.tzinfo is None or got.astimezone(datetime.timezone.utc) != start:
            problems.append(f"DTSTART {got!r}, expected {start} (UTC)")
        if not str(event.get("LOCATION")).startswith(place):
            problems.append(f"LOCATION {event.get('LOCATION')!r}, expected {place}…")
        if str(event.get("DTSTART").params.get("TZID")) != "Europe/Helsinki":
            problems.append("DTSTART without TZID=Europe/Helsinki")
    lead = str(events[0].get("DESCRIPTION")) if events else ""
    if '\\ ja "lainaus"' not in lead:
        problems.append(f"DESCRIPTION not unescaped as written: {lead!r}")
    for problem in problems:
        print("ics_check:", problem)
    print(f"ics_check: {len(events)} events parsed, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
