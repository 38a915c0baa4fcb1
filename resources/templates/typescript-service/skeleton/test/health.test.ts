import assert from "node:assert/strict";
import { test } from "node:test";
import type { AddressInfo } from "node:net";
import { createApp } from "../src/app.js";

test("health endpoints answer 200", async () => {
  const server = createApp().listen(0);
  const { port } = server.address() as AddressInfo;
  for (const path of ["/healthz", "/readyz"]) {
    const response = await fetch(`http://127.0.0.1:${port}${path}`);
    assert.equal(response.status, 200);
  }
  server.close();
});
