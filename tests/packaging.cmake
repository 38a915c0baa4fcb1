# SPDX-License-Identifier: GPL-3.0-or-later
# --- packaging (packaging/) ---

# The .deb, built with CPack, installed with its dependencies into a clean Debian 13 root, and run
# there: tarmac and tarmacctl --version, the example composition, the workbench with its local
# platform, tarmacd started as its systemd unit says and asked for its health. Needs real root
# (mmdebstrap --mode=root); skipped, with the reason, otherwise.
if(UNIX AND NOT APPLE)
    add_test(NAME deb_installs_into_clean_debian
        COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/packaging/deb_install.sh ${PROJECT_BINARY_DIR} ${PROJECT_VERSION})
    set_tests_properties(deb_installs_into_clean_debian PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 900)
endif()

# --- desktop integration ---
tarmac_add_test(tst_welcome views/tst_welcome.cpp tarmac_app)
