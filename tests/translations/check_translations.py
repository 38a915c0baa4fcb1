#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks Qt Linguist files: every message is translated (none unfinished, empty or vanished), and
every translation keeps the placeholders of its source (%1, %2, %n), so that no .arg() loses a value.
Usage: check_translations.py FILE.ts...  Prints one line per problem as FILE: context: "source": why."""
import re
import sys
import xml.etree.ElementTree as ElementTree

PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")


def problems(path):
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            where = f'{path}: {name}: "{source[:60]}"'
            if translation is None:
                yield f"{where}: no translation"
                continue
            kind = translation.get("type")
            if kind in ("unfinished", "vanished", "obsolete"):
                yield f"{where}: {kind}"
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
            expected = set(PLACEHOLDER.findall(source))
            for text in texts:
                if not text.strip():
                    yield f"{where}: empty translation"
                    continue
                # A plural form may spell the number out ("one file"): %n is optional there.
                missing = expected - set(PLACEHOLDER.findall(text)) - ({"%n"} if forms else set())
                if missing:
                    yield f"{where}: the translation drops {', '.join(sorted(missing))}"


def main():
    found = [problem for path in sys.argv[1:] for problem in problems(path)]
    for problem in found:
        print(problem)
    print(f"{len(found)} problem(s) in {len(sys.argv) - 1} file(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
