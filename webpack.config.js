/**
 * Builds the task pane into dist/addin (the CLI's tsc build owns the rest of dist/).
 *
 *   npm run build:addin   production bundle; ADDIN_BASE_URL=https://host/path/ rewrites the manifest's
 *                         https://localhost:3000/ URLs in dist/addin/manifest.xml
 *   npm run dev           https://localhost:3000 with office-addin-dev-certs' localhost certificate
 *                         (falls back to a self-signed one, with a message, where the CA cannot be installed)
 *
 * office.js is NOT bundled: taskpane.html loads it from Microsoft's CDN.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com';
const CSP = [
  "default-src 'self'",
  `script-src 'self' ${OFFICE_CDN}`,
  // Fluent UI (griffel) inserts its styles at run time
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  `connect-src 'self' ${OFFICE_CDN}`,
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const PORT = 3000;
const OUT = path.resolve(__dirname, 'dist', 'addin');

/** Emits assets/* and manifest.xml next to the bundle (no copy plugin needed). */
class EmitStaticFiles {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap('EmitStaticFiles', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'EmitStaticFiles', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const assets = path.resolve(__dirname, 'assets');
          for (const name of fs.readdirSync(assets)) {
            const file = path.join(assets, name);
            compilation.fileDependencies.add(file);
            compilation.emitAsset(`assets/${name}`, new RawSource(fs.readFileSync(file)));
          }
          const manifestFile = path.resolve(__dirname, 'manifest.xml');
          compilation.fileDependencies.add(manifestFile);
          let xml = fs.readFileSync(manifestFile, 'utf8');
          if (this.baseUrl) xml = xml.split(DEV_URL).join(this.baseUrl);
          compilation.emitAsset('manifest.xml', new RawSource(xml));
        },
      );
    });
  }
}

async function httpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const options = await devCerts.getHttpsServerOptions();
    return { type: 'https', options };
  } catch (e) {
    console.warn(
      `\n[dev] office-addin-dev-certs could not provide a trusted localhost certificate (${e && e.message ? e.message.split('\n')[0] : e}).\n` +
        '[dev] Serving https with a self-signed certificate instead: browsers and Office will warn about it.\n' +
        '[dev] On Windows/macOS run "npx office-addin-dev-certs install" once to trust https://localhost:3000.\n',
    );
    return 'https';
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const baseUrl = process.env.ADDIN_BASE_URL;
  if (baseUrl && !/^https:\/\/.+\/$/.test(baseUrl)) {
    throw new Error(`ADDIN_BASE_URL must be an https URL ending in "/" (got ${baseUrl})`);
  }
  return {
    mode: production ? 'production' : 'development',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: OUT,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    devtool: production ? false : 'eval-cheap-module-source-map',
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic', development: !production } },
                target: 'es2020',
              },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: './src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        // The production page may load nothing but its own bundle and office.js, and send nothing anywhere.
        // (Development keeps webpack's eval source maps and hot reload, which this policy would block.)
        meta: production ? { csp: { 'http-equiv': 'Content-Security-Policy', content: CSP } } : {},
      }),
      new EmitStaticFiles(production ? baseUrl : undefined),
    ],
    performance: {
      hints: production ? 'warning' : false,
      maxEntrypointSize: 900 * 1024,
      maxAssetSize: 900 * 1024,
    },
    devServer: serving
      ? {
          host: 'localhost',
          port: PORT,
          server: await httpsOptions(),
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: false,
          hot: true,
          client: { overlay: { errors: true, warnings: false } },
        }
      : undefined,
  };
};
