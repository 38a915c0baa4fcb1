// SPDX-License-Identifier: GPL-3.0-or-later
// Cross-check of expected/ with node and the real nunjucks: scripts/dev exec node tests/models/data/backstage-compat/reference.js
const nunjucks = require('/usr/share/nodejs/nunjucks');
const fs = require('fs');
const env = new nunjucks.Environment([], {autoescape: false, tags: {variableStart: '${{', variableEnd: '}}'}});
env.addFilter('parseEntityRef', (r) => { const [k, rest] = r.split(':'); const [ns, n] = rest.split('/'); return {kind: k, namespace: ns, name: n}; });
const values = {name: 'orders', description: 'A service', owner: 'group:default/team-a', destination: {host: 'github.com', owner: 'acme', repo: 'orders'}, withDocs: true, language: 'python', tags: ['python', 'service'], port: 8080};
const base = '/work/main/tests/models/data/backstage-compat/';
for (const [src, exp] of [['template/skeleton/catalog-info.yaml', 'catalog-info.yaml'], ['template/skeleton/README.md', 'README.md']]) {
  const out = env.renderString(fs.readFileSync(base + src, 'utf-8'), {values});
  const expected = fs.readFileSync(base + 'expected/' + exp, 'utf-8');
  console.log(exp, out === expected ? 'SAME' : 'DIFFERENT\n' + out);
}
const compat = new nunjucks.Environment([], {autoescape: false, tags: {variableStart: '{{', variableEnd: '}}'}});
compat.addFilter('jsonify', compat.getFilter('dump'));
nunjucks.installJinjaCompat();
console.log(compat.renderString(fs.readFileSync(base + 'template/cookiecutter/{{cookiecutter.project_slug}}/README.md', 'utf-8'), {cookiecutter: {project_slug: 'orders-legacy'}}));
