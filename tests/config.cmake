# SPDX-License-Identifier: GPL-3.0-or-later
# Tests for models/config and its views; included from tests/CMakeLists.txt.
tarmac_add_test(tst_configdiagnostics models/tst_configdiagnostics.cpp tarmac_models)
tarmac_add_test(tst_configeditor views/tst_configeditor.cpp tarmac_views)
# Benchmarks: built with the project, never run by ctest.
add_subdirectory(bench/config)
