// SPDX-License-Identifier: GPL-3.0-or-later
// The rendering side of Backstage's SecureTemplater (plugins/scaffolder-backend, templating/
// SecureTemplater.ts) and its default filters (createDefaultFilters), over Debian's nunjucks.
// Called with the nunjucks module and `precompiled(kind, source)`, which answers the code the build
// compiled for a source ('code': as a function running it, or as text) and whether it is a single
// expression ('single'), or null; returns
// the functions NunjucksEngine calls. The build runs this file in node to precompile the built-in
// templates (precompile below), so the environments are set up in this one place.
(function (nunjucks, precompiled) {
    'use strict';
    function config(variableStart, throwOnUndefined) {
        return { autoescape: false, throwOnUndefined: throwOnUndefined,
                 tags: { variableStart: variableStart, variableEnd: '}}' } };
    }
    var env = new nunjucks.Environment([], config('${{', false));
    // Linting (strict) and cookiecutterCompat templates are rare: their environments are made on
    // first use, which spares every engine start setting them up.
    var strictEnv;
    var compatEnv;
    function strictEnvironment() {
        if (!strictEnv) {
            strictEnv = new nunjucks.Environment([], config('${{', true));
            Object.keys(filters).forEach(function (name) { strictEnv.addFilter(name, env.getFilter(name)); });
        }
        return strictEnv;
    }
    function compatEnvironment() {
        if (!compatEnv) {
            compatEnv = new nunjucks.Environment([], config('{{', false));
            compatEnv.addFilter('jsonify', compatEnv.getFilter('dump'));
        }
        return compatEnv;
    }

    function splitParams(query) {
        var params = {};
        query.split('&').forEach(function (pair) {
            if (pair === '')
                return;
            var eq = pair.indexOf('=');
            var key = eq < 0 ? pair : pair.slice(0, eq);
            var value = eq < 0 ? '' : pair.slice(eq + 1);
            key = decodeURIComponent(key.replace(/\+/g, ' '));
            if (!Object.prototype.hasOwnProperty.call(params, key))
                params[key] = decodeURIComponent(value.replace(/\+/g, ' '));
        });
        return params;
    }
    // Backstage resolves the host against the configured SCM integrations; offline, the host name
    // decides (github.com and GitHub Enterprise hosts alike need owner and repo).
    function integrationType(host) {
        if (host.indexOf('gitlab') >= 0) return 'gitlab';
        if (host.indexOf('bitbucket') >= 0) return 'bitbucket';
        if (host === 'dev.azure.com' || host.indexOf('visualstudio.com') >= 0) return 'azure';
        if (host.indexOf('gitea') >= 0) return 'gitea';
        if (host.indexOf('gerrit') >= 0) return 'gerrit';
        return 'github';
    }
    function parseRepoUrl(repoUrl) {
        var text = 'https://' + repoUrl;
        var rest = text.slice(8).split('#')[0];
        var q = rest.indexOf('?');
        var authority = (q < 0 ? rest : rest.slice(0, q)).split('/')[0];
        var at = authority.lastIndexOf('@');
        var host = (at < 0 ? authority : authority.slice(at + 1)).toLowerCase();
        if (host === '' || /[\s<>\\^`{|}]/.test(host))
            throw new Error('Invalid repo URL passed to publisher, got ' + repoUrl + ', TypeError: Invalid URL');
        var params = splitParams(q < 0 ? '' : rest.slice(q + 1));
        var type = integrationType(host);
        function require() {
            for (var i = 0; i < arguments.length; ++i) {
                if (!params[arguments[i]])
                    throw new Error('Invalid repo URL passed to publisher: ' + text + ', missing ' + arguments[i]);
            }
        }
        if (type === 'bitbucket') {
            if (host === 'www.bitbucket.org')
                require('workspace');
            require('project', 'repo');
        } else if (type === 'azure') {
            require('project', 'repo');
        } else if (type === 'gitlab') {
            if (!params.project)
                require('owner', 'repo');
        } else if (type === 'gitea' || type === 'gerrit') {
            require('repo');
        } else {
            require('repo', 'owner');
        }
        return { host: host, owner: params.owner, repo: params.repo, organization: params.organization,
                 workspace: params.workspace, project: params.project };
    }
    function parseEntityRef(ref, context) {
        if (!ref)
            throw new Error('Entity reference must not be empty');
        var defaultKind = context && context.defaultKind;
        var defaultNamespace = (context && context.defaultNamespace) || 'default';
        var kind, namespace, name;
        if (typeof ref === 'string') {
            var colon = ref.indexOf(':');
            var slash = ref.indexOf('/');
            if (slash !== -1 && slash < colon)
                colon = -1;
            var k = colon === -1 ? undefined : ref.slice(0, colon);
            var ns = slash === -1 ? undefined : ref.slice(colon + 1, slash);
            var n = ref.slice(Math.max(colon + 1, slash + 1));
            if (k === '' || ns === '' || n === '')
                throw new TypeError('Entity reference "' + ref + '" was not on the form [<kind>:][<namespace>/]<name>');
            kind = k !== undefined ? k : defaultKind;
            namespace = ns !== undefined ? ns : defaultNamespace;
            name = n;
        } else {
            kind = ref.kind !== undefined ? ref.kind : defaultKind;
            namespace = ref.namespace !== undefined ? ref.namespace : defaultNamespace;
            name = ref.name;
        }
        if (!kind)
            throw new Error('Entity reference "' + namespace + '/' + name
                            + '" had missing or empty kind (e.g. did not start with "component:" or similar)');
        if (!namespace)
            throw new Error('Entity reference "' + kind + ':' + namespace + '/' + name + '" had missing or empty namespace');
        if (!name)
            throw new Error('Entity reference "' + kind + ':' + namespace + '/' + name + '" had missing or empty name');
        return { kind: kind, namespace: namespace, name: name };
    }
    // lodash.get
    function pick(obj, key) {
        if (obj === null || obj === undefined)
            return undefined;
        var parts = Array.isArray(key) ? key : String(key).replace(/\[(?:'([^']*)'|"([^"]*)"|([^\]]*))\]/g,
            function (m, a, b, c) { return '.' + (a !== undefined ? a : b !== undefined ? b : c); }).split('.');
        if (parts[0] === '')
            parts.shift();
        var value = obj;
        for (var i = 0; i < parts.length; ++i) {
            if (value === null || value === undefined)
                return undefined;
            value = value[parts[i]];
        }
        return value;
    }
    var filters = {
        parseRepoUrl: parseRepoUrl,
        parseEntityRef: parseEntityRef,
        pick: pick,
        projectSlug: function (repoUrl) {
            var parsed = parseRepoUrl(repoUrl);
            return parsed.owner + '/' + parsed.repo;
        }
    };
    // Backstage runs its filters outside the sandbox: arguments and results cross as JSON.
    Object.keys(filters).forEach(function (name) {
        var filter = function () {
            var args = JSON.parse(JSON.stringify(Array.prototype.slice.call(arguments)));
            var result = JSON.stringify(filters[name].apply(null, args));
            return result === undefined ? undefined : JSON.parse(result);
        };
        env.addFilter(name, filter);
    });

    var caches = { normal: {}, strict: {}, compat: {} };
    var cacheSize = 0;
    var uninstallCompat;
    var context = {};
    // Built-in templates come compiled by the build; anything else is compiled here, with the same
    // compiler and options, so the code is the same either way.
    function newTemplate(kind, environment, source) {
        var code = precompiled && kind === 'normal' ? precompiled('code', source) : null;
        if (typeof code === 'string') // what Template#_compile does with the compiler's output
            code = new Function(code);
        if (typeof code === 'function')
            return new nunjucks.Template({ type: 'code', obj: code() }, environment, undefined, true);
        return new nunjucks.Template(source, environment, undefined, true);
    }
    function compiled(kind, environment, source) {
        var cache = caches[kind];
        var template = cache[source];
        if (template === undefined) {
            if (cacheSize > 4000) {
                caches = { normal: {}, strict: {}, compat: {} };
                cache = caches[kind];
                cacheSize = 0;
            }
            template = newTemplate(kind, environment, source);
            cache[source] = template;
            ++cacheSize;
        }
        return template;
    }
    // `secrets.NAME` for any NAME: the expression that names the secret, never a value.
    var secretReferenceProxy = new Proxy({}, {
        get: function (target, name) {
            return typeof name === 'string' ? '${{ secrets.' + name + ' }}' : undefined;
        },
        has: function (target, name) { return typeof name === 'string'; }
    });
    // NunjucksWorkflowRunner's isSingleTemplateString
    function isSingleExpression(source) {
        var known = precompiled ? precompiled('single', source) : null;
        if (typeof known === 'boolean')
            return known;
        var parsed = nunjucks.parser.parse(source, {}, config('${{', false));
        return parsed.children.length === 1
            && !(parsed.children[0].children && parsed.children[0].children[0] instanceof nunjucks.nodes.TemplateData);
    }
    // NunjucksWorkflowRunner renders a lone expression through `| dump` to keep its JSON type.
    function dumpSource(source) {
        return source.replace(/\$\{\{(.*)\}\}/g, '${{ ($1) | dump }}');
    }
    function render(source, mode) {
        try {
            if (mode === 2) {
                if (!uninstallCompat)
                    uninstallCompat = nunjucks.installJinjaCompat();
                return compiled('compat', compatEnvironment(), source).render(context);
            }
            if (uninstallCompat) {
                uninstallCompat();
                uninstallCompat = undefined;
            }
            return compiled(mode === 1 ? 'strict' : 'normal', mode === 1 ? strictEnvironment() : env, source)
                .render(context);
        } catch (error) {
            // Only the message crosses over, as in Backstage: no stack, no values.
            throw new Error(String(error.message));
        }
    }
    return {
        setContext: function (json, secretReferences) {
            context = JSON.parse(json);
            if (secretReferences)
                context.secrets = secretReferenceProxy;
        },
        // mode: 0 Backstage, 1 Backstage with undefined variables as errors, 2 cookiecutterCompat
        render: render,
        renderDumped: function (source) { return render(dumpSource(source), 0); },
        isSingleExpression: isSingleExpression,
        filterNames: function () { return Object.keys(env.filters); },
        clearCache: function () { caches = { normal: {}, strict: {}, compat: {} }; cacheSize = 0; },
        // For the build: what precompiled() answers for a source of a Backstage-mode template, and
        // the `| dump` form of a single expression, which a render also needs.
        precompile: function (source) {
            var single = isSingleExpression(source);
            return { code: nunjucks.compiler.compile(source, env.asyncFilters, env.extensionsList, undefined, env.opts),
                     single: single, dumpSource: single ? dumpSource(source) : null };
        }
    };
})
