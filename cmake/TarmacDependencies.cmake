# SPDX-License-Identifier: GPL-3.0-or-later
# Every library Tarmac builds on, in one place: the build includes it, and scripts/dev configures it
# alone (cmake/probe) to decide whether the host has them all.

# 6.8: Qt HttpServer's missing-request handler and QHttpHeaders API (the earlier API differs).
find_package(Qt6 6.8 REQUIRED COMPONENTS
    Core Gui Widgets Network Charts Svg PrintSupport Test HttpServer Sql Qml LinguistTools)
find_package(KF6SyntaxHighlighting REQUIRED)
find_package(KF6ItemModels REQUIRED)
find_package(yaml-cpp REQUIRED)
find_package(Qt6Keychain REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBGIT2 REQUIRED IMPORTED_TARGET libgit2)
pkg_check_modules(GRAPHVIZ REQUIRED IMPORTED_TARGET libgvc libcgraph)

# nunjucks, the template engine Backstage uses, as the plain CommonJS files Debian's node-nunjucks
# installs; the workbench loads them into QJSEngine at run time.
find_path(TARMAC_NUNJUCKS_DIR NAMES nunjucks/index.js
    PATHS /usr/share/nodejs /usr/lib/node_modules /usr/local/lib/node_modules /usr/share/javascript
    NO_DEFAULT_PATH)
if(NOT TARMAC_NUNJUCKS_DIR)
    message(FATAL_ERROR "nunjucks not found: install Debian's node-nunjucks (or set TARMAC_NUNJUCKS_DIR to "
        "the folder holding nunjucks/index.js)")
endif()
