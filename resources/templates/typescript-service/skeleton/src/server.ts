import { createApp } from "./app.js";

const port = Number(process.env.PORT ?? "${{ values.port }}");
const server = createApp().listen(port, () => console.log(JSON.stringify({ msg: "listening", port })));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
