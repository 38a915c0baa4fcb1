#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks api/openapi.yaml against itself and against a real tarmacd.

--lint: the document is a valid OpenAPI 3.1 document (openapi-spec-validator).
--run TEST (repeatable): runs each platform API integration test TEST with TARMAC_RESPONSE_LOG set,
then checks every response they recorded: its path and method are in the contract (or it is a documented 404/405
error), its status is documented for that operation, and its JSON body validates against the
documented schema (JSON Schema 2020-12, as OpenAPI 3.1 uses).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

import yaml
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate


def resolve(spec, node):
    while isinstance(node, dict) and "$ref" in node:
        path = node["$ref"].lstrip("#/").split("/")
        node = spec
        for part in path:
            node = node[part]
    return node


def schema_validator(spec, schema):
    # The schema is checked inside the whole document, so that its #/components refs resolve.
    root = {key: value for key, value in spec.items() if key != "paths"}
    root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    root["x-checked"] = schema
    root["$ref"] = "#/x-checked"
    return Draft202012Validator(root)


def check(spec, entries):
    templates = [(re.compile("^/api/v1" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$"), path) for path in spec["paths"]]
    error_schema = {"$ref": "#/components/schemas/Error"}
    problems = []
    covered = set()
    for entry in entries:
        method = entry["method"].lower()
        where = f'{entry["method"]} {entry["path"]} -> {entry["status"]}'
        matches = [path for expression, path in templates if expression.match(entry["path"])]
        operation = None
        for path in matches:
            operation = spec["paths"][path].get(method)
            if operation:
                covered.add((method, path))
                break
        if operation is None:
            # Not in the contract: only the documented 404 (no route) or 405 (other method) may answer.
            if entry["status"] not in (401, 404, 405):
                problems.append(f"{where}: not in the contract")
                continue
            schema = error_schema
        else:
            response = operation["responses"].get(str(entry["status"])) or operation["responses"].get("default")
            if response is None:
                problems.append(f"{where}: status not documented for {operation['operationId']}")
                continue
            response = resolve(spec, response)
            content_type = entry["contentType"].split(";")[0].strip()
            content = response.get("content", {})
            if content_type not in content:
                problems.append(f"{where}: content type {content_type!r} not documented")
                continue
            schema = content[content_type].get("schema", {})
        if not entry["contentType"].startswith("application/json"):
            continue
        try:
            body = json.loads(entry["body"])
        except ValueError as error:
            problems.append(f"{where}: body is not JSON: {error}")
            continue
        for error in sorted(schema_validator(spec, schema).iter_errors(body), key=lambda e: e.path):
            problems.append(f"{where}: {'/'.join(map(str, error.path))}: {error.message}")
    return problems, covered


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--spec", required=True)
    parser.add_argument("--lint", action="store_true")
    parser.add_argument("--run", action="append")
    arguments = parser.parse_args()
    with open(arguments.spec, encoding="utf-8") as file:
        spec = yaml.safe_load(file)
    validate(spec)
    print(f"{arguments.spec}: a valid OpenAPI {spec['openapi']} document")
    if not arguments.run:
        return 0
    with tempfile.TemporaryDirectory() as folder:
        log = os.path.join(folder, "responses.jsonl")
        environment = dict(os.environ, TARMAC_RESPONSE_LOG=log)
        for test in arguments.run:
            result = subprocess.run([test], env=environment)
            if result.returncode != 0:
                print(f"{test} failed with status {result.returncode}")
                return 1
        with open(log, encoding="utf-8") as file:
            entries = [json.loads(line) for line in file if line.strip()]
    problems, covered = check(spec, entries)
    operations = {(method, path) for path, item in spec["paths"].items() for method in item
                  if method in ("get", "post", "put", "patch", "delete")}
    print(f"checked {len(entries)} responses; {len(covered)} of {len(operations)} operations exercised")
    for method, path in sorted(operations - covered):
        print(f"  not exercised: {method.upper()} {path}")
    for problem in problems:
        print("MISMATCH:", problem)
    return 1 if problems or not entries else 0


if __name__ == "__main__":
    sys.exit(main())
