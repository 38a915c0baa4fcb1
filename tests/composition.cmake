# SPDX-License-Identifier: GPL-3.0-or-later
# Tests for models/composition and its views; included from tests/CMakeLists.txt.
tarmac_add_test(tst_compositionfile models/tst_compositionfile.cpp tarmac_models)
tarmac_add_test(tst_compositiondocument models/tst_compositiondocument.cpp tarmac_models)
tarmac_add_test(tst_bundle models/tst_bundle.cpp tarmac_models)
tarmac_add_test(tst_overrides models/tst_overrides.cpp tarmac_models)
tarmac_add_test(tst_compositioncanvas views/tst_compositioncanvas.cpp tarmac_views)
tarmac_add_test(tst_drift models/tst_drift.cpp tarmac_models)
tarmac_add_test(tst_servicerepository models/tst_servicerepository.cpp tarmac_models)
tarmac_add_test(tst_composectl integration/tst_composectl.cpp Qt6::Core)
