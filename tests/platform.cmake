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
# The same models test under a session bus with a gnome-keyring of its own: the real keychain path.
find_program(TARMAC_DBUS_RUN_SESSION dbus-run-session)
find_program(TARMAC_GNOME_KEYRING gnome-keyring-daemon)
if(TARMAC_DBUS_RUN_SESSION AND TARMAC_GNOME_KEYRING)
    add_test(NAME tst_platformkeychain
        COMMAND ${TARMAC_DBUS_RUN_SESSION} -- sh -c
            "export HOME=$(mktemp -d) XDG_DATA_HOME= XDG_RUNTIME_DIR=; echo -n unlock | ${TARMAC_GNOME_KEYRING} --unlock --components=secrets >/dev/null && exec $<TARGET_FILE:tst_platformmodels> keychainRoundTrip")
    set_tests_properties(tst_platformkeychain PROPERTIES
        ENVIRONMENT "TARMAC_TEST_KEYCHAIN=1;TARMAC_KEYCHAIN_SERVICE=Tarmac test token;QT_QPA_PLATFORM=offscreen"
        TIMEOUT 120)
endif()
