// SPDX-License-Identifier: GPL-3.0-or-later
// A CommonJS require() just large enough for Debian's nunjucks files, which the build compiles into
// the resource folder :/nunjucks. Supplied by C++: `readSource(path)` returns a file's text or null,
// `exists(path)` whether there is such a file, and `compiledModule(path)` the function the build
// compiled for that file (the body `new Function` would make here from the text) or null. The node
// built-ins nunjucks touches are stubbed: nothing here reaches the file system.
(function (readSource, compiledModule, exists) {
    'use strict';
    function EventEmitter() {}
    EventEmitter.prototype.on = function () { return this; };
    EventEmitter.prototype.emit = function () { return false; };
    function dirname(p) {
        var i = p.lastIndexOf('/');
        return i < 0 ? '.' : p.slice(0, i);
    }
    function normalize(p) {
        var out = [];
        p.split('/').forEach(function (part) {
            if (part === '..')
                out.pop();
            else if (part !== '.' && part !== '')
                out.push(part);
        });
        return out.join('/');
    }
    var builtins = {
        fs: {},
        chokidar: {},
        path: {
            sep: '/',
            dirname: dirname,
            basename: function (p) { return p.slice(p.lastIndexOf('/') + 1); },
            extname: function (p) { var m = /\.[^./]*$/.exec(p); return m ? m[0] : ''; },
            join: function () { return normalize(Array.prototype.join.call(arguments, '/')); },
            resolve: function () { return '/' + normalize(Array.prototype.join.call(arguments, '/')); }
        },
        events: EventEmitter,
        // Only used for asynchronous callbacks; Tarmac renders synchronously.
        asap: function (task) { task(); }
    };
    var modules = {};
    var found = {}; // file -> whether it exists, as resolving found out
    var process = { env: {}, nextTick: function (f) { f(); }, platform: 'tarmac' };
    function setImmediate(f) { f(); }

    // nunjucks' TemplateError redefines an Error's own `stack`, which QJSEngine refuses with a
    // TypeError that would hide every template error. The same error, minus the stack getter;
    // installed before the other modules copy it.
    function patchTemplateError(lib) {
        var Original = lib.TemplateError;
        function TemplateError(message, lineno, colno) {
            var cause;
            if (message instanceof Error) {
                cause = message;
                message = cause.name + ': ' + cause.message;
            }
            var err = new Error(message);
            Object.setPrototypeOf(err, TemplateError.prototype);
            try { Object.defineProperty(err, 'name', { value: 'Template render error' }); } catch (e) {}
            try { Object.defineProperty(err, 'cause', { value: cause }); } catch (e) {}
            err.lineno = lineno;
            err.colno = colno;
            err.firstUpdate = true;
            err.Update = function Update(path) {
                var msg = '(' + (path || 'unknown path') + ')';
                if (this.firstUpdate) {
                    if (this.lineno && this.colno)
                        msg += ' [Line ' + this.lineno + ', Column ' + this.colno + ']';
                    else if (this.lineno)
                        msg += ' [Line ' + this.lineno + ']';
                }
                msg += '\n ';
                if (this.firstUpdate)
                    msg += ' ';
                this.message = msg + (this.message || '');
                this.firstUpdate = false;
                return this;
            };
            return err;
        }
        TemplateError.prototype = Original.prototype;
        lib.TemplateError = TemplateError;
    }

    function load(file) {
        if (modules[file])
            return modules[file].exports;
        // The text is only read (and decompressed) when the build compiled nothing for the file.
        var fn = compiledModule(file);
        if (!fn) {
            var source = readSource(file);
            if (source === null)
                return undefined;
            fn = new Function('module', 'exports', 'require', 'process', 'setImmediate', source);
        }
        var module = { exports: {}, id: file };
        modules[file] = module;
        fn.call(module.exports, module, module.exports, requireFrom(file), process, setImmediate);
        if (file === 'nunjucks/src/lib.js')
            patchTemplateError(module.exports);
        return module.exports;
    }

    function resolve(name, from) {
        var base = name.charAt(0) === '.' ? normalize(dirname(from) + '/' + name) : normalize(name);
        var candidates = [base, base + '.js', base + '/index.js'];
        if (name.charAt(0) !== '.')
            candidates.push('nunjucks/node_modules/' + base + '/index.js');
        for (var i = 0; i < candidates.length; ++i) {
            if (modules[candidates[i]])
                return candidates[i];
            if (found[candidates[i]] === undefined)
                found[candidates[i]] = exists(candidates[i]);
            if (found[candidates[i]])
                return candidates[i];
        }
        throw new Error("Cannot find module '" + name + "' from '" + from + "'");
    }

    // The template compiler and what only it uses: rendering a precompiled template needs none of
    // them, so they are read and run on first use instead of when nunjucks loads. The `require`
    // answers a stand-in that loads the module when it is first touched.
    var lazy = /\/(compiler|parser|lexer|nodes|transformer|jinja-compat|precompile)\.js$/;
    function deferred(file) {
        var handler = {};
        ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'set', 'defineProperty', 'deleteProperty']
            .forEach(function (trap) {
                handler[trap] = function (target) {
                    var args = Array.prototype.slice.call(arguments, 1);
                    return Reflect[trap].apply(null, [load(file)].concat(args));
                };
            });
        handler.apply = function (target, self, args) { return Reflect.apply(load(file), self, args); };
        // An arrow function as the target, so that a module exporting a function (jinja-compat)
        // can be called through its stand-in.
        return new Proxy(() => {}, handler);
    }

    function requireFrom(from) {
        return function (name) {
            if (Object.prototype.hasOwnProperty.call(builtins, name))
                return builtins[name];
            var file = resolve(name, from);
            return modules[file] || !lazy.test(file) ? load(file) : deferred(file);
        };
    }
    var require = requireFrom('');
    // Which modules have run, for the tests that check the compiler stays unloaded.
    require.loadedModules = function () { return Object.keys(modules); };
    return require;
})
