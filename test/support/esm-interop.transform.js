/**
 * Jest transformer for dependencies. NestJS 12 and several of its companions ship as
 * ES modules only; Node 20 loads them through require(esm), but Jest's CommonJS runtime
 * cannot. Files that use ESM syntax are rewritten to CommonJS (import.meta included);
 * everything else passes through untouched. Only used by jest, never at run time.
 */
const { createHash } = require('node:crypto');
const babel = require('@babel/core');

// ESM code that rebuilds `require` gets Jest's own instead, so that packages it loads are
// shared with the tests (one class-validator, one graphql) rather than loaded twice.
const REBUILT_REQUIRE = /^const require = (?:\w+\.)?createRequire\(import\.meta\.url\);$/m;
const ESM_SYNTAX = /^\s*(import\s*[\w{*'"]|export\s)|\bimport\.meta\b|\bimport\(/m;

module.exports = {
  canInstrument: false,
  getCacheKey(source, filename) {
    return createHash('sha1').update('esm-interop-v4').update(filename).update(source).digest('hex');
  },
  process(source, filename) {
    if (!ESM_SYNTAX.test(source)) return { code: source };
    const result = babel.transformSync(source.replace(REBUILT_REQUIRE, ''), {
      filename,
      babelrc: false,
      configFile: false,
      sourceType: 'unambiguous',
      compact: false,
      plugins: [
        'babel-plugin-transform-import-meta',
        '@babel/plugin-transform-dynamic-import',
        ['@babel/plugin-transform-modules-commonjs', { importInterop: 'node' }],
      ],
    });
    return { code: result.code };
  },
};
