-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk: GET /api/v1/metrics/dora for 2024 Q1 by week, each request with an end a millisecond later
-- than the last, so that none is answered from the server's 5 s answer cache: every one computed.
local counter = 0

request = function()
    counter = counter + 1
    local to = string.format("2024-04-01T00:%02d:%02d.%03dZ", math.floor(counter / 60000) % 60, math.floor(counter / 1000) % 60,
        counter % 1000)
    return wrk.format("GET", "/api/v1/metrics/dora?from=2024-01-01T00:00:00Z&to=" .. to .. "&bucket=week")
end
