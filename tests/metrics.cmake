# SPDX-License-Identifier: GPL-3.0-or-later
# Tests for models/metrics and its views; included from tests/CMakeLists.txt.
