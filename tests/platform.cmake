# SPDX-License-Identifier: GPL-3.0-or-later
# Tests for models/platform and its views; included from tests/CMakeLists.txt.

# A real HTTP server that misbehaves on request (delays, drops, bad payloads, TLS), for fault tests.
qt_add_library(tarmac_test_faultyserver STATIC platform/faultyserver.cpp platform/faultyserver.h)
target_include_directories(tarmac_test_faultyserver PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/platform)
target_link_libraries(tarmac_test_faultyserver PUBLIC Qt6::Network PRIVATE tarmac_compile_options)

tarmac_add_test(tst_platformclient models/tst_platformclient.cpp tarmac_models tarmac_test_faultyserver)
tarmac_add_test(tst_deployctl integration/tst_deployctl.cpp tarmac_models tarmac_test_faultyserver)
tarmac_add_test(tst_deploypage views/tst_deploypage.cpp tarmac_views tarmac_test_faultyserver)
tarmac_add_test(tst_platformmodels models/tst_platformmodels.cpp tarmac_models tarmac_test_faultyserver)
