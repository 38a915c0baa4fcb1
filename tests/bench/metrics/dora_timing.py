# SPDX-License-Identifier: GPL-3.0-or-later
# GET /api/v1/metrics/dora for a year by week, N times (at most 1,000), each with a different end (by
# a millisecond) so that every answer is computed, never taken from the server's answer cache.
# Usage: dora_timing.py BASE_URL TOKEN N
import json
import statistics
import sys
import time
import urllib.request

base, token, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
times = []
first = int(time.time() * 1000)
for i in range(n):
    url = (f"{base}/api/v1/metrics/dora?from=2025-06-01T00:00:00Z"
           f"&to=2026-06-01T00:00:00.{(first + i) % 1000:03d}Z&bucket=week")
    start = time.perf_counter()
    body = urllib.request.urlopen(urllib.request.Request(url, headers={"Authorization": "Bearer " + token})).read()
    times.append((time.perf_counter() - start) * 1000)
    total = json.loads(body)["total"]
    time.sleep(0.002)
print(f"   {n} fresh ranges: median {statistics.median(times):.0f} ms, min {min(times):.0f} ms, "
      f"max {max(times):.0f} ms ({total['deployments']} deployments, "
      f"{total['leadTime']['changes']} changes with a lead time)")
