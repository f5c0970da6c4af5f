#!/usr/bin/env node
// Serves a built add-in folder over plain http, for demos of the preview build and the
// end-to-end test: node scripts/serve-preview.js [dir] [--port=3000]. Only files under the folder
// are served; Office itself needs https (npm start), a browser does not.
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");
const { URL } = require("node:url");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".map": "application/json; charset=utf-8",
};

/** Starts a static server for `root` on `port` (0 for any free port); resolves with the server once listening. */
function serve(root, port) {
  const base = path.resolve(root);
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    let relative;
    try {
      relative = decodeURIComponent(url.pathname);
    } catch {
      return send(response, 400, "Bad request");
    }
    if (relative.endsWith("/")) relative += "taskpane.html";
    const file = path.resolve(base, `.${relative}`);
    // Nothing outside the build folder, however the path is spelt.
    if (file !== base && !file.startsWith(base + path.sep)) return send(response, 403, "Forbidden");
    fs.readFile(file, (error, body) => {
      if (error) return send(response, 404, `Not found: ${relative}`);
      response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
      response.end(request.method === "HEAD" ? undefined : body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

function send(response, status, text) {
  response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
  response.end(text);
}

module.exports = { serve };

if (require.main === module) {
  const args = process.argv.slice(2);
  const dir = args.find((arg) => !arg.startsWith("--")) ?? "dist/addin";
  const portArg = args.find((arg) => arg.startsWith("--port="));
  const port = portArg ? Number(portArg.slice("--port=".length)) : Number(process.env.PORT ?? 3000);
  if (!fs.existsSync(path.join(dir, "taskpane.html"))) {
    console.error(`No task pane build in ${dir}; run npm run build:preview first.`);
    process.exit(2);
  }
  serve(dir, port).then(
    (server) => {
      const address = server.address();
      console.log(`Serving ${dir} on http://localhost:${address.port}/taskpane.html (Ctrl+C to stop)`);
    },
    (error) => {
      console.error(error.code === "EADDRINUSE" ? `Port ${port} is in use; try --port=3001.` : `Could not start the server: ${error.message}`);
      process.exit(1);
    },
  );
}
