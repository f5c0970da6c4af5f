// Task pane bundle, help page and add-in manifest, all written to dist/addin.
//
//   npm run build            production: Office.js from Microsoft's CDN; the manifest's URLs are
//                            rewritten to ADDIN_URL (https only) when it is set, else left on
//                            https://localhost:3000 for sideloading
//   npm run build:preview    the same bundle, but Office.js copied from @microsoft/office-js into
//                            the build, so the page (and its Office.onReady) works offline in a
//                            plain browser: demos and the end-to-end test (`--env preview`)
//   npm start                webpack-dev-server on https://localhost:3000 with the Office add-in
//                            development certificates (npx office-addin-dev-certs install)
const path = require("node:path");
const { URL } = require("node:url");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_BASE_URL = "https://localhost:3000";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OUTPUT = path.resolve(__dirname, "dist/addin");
/** Where the preview build keeps its copy of Office.js (loaded relative to the page). */
const LOCAL_OFFICE_JS_DIR = "office-js";
/** Outside Office, office.js loads only its host-to-file table from beside itself. */
const LOCAL_OFFICE_JS_FILES = ["office.js", "o15apptofilemappingtable.js"];

/** The production base URL from ADDIN_URL, without a trailing slash; the development URL when unset. */
function addinBaseUrl() {
  const raw = (process.env.ADDIN_URL ?? "").trim();
  if (raw === "") return DEV_BASE_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL must be an absolute https URL such as https://planner.example.nhs.uk; found "${raw}"`);
  }
  // Office refuses add-in pages served over http, so a mistake here would only show in Excel.
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL must use https (Office loads add-ins only over https); found "${raw}"`);
  if (url.search || url.hash) throw new Error(`ADDIN_URL must be a base URL without ?query or #fragment; found "${raw}"`);
  return url.href.replace(/\/+$/, "");
}

/** Rewrites the development base URL in the manifest to `baseUrl`. */
function rewriteManifest(xml, baseUrl) {
  return xml.split(DEV_BASE_URL).join(baseUrl);
}

/** The dev server's https options from office-addin-dev-certs, or a plain message and exit when they are missing. */
async function devServerHttps() {
  let certs;
  try {
    certs = require("office-addin-dev-certs");
  } catch {
    return stop("office-addin-dev-certs is not installed; run npm ci first.");
  }
  let trusted = false;
  try {
    trusted = certs.verifyCertificates();
  } catch (error) {
    return stop(`Could not check the development certificates: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!trusted) {
    return stop(
      "No trusted development certificate for https://localhost was found.\n" +
        "Office only loads add-ins over https. Create and trust one once with:\n\n" +
        "    npx office-addin-dev-certs install\n\n" +
        "then run npm start again. (npm run preview serves the offline preview over http without certificates.)",
    );
  }
  // The certificates exist and are trusted, so this only reads them.
  return certs.getHttpsServerOptions();
}

function stop(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

module.exports = async (env = {}, argv = {}) => {
  const preview = Boolean(env.preview) || process.env.OFFICE_JS === "local";
  const serving = Boolean(env.WEBPACK_SERVE);
  const mode = argv.mode ?? "production";
  const baseUrl = addinBaseUrl();
  const officeJsUrl = preview ? `${LOCAL_OFFICE_JS_DIR}/office.js` : OFFICE_JS_CDN;
  const officeJsDist = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

  const copies = [
    { from: "assets", to: "assets" },
    { from: "src/taskpane/help.html", to: "help.html" },
    { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteManifest(content.toString("utf8"), baseUrl) },
  ];
  if (preview) {
    // Copied byte for byte: Microsoft's files are already minified and are not ours to rewrite.
    for (const file of LOCAL_OFFICE_JS_FILES) copies.push({ from: path.join(officeJsDist, file), to: `${LOCAL_OFFICE_JS_DIR}/${file}`, info: { minimized: true } });
  }

  return {
    mode,
    // Paths here (and the copy patterns the manifest test reads) are relative to the repository root.
    context: __dirname,
    entry: { taskpane: "./src/taskpane/index.ts" },
    output: {
      path: OUTPUT,
      filename: mode === "production" ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: mode === "production" ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          loader: "ts-loader",
          exclude: /node_modules/,
          // Type checking is `npm run typecheck`; the bundle only needs the emitted JavaScript.
          options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: mode !== "production" } },
        },
      ],
    },
    optimization: {
      // React and Fluent UI change less often than the app: a separate chunk keeps them cached.
      splitChunks: { chunks: "all", cacheGroups: { vendor: { test: /[\\/]node_modules[\\/]/, name: "vendor", priority: 10 } } },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJsUrl, preview },
      }),
      // The ribbon's function file: the button only opens the pane, so it needs Office.js and nothing else.
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/taskpane/commands.html",
        chunks: [],
        templateParameters: { officeJsUrl },
      }),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
    performance: { hints: false },
    devtool: mode === "production" ? false : "source-map",
    stats: { preset: "normal", assetsSort: "!size", modules: false },
    ...(serving
      ? {
          devServer: {
            host: "localhost",
            port: 3000,
            server: { type: "https", options: await devServerHttps() },
            // Office's web view loads the pane from another origin (Excel on the web).
            headers: { "Access-Control-Allow-Origin": "*" },
            static: false,
            hot: false,
            client: { overlay: { warnings: false } },
          },
        }
      : {}),
  };
};

module.exports.DEV_BASE_URL = DEV_BASE_URL;
module.exports.rewriteManifest = rewriteManifest;
