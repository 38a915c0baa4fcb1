#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build step: nunjucks code for every source the built-in templates render (file contents, templated
file and folder names, step inputs and resource fragments), compiled by nunjucks in node
(precompile.js), as the table PrecompiledTemplates reads from the resources.

With --module, the same code also as an ES module whose default export maps each "code" KEY to a
function running that code (what `new Function(code)` would make), for qmlcachegen to compile to
bytecode.

Table: b"TNJK1\\n", the entry count, one b"KEY OFFSET LENGTH\\n" per entry (sorted by KEY, the hex SHA-1
of b"KIND\\n" + the UTF-8 source), then the data. Kinds: "code" (the compiler's output) and "single"
(b"1" when the source is a single expression). Without node, or without PyYAML for the manifests,
the table holds what it can (possibly nothing); the run time compiles whatever is missing.
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys

MARKERS = ("${{", "{%", "{#")


def templated(text):
    return any(marker in text for marker in MARKERS)


def skeleton_sources(root):
    """File contents and every trailing part of each path (a fetch:template step may start at any
    folder), with the '/' that marks a folder, and without a .njk extension."""
    sources = set()
    for folder, dirs, files in os.walk(root):
        relative = os.path.relpath(folder, root)
        parts = [] if relative == "." else relative.split(os.sep)
        for name in dirs + files:
            is_dir = name in dirs
            components = parts + [name]
            for start in range(len(components)):
                location = "/".join(components[start:]) + ("/" if is_dir else "")
                for candidate in (location, location[: -len(".njk")] if location.endswith(".njk") else None):
                    if candidate and templated(candidate):
                        sources.add(candidate)
            if is_dir or (name == "template.yaml" and len(parts) == 1):
                continue
            with open(os.path.join(folder, name), "rb") as f:
                data = f.read()
            if b"\0" in data[:512]:
                continue
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                continue
            if templated(text):
                sources.add(text)
    return sources


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def manifest_sources(root):
    try:
        import yaml
    except ImportError:
        print("precompile_templates: no PyYAML; step inputs compile at run time", file=sys.stderr)
        return set()
    sources = set()
    for name in sorted(os.listdir(root)):
        manifest = os.path.join(root, name, "template.yaml")
        if not os.path.isfile(manifest):
            continue
        with open(manifest, encoding="utf-8") as f:
            document = yaml.safe_load(f)
        if not isinstance(document, dict):
            continue
        spec = document.get("spec") or {}
        for step in spec.get("steps") or []:
            if isinstance(step, dict):
                sources.update(s for s in strings([step.get("input"), step.get("if")]) if templated(s))
        tarmac = (document.get("metadata") or {}).get("tarmac") or {}
        sources.update(s for s in strings(tarmac.get("contributes")) if templated(s))
    return sources


def key(kind, source):
    return hashlib.sha1(kind.encode() + b"\n" + source.encode("utf-8")).hexdigest()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--templates", required=True)
    parser.add_argument("--node", default="")
    parser.add_argument("--nunjucks", required=True)
    parser.add_argument("--backstage", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--module", default="")
    args = parser.parse_args()

    entries = {}
    code_keys = []
    if args.node:
        sources = sorted(skeleton_sources(args.templates) | manifest_sources(args.templates))
        script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "precompile.js")
        run = subprocess.run([args.node, script, args.nunjucks, args.backstage], input=json.dumps(sources).encode(),
                             capture_output=True, check=True)
        for source, result in zip(sources, json.loads(run.stdout)):
            if "error" in result:
                continue
            entries[key("code", source)] = result["code"].encode("utf-8")
            entries[key("single", source)] = b"1" if result["single"] else b"0"
            code_keys.append(key("code", source))
            if "dumpSource" in result:
                entries[key("code", result["dumpSource"])] = result["dumpCode"].encode("utf-8")
                code_keys.append(key("code", result["dumpSource"]))

    index = []
    data = bytearray()
    for k in sorted(entries):
        index.append(b"%s %d %d\n" % (k.encode(), len(data), len(entries[k])))
        data += entries[k]
    table = b"TNJK1\n%d\n" % len(index) + b"".join(index) + bytes(data)
    write_if_changed(args.output, table)
    if args.module:
        functions = b"".join(b'"%s": function () {\n%s\n},\n' % (k.encode(), entries[k])
                             for k in sorted(set(code_keys)))
        write_if_changed(args.module, b"export default {\n" + functions + b"};\n")


def write_if_changed(path, content):
    # Unchanged output keeps its time stamp, so the resources are not rebuilt for nothing.
    if os.path.exists(path):
        with open(path, "rb") as f:
            if f.read() == content:
                return
    with open(path, "wb") as f:
        f.write(content)


if __name__ == "__main__":
    main()
