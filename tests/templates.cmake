# SPDX-License-Identifier: GPL-3.0-or-later
# Templates on the platform: the /templates resource of tarmacd, tarmacctl templates publish, and the
# workbench catalog's platform source. tst_templatesapi also runs under tst_openapi_responses
# (tests/CMakeLists.txt), which checks its responses against api/openapi.yaml.
tarmac_add_test(tst_templatesapi integration/tst_templatesapi.cpp tarmac_test_postgres tarmac_models)
# The same calls on a real PostgreSQL that the test starts; it fails, never skips, without one.
add_test(NAME tst_templatesapi_postgres COMMAND tst_templatesapi)
set_tests_properties(tst_templatesapi_postgres PROPERTIES ENVIRONMENT "TARMAC_TEST_POSTGRES=1" TIMEOUT 120)
# tarmacctl templates publish and list --platform against a real tarmacd.
tarmac_add_test(tst_templatepublishctl integration/tst_templatepublishctl.cpp Qt6::Core)
# The Compose page's catalog with the platform as a source: two real tarmacds, one taken down.
tarmac_add_test(tst_platformtemplates views/tst_platformtemplates.cpp tarmac_views)
