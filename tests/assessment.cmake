# SPDX-License-Identifier: GPL-3.0-or-later
# Maturity assessments on the platform: the /assessments resource of tarmacd, the client, tarmacctl.
# tst_assessmentsapi also runs under tst_openapi_responses (tests/CMakeLists.txt), which checks its
# responses against api/openapi.yaml.
tarmac_add_test(tst_assessmentsapi integration/tst_assessmentsapi.cpp tarmac_test_postgres tarmac_models)
# The same calls on a real PostgreSQL that the test starts; it fails, never skips, without one.
add_test(NAME tst_assessmentsapi_postgres COMMAND tst_assessmentsapi)
set_tests_properties(tst_assessmentsapi_postgres PROPERTIES ENVIRONMENT "TARMAC_TEST_POSTGRES=1" TIMEOUT 120)
# The client side against a real tarmacd: typed calls, publisher, list model, the Assess page's
# publish and open dialog, tarmacctl assessment publish/list.
tarmac_add_test(tst_assessmentplatform views/tst_assessmentplatform.cpp tarmac_views)
