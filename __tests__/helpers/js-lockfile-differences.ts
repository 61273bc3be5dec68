// Packages the same package.json gets from npm 11 and not from yarn, or the reverse, in the lockfiles of
// corpus-generated (test data under npm/, yarn/). Real differences between the lockfiles, each with its
// reason; shared by the yarn parser's tests and the cross-format test.

// Why the lockfiles differ (the managers resolved differently; lockgraph reports what each file says):
// - npm 7+ installs peer dependencies, yarn does not: storybook (a peer of @storybook/react),
//   @testing-library/dom (a peer of @testing-library/react) and their closure are only in npm's lockfile.
export const NPM_INSTALLED_PEERS = [
  '@storybook/core@8.6.19',
  '@testing-library/dom@10.4.2',
  '@types/aria-query@5.0.4',
  'aria-query@5.3.0',
  'ast-types@0.16.3',
  'better-opn@3.0.2',
  'browser-assert@1.2.1',
  'define-lazy-prop@2.0.0',
  'dequal@2.0.3',
  'dom-accessibility-api@0.5.16',
  'esbuild-register@3.6.0',
  'is-arguments@1.2.0',
  'is-docker@2.2.1',
  'is-wsl@2.2.0',
  'jsdoc-type-pratt-parser@4.8.0',
  'lz-string@1.5.0',
  'open@8.4.2',
  'pretty-format@27.5.1',
  'process@0.11.10',
  'react-is@17.0.2',
  'recast@0.23.21',
  'storybook@8.6.19',
  'tiny-invariant@1.3.3',
  'util@0.12.5',
  'ws@8.23.0',
]
// - yarn resolves `@types/node@*` and zod `^3.25.0 || ^4.0.0` (peer ranges of dependencies) to the newest
//   release, where npm reuses the versions the root already has (22.20.5 and 3.25.76).
export const YARN_NEWEST = ['@types/node@26.6.6', 'undici-types@8.9.0', 'zod@4.6.7']
// - yarn 4 adds `node-gyp: npm:latest` to fsevents (its built-in compat patch), bringing node-gyp's closure.
export const YARN4_NODE_GYP = [
  '@isaacs/fs-minipass@4.0.1',
  'abbrev@5.0.0',
  'chownr@3.0.0',
  'env-paths@2.2.1',
  'exponential-backoff@3.1.3',
  'isexe@4.0.0',
  'minipass@7.1.3',
  'minizlib@3.1.0',
  'node-gyp@13.1.0',
  'nopt@10.0.1',
  'proc-log@7.0.0',
  'tar@7.5.23',
  'undici@8.12.4',
  'which@7.0.0',
  'yallist@5.0.0',
]
