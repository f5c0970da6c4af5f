// Task pane bundle. `npm run build` is a production build (prints bundle sizes); the manifest's
// https://localhost:3000 URLs are for sideloading in development.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

module.exports = (_env, argv) => ({
  mode: argv.mode ?? "production",
  entry: { taskpane: "./src/taskpane/index.ts" },
  output: { path: path.resolve(__dirname, "dist/addin"), filename: "[name].[contenthash:8].js", clean: true },
  resolve: { extensions: [".ts", ".js", ".json"] },
  module: {
    rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: false } }, exclude: /node_modules/ }],
  },
  plugins: [new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] })],
  performance: { hints: false },
  devtool: false,
});
