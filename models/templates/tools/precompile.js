// SPDX-License-Identifier: GPL-3.0-or-later
// Build step: compiles template sources with Debian's nunjucks in node, through backstage.js's own
// environments (the ones NunjucksEngine renders with), for tools/precompile_templates.py.
//   node precompile.js NUNJUCKS_DIR BACKSTAGE_JS < sources.json > compiled.json
// sources.json is a list of strings; compiled.json has, for each, {code, single, dumpSource, dumpCode}
// or {error} for a source nunjucks cannot compile (left to the run time, which reports it).
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const [nunjucksDir, backstageFile] = process.argv.slice(2);
const nunjucks = require(path.join(nunjucksDir, 'nunjucks'));
const makeApi = vm.runInThisContext(fs.readFileSync(backstageFile, 'utf-8'), { filename: backstageFile });
const api = makeApi(nunjucks, null);

const sources = JSON.parse(fs.readFileSync(0, 'utf-8'));
const results = sources.map((source) => {
    try {
        const compiled = api.precompile(source);
        const result = { code: compiled.code, single: compiled.single };
        if (compiled.dumpSource !== null) {
            result.dumpSource = compiled.dumpSource;
            result.dumpCode = api.precompile(compiled.dumpSource).code;
        }
        return result;
    } catch (error) {
        return { error: String(error.message) };
    }
});
process.stdout.write(JSON.stringify(results));
