# SPDX-License-Identifier: GPL-3.0-or-later
# Build step: a script as an ES module whose default export qmlcachegen can compile ahead of time.
#   cmake -DINPUT=file.js -DOUTPUT=file.mjs -DKIND=commonjs|expression -P es_module.cmake
# commonjs: the file's body becomes `function (module, exports, require, process, setImmediate)`,
# the function commonjs.js would otherwise build with `new Function`. expression: the file is one
# function expression (commonjs.js, backstage.js) and becomes the default export as it is.
file(READ "${INPUT}" body)
if(KIND STREQUAL "commonjs")
    set(body "export default function (module, exports, require, process, setImmediate) {\n${body}\n}\n")
elseif(KIND STREQUAL "expression")
    set(body "export default ${body}\n")
else()
    message(FATAL_ERROR "es_module.cmake: KIND must be commonjs or expression, not '${KIND}'")
endif()
file(WRITE "${OUTPUT}" "${body}")
