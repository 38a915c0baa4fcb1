#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a cookiecutter template equivalent to Tarmac's go-http-service golden path: the same
skeleton files (the service's and the shared platform files) with Backstage's nunjucks syntax
turned into cookiecutter's Jinja2 (`${{ values.x }}` -> `{{ cookiecutter.x }}`, `| dump` ->
`| tojson`). Same files, same templating work, for a side-by-side benchmark."""
import json
import os
import re
import shutil
import sys

root = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..', 'resources', 'templates'))
out = sys.argv[1]
shutil.rmtree(out, ignore_errors=True)
target = os.path.join(out, '{{cookiecutter.name}}')
os.makedirs(target)


def convert(text):
    text = text.replace('${{', '{{')
    text = re.sub(r'\bvalues\.', 'cookiecutter.', text)
    # A list in cookiecutter.json is a choice; private (underscore) variables pass through as data.
    text = text.replace('cookiecutter.resources', 'cookiecutter._resources')
    text = text.replace('| dump', '| tojson')
    text = re.sub(r'\| projectSlug', '', text)
    text = re.sub(r'\.length\b', ' | length', text)
    return text


for skeleton in ('go-http-service/skeleton', '_shared/service'):
    base = os.path.join(root, skeleton)
    for folder, _, files in os.walk(base):
        for name in files:
            source = os.path.join(folder, name)
            dest = os.path.join(target, os.path.relpath(source, base))
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            with open(source, encoding='utf-8') as f:
                text = f.read()
            with open(dest, 'w', encoding='utf-8') as f:
                f.write(convert(text))

context = {
    'name': 'orders', 'description': 'An HTTP API written in Go', 'owner': 'group:team-a', 'system': 'shop',
    'lifecycle': 'experimental', 'port': 8080, 'replicas': 2, 'exposeMetrics': True, 'repoUrl': '',
    'language': 'go', 'languageVersion': '1.24', 'buildCommand': 'go build ./...', 'testCommand': 'go test ./...',
    'runCommand': 'go run .', 'templateName': 'go-http-service', 'templateVersion': '1.0.0', '_resources': [],
}
with open(os.path.join(out, 'cookiecutter.json'), 'w', encoding='utf-8') as f:
    json.dump(context, f, indent=2)
