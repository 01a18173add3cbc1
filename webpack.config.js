/* eslint-disable no-console */
// Builds the task pane and the ribbon function file into dist/web.
//   npm run build:web   -> webpack --mode production
//   npm run dev-server  -> webpack serve --mode development (https://localhost:3000)
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_SERVER_PORT = 3000;
const OUTPUT_DIR = path.resolve(__dirname, "dist/web");

/**
 * HTTPS options for the dev server from office-addin-dev-certs. Office only loads add-ins over
 * https; when the certificates cannot be made (no package, no sudo, CI) we serve plain http and say so.
 */
async function devServerTransport() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options };
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    console.warn(`[jixiao] no dev certificates (${reason}); serving over plain http. Office will not load the add-in from http.`);
    return { type: "http" };
  }
}

module.exports = async (env, argv) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const dev = mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);

  return {
    mode,
    // ES2020 like tsconfig.json (the Office webviews: Edge WebView2, Safari, Chromium). It also tells
    // webpack that `globalThis` exists, so its runtime needs no `new Function("return this")`.
    target: ["web", "es2020"],
    // Never an eval-based source map: the task pane must run under a strict Content-Security-Policy.
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: OUTPUT_DIR,
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].chunk.js" : "[name].[contenthash:8].chunk.js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".tsx", ".ts", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Types are checked by `npm run typecheck`; the bundle only needs the JavaScript.
              transpileOnly: true,
              // ES modules let webpack tree-shake Fluent UI and turn import() into lazy chunks.
              compilerOptions: { module: "esnext", sourceMap: dev },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // React and Fluent UI change less often than our code: one cacheable vendor chunk.
          // Only what the entry points load at start goes here; what is used only through
          // import() (the Office.js session, the workbook worker, the report draft) stays in its own lazy chunk.
          vendor: {
            test: /[\\/]node_modules[\\/]/,
            name: "vendor",
            chunks: "initial",
            priority: 10,
            enforce: true,
          },
        },
      },
    },
    performance: {
      // Raw (not gzipped) sizes; the 500 KB gzipped budget is measured by src/bench/web-bench.ts.
      hints: dev ? false : "warning",
      maxEntrypointSize: 1500 * 1024,
      maxAssetSize: 1500 * 1024,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [{ from: "assets", to: "assets", noErrorOnMissing: true }],
      }),
    ],
    devServer: serving
      ? {
          port: DEV_SERVER_PORT,
          server: await devServerTransport(),
          headers: { "Access-Control-Allow-Origin": "*" },
          static: { directory: OUTPUT_DIR, watch: false },
          hot: false,
          liveReload: true,
          client: { overlay: { warnings: false, errors: true } },
        }
      : undefined,
  };
};
