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

# Platform connections: the list model, and the dialog in the real window against two real tarmacds.
tarmac_add_test(tst_platformconnections models/tst_platformconnections.cpp tarmac_models)
# Run here with no session bus (no keychain: the session-only path) and, as tst_connectionsdialog_keychain,
# under a session bus with a gnome-keyring of its own (the token goes to the real keychain).
tarmac_add_test(tst_connectionsdialog views/tst_connectionsdialog.cpp tarmac_app tarmac_test_faultyserver)
if(TARMAC_DBUS_RUN_SESSION AND TARMAC_GNOME_KEYRING)
    add_test(NAME tst_connectionsdialog_keychain
        COMMAND ${TARMAC_DBUS_RUN_SESSION} -- sh -c
            "export HOME=$(mktemp -d) XDG_DATA_HOME= XDG_RUNTIME_DIR=; echo -n unlock | ${TARMAC_GNOME_KEYRING} --unlock --components=secrets >/dev/null && exec $<TARGET_FILE:tst_connectionsdialog>")
    set_tests_properties(tst_connectionsdialog_keychain PROPERTIES
        ENVIRONMENT "TARMAC_TEST_KEYCHAIN=1;TARMAC_KEYCHAIN_SERVICE=Tarmac test token;QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.qpa.*=false"
        TIMEOUT 180)
endif()

# Desktop notifications: tst_deploypage's notification case under a session bus of its own, where the
# test registers a small org.freedesktop.Notifications receiver in place of the desktop's daemon.
find_package(Qt6 QUIET COMPONENTS DBus)
if(TARGET Qt6::DBus)
    target_link_libraries(tst_deploypage PRIVATE Qt6::DBus)
    target_compile_definitions(tst_deploypage PRIVATE TARMAC_TEST_DBUS)
    if(TARMAC_DBUS_RUN_SESSION)
        add_test(NAME tst_deploynotifications
            COMMAND ${TARMAC_DBUS_RUN_SESSION} -- $<TARGET_FILE:tst_deploypage> notifiesTheDesktopWhenADeploymentEnds)
        set_tests_properties(tst_deploynotifications PROPERTIES
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.qpa.*=false" TIMEOUT 120)
    endif()
endif()
