-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk: GET /api/v1/metrics/dora for 2024 Q1 by week, each request with an end a millisecond later
-- than the last, so that none is answered from the server's 5 s answer cache: every one computed.
-- Each thread its own ends (up to 16 threads): with one sequence for all, a thread would ask for the
-- range another had just had computed.
local counter = 0
local threads = {}

function setup(thread)
    thread:set("thread_id", #threads)
    table.insert(threads, thread)
end

request = function()
    counter = counter + 1
    local n = counter * 16 + thread_id
    local to = string.format("2024-04-01T%02d:%02d:%02d.%03dZ", math.floor(n / 3600000) % 24,
        math.floor(n / 60000) % 60, math.floor(n / 1000) % 60, n % 1000)
    return wrk.format("GET", "/api/v1/metrics/dora?from=2024-01-01T00:00:00Z&to=" .. to .. "&bucket=week")
end
