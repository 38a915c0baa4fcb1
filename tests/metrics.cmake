# SPDX-License-Identifier: GPL-3.0-or-later
# Tests for models/metrics and its views; included from tests/CMakeLists.txt.
tarmac_add_test(tst_demodata server/tst_demodata.cpp Qt6::Network)
tarmac_add_test(tst_metricsmodels models/tst_metricsmodels.cpp tarmac_models)
