# SPDX-License-Identifier: GPL-3.0-or-later
# Tests for models/metrics and its views; included from tests/CMakeLists.txt.
tarmac_add_test(tst_demodata server/tst_demodata.cpp Qt6::Network)
tarmac_add_test(tst_doraworkers integration/tst_doraworkers.cpp Qt6::Network)
# It writes a history of 30,000 deployments first.
set_tests_properties(tst_doraworkers PROPERTIES TIMEOUT 300)
tarmac_add_test(tst_metricsmodels models/tst_metricsmodels.cpp tarmac_models)
tarmac_add_test(tst_metricspage views/tst_metricspage.cpp tarmac_views)
target_include_directories(tst_metricspage PRIVATE ${PROJECT_SOURCE_DIR}/views/metrics)
tarmac_add_test(tst_metricsctl integration/tst_metricsctl.cpp Qt6::Network)
# Benchmark (not a test): frame time while zooming a 50,000-point chart; tests/bench/metrics/run.sh runs it.
qt_add_executable(bench_metrics_chartzoom ${CMAKE_CURRENT_SOURCE_DIR}/bench/metrics/bench_chartzoom.cpp)
target_include_directories(bench_metrics_chartzoom PRIVATE ${PROJECT_SOURCE_DIR}/views/metrics)
target_link_libraries(bench_metrics_chartzoom PRIVATE tarmac_views Qt6::Test tarmac_compile_options)
set_target_properties(bench_metrics_chartzoom PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/bin)
# Benchmark (not a test): QBENCHMARK of one zoom frame and one pan frame of a 5,000-point chart.
qt_add_executable(bench_metrics_chartframes ${CMAKE_CURRENT_SOURCE_DIR}/bench/metrics/bench_chartframes.cpp)
target_include_directories(bench_metrics_chartframes PRIVATE ${PROJECT_SOURCE_DIR}/views/metrics)
target_link_libraries(bench_metrics_chartframes PRIVATE tarmac_views Qt6::Test tarmac_compile_options)
set_target_properties(bench_metrics_chartframes PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/bin)
tarmac_add_test(tst_quickcheck models/tst_quickcheck.cpp tarmac_models)
