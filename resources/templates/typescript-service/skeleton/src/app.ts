// ${{ values.name }}: ${{ values.description }}
import { createServer, type Server } from "node:http";

export function createApp(): Server {
  return createServer((request, response) => {
    if (request.method === "GET" && (request.url === "/healthz" || request.url === "/readyz")) {
      response.writeHead(200, { "content-type": "text/plain" }).end("ok\n");
      return;
    }
    if (request.method === "GET" && request.url === "/") {
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ service: "${{ values.name }}" }));
      return;
    }
    response.writeHead(404).end();
  });
}
