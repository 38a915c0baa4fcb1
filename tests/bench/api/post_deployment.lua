-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk: POST /api/v1/deployments, each with its own Idempotency-Key, recorded as finished (the
-- record deployer), so that the benchmark measures the API and its storage, not a deployer.
-- thread_id is a global that setup() gives each thread's own Lua state: a local of the same name
-- here would hide it, and both threads would send the same keys (half the requests then replays).
-- run tells runs against the same database apart (BENCH_RUN, set by run.sh): the same key and body
-- again would be a retry, answered from the stored answer instead of written.
local counter = 0
local threads = {}
local run = os.getenv("BENCH_RUN") or "0"

function setup(thread)
    thread:set("thread_id", #threads)
    table.insert(threads, thread)
end

request = function()
    counter = counter + 1
    local body = string.format(
        '{"service":"bench-api","environment":"production","version":"v%d","intent":"planned",' ..
        '"changes":[{"sha":"%s-%d-%d","committedAt":"2024-03-01T10:00:00Z"}],' ..
        '"record":{"status":"succeeded","finishedAt":"2024-03-02T10:00:00Z"}}', counter, run, thread_id, counter)
    wrk.headers["Idempotency-Key"] = string.format("bench-%s-%d-%d", run, thread_id, counter)
    return wrk.format("POST", "/api/v1/deployments", nil, body)
end
