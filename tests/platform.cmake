# SPDX-License-Identifier: GPL-3.0-or-later
# Tests for models/platform and its views; included from tests/CMakeLists.txt.
