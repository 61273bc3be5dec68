import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ParseError, type FileSource, type ParseResult, type Scope } from '../../../src/model.js'
import { parsePackageLock } from '../../../src/parsers/npm/package-lock.js'
import { parseYarnLock } from '../../../src/parsers/npm/yarn-lock.js'
import { NPM_INSTALLED_PEERS, YARN4_NODE_GYP, YARN_NEWEST } from '../../helpers/js-lockfile-differences.js'
import { edgeLabels, nameVersions, parseFixture, parseText, pkg, TESTDATA } from '../../helpers/parse.js'

const pkgs = (r: ParseResult, name: string) => r.packages.filter((p) => p.name === name)
/** Direct dependencies of a project as "name@version:scope" (projects as "project:<id>:scope"). */
const directOf = (r: ParseResult, project: string) => {
  const byId = new Map(r.packages.map((p) => [p.id, `${p.name}@${p.version}`]))
  return r.edges
    .filter((e) => e.from === project)
    .map((e) => `${byId.get(e.to) ?? `project:${e.to}`}:${e.scope}`)
    .sort()
}
const RANK: Record<Scope, number> = { runtime: 3, optional: 2, peer: 1, dev: 0 }
/** name@version → strongest scope of its copies. */
const scopes = (r: ParseResult) => {
  const m = new Map<string, Scope>()
  for (const p of r.packages) {
    const k = `${p.name}@${p.version}`
    const had = m.get(k)
    if (!had || RANK[p.scope] > RANK[had]) m.set(k, p.scope)
  }
  return m
}
const difference = <T>(a: Set<T>, b: Set<T>) => [...a].filter((x) => !b.has(x)).sort()

/** In-memory files with folders, for workspace globs (parseText's source has no listDirs). */
function memory(files: Record<string, string>): FileSource {
  return {
    read: (p) => files[p],
    listDirs: (dir) => {
      const prefix = dir ? `${dir}/` : ''
      const names = new Set<string>()
      for (const path of Object.keys(files))
        if (path.startsWith(prefix) && path.slice(prefix.length).includes('/'))
          names.add(path.slice(prefix.length).split('/')[0])
      return [...names].sort()
    },
  }
}

const npmApp = parseFixture(parsePackageLock, 'npm/app-npm11/package-lock.json')
const npmWorkspaces = parseFixture(parsePackageLock, 'npm/workspaces-npm11/package-lock.json')

describe('yarn.lock v1 (yarn 1.22, corpus-generated app-yarn1)', () => {
  const r = parseFixture(parseYarnLock, 'yarn/app-yarn1/yarn.lock')

  test('one package per entry: 1,105 distinct name@version', () => {
    expect(r.format).toBe('yarn.lock v1 (classic)')
    expect(r.packages).toHaveLength(1105)
    expect(nameVersions(r).size).toBe(1105)
    expect(r.complete).toBe(true)
    expect(r.issues).toEqual([])
  })

  test('the package set is npm’s, but for peers npm installs and newest picks of yarn', () => {
    expect(difference(nameVersions(npmApp), nameVersions(r))).toEqual(NPM_INSTALLED_PEERS)
    expect(difference(nameVersions(r), nameVersions(npmApp))).toEqual(YARN_NEWEST)
  })

  test('the root project and its direct dependencies come from package.json, as npm has them', () => {
    expect(r.projects).toEqual([
      expect.objectContaining({
        id: '',
        name: 'acme-storefront',
        version: '1.4.0',
        manifest: 'yarn/app-yarn1/package.json',
        dir: 'yarn/app-yarn1',
      }),
    ])
    expect(directOf(r, '')).toHaveLength(14 + 26)
    expect(directOf(r, '')).toEqual(directOf(npmApp, ''))
  })

  test('scopes are derived from package.json: the same as npm’s flags for every shared package', () => {
    const ours = scopes(r)
    const npm = scopes(npmApp)
    const differ = [...ours].filter(([k, s]) => npm.has(k) && npm.get(k) !== s)
    expect(differ).toEqual([])
    expect(pkg(r, 'eslint')!.scope).toBe('dev')
    expect(pkg(r, 'express')!.scope).toBe('runtime')
    // platform packages of sharp are optional dependencies
    expect(pkg(r, '@img/sharp-darwin-arm64', '0.33.5')!.scope).toBe('optional')
    expect(r.packages.filter((p) => p.scope === 'dev')).toHaveLength(845)
  })

  test('edges resolve each "name@range" to the entry whose key lists it', () => {
    const edges = edgeLabels(r)
    expect(edges).toContain('project:acme-storefront -> express@4.22.3')
    expect(edges).toContain('express@4.22.3 -> body-parser@1.20.9') // key "body-parser@~1.20.5"
    // "rollup@4.67.4, rollup@^4.20.0, rollup@^4.34.9": one entry, three keys
    expect(edges).toContain('vite@5.4.21 -> rollup@4.67.4')
    expect(edges).toContain('vite@6.4.6 -> rollup@4.67.4')
    // the same edges as npm's lockfile, where both resolved the same versions
    for (const e of [
      'express@4.22.3 -> body-parser@1.20.9',
      'jsonwebtoken@9.0.3 -> jws@4.0.1',
      '@babel/core@7.29.13 -> @babel/generator@7.29.14',
    ])
      expect([e, edgeLabels(npmApp).has(e)]).toEqual([e, true])
    // yarn 1 does not record peer dependencies: npm's peer edges are not here
    expect(edges).not.toContain('@babel/plugin-syntax-jsx@7.29.7 -> @babel/core@7.29.13')
  })

  test('resolved URL without the #sha1 fragment, which becomes a SHA-1 hash next to the integrity', () => {
    const lodash = pkg(r, 'lodash')!
    expect(lodash).toMatchObject({
      id: 'lodash@4.18.1',
      purl: 'pkg:npm/lodash@4.18.1',
      source: 'registry',
      resolved: 'https://registry.yarnpkg.com/lodash/-/lodash-4.18.1.tgz',
      line: 6099,
    })
    expect(lodash.hashes).toEqual([
      {
        alg: 'SHA-512',
        value:
          '74c22789c4cf544f1dd5ee68b5fc269a3971919a14a6254bc32793754b22fc26a3fe07f3cdb941702139b111d5fc0b23b829b15abb5ed93346498b82782abed1',
      },
      { alg: 'SHA-1', value: 'ff2b66c1f6326d59513de2407bf881439812771c' },
    ])
    // the same SHA-512 as npm's integrity for the same tarball
    expect(pkg(npmApp, 'lodash')!.hashes).toContainEqual(lodash.hashes[0])
    expect(pkg(r, '@aws-sdk/client-s3')!.purl).toBe('pkg:npm/%40aws-sdk/client-s3@3.1169.0')
  })
})

describe('yarn.lock v1 without package.json (vscode npm extension)', () => {
  const r = parseFixture(parseYarnLock, 'yarn/vscode-ext-npm-yarn-v1/yarn.lock')

  test('all 40 entries; multi-spec keys are one package', () => {
    expect(r.packages).toHaveLength(40)
    // "debug@3.1.0, debug@^3.1.0": asked for as "3.1.0" by one package and "^3.1.0" by another
    expect(pkgs(r, 'debug').map((p) => p.id)).toEqual(['debug@3.1.0'])
    expect(edgeLabels(r)).toContain('http-proxy-agent@2.1.0 -> debug@3.1.0')
    expect(edgeLabels(r)).toContain('https-proxy-agent@2.2.4 -> debug@3.1.0')
  })

  test('direct dependencies are the entries nothing requires, all runtime, with an info issue', () => {
    expect(r.projects).toEqual([
      expect.objectContaining({
        id: '',
        name: 'vscode-ext-npm-yarn-v1',
        manifest: 'yarn/vscode-ext-npm-yarn-v1/package.json',
      }),
    ])
    expect(directOf(r, '')).toEqual([
      '@types/minimatch@3.0.3:runtime',
      '@types/node@12.11.7:runtime',
      'find-up@4.1.0:runtime',
      'find-yarn-workspace-root@2.0.0:runtime',
      'jsonc-parser@2.2.1:runtime',
      'minimatch@3.0.4:runtime',
      'request-light@0.4.0:runtime',
      'vscode-nls@4.1.1:runtime',
      'which-pm@2.0.0:runtime',
    ])
    expect(r.packages.every((p) => p.scope === 'runtime')).toBe(true)
    expect(r.issues).toEqual([
      expect.objectContaining({
        severity: 'info',
        message: expect.stringMatching(/no package\.json next to the lockfile/),
      }),
    ])
    expect(r.complete).toBe(true)
  })

  test('sha1 and sha512 integrity values', () => {
    expect(pkg(r, 'balanced-match')!.hashes).toEqual([
      { alg: 'SHA-1', value: '89b4d199ab2bee49de164ea02b89ce462d71b767' },
    ])
    expect(pkg(r, 'argparse')!.hashes.map((h) => h.alg)).toEqual(['SHA-512', 'SHA-1'])
  })
})

describe('yarn.lock berry, __metadata 10 (yarn 4.18, corpus-generated app-berry4)', () => {
  const r = parseFixture(parseYarnLock, 'yarn/app-berry4/yarn.lock')

  test('1,124 entries; the 4 patched ones are the same name@version as their source: 1,120 distinct', () => {
    expect(r.format).toBe('yarn.lock v10 (berry)')
    expect(r.packages).toHaveLength(1124)
    expect(nameVersions(r).size).toBe(1120)
    expect(r.complete).toBe(true)
    expect(r.issues).toEqual([])
  })

  test('the package set is npm’s, but for npm’s peer installs, yarn’s newest picks and node-gyp', () => {
    expect(difference(nameVersions(npmApp), nameVersions(r))).toEqual(NPM_INSTALLED_PEERS)
    expect(difference(nameVersions(r), nameVersions(npmApp))).toEqual(
      [...YARN_NEWEST, ...YARN4_NODE_GYP].sort(),
    )
  })

  test('direct dependencies: the workspace entry lists them, package.json says which are dev', () => {
    expect(r.projects).toEqual([
      expect.objectContaining({
        id: '',
        name: 'acme-storefront',
        version: '1.4.0',
        manifest: 'yarn/app-berry4/package.json',
      }),
    ])
    expect(directOf(r, '')).toEqual(directOf(npmApp, ''))
  })

  test('scopes agree with npm’s flags for every shared package', () => {
    const ours = scopes(r)
    const npm = scopes(npmApp)
    expect([...ours].filter(([k, s]) => npm.has(k) && npm.get(k) !== s)).toEqual([])
    expect(pkg(r, 'node-gyp')!.scope).toBe('dev') // via fsevents, an optional dependency of dev tools
  })

  test("no hash from checksum (it hashes yarn's cache zip); resolution as the id; registry purl", () => {
    const lodash = pkg(r, 'lodash')!
    expect(lodash).toMatchObject({
      id: 'lodash@npm:4.18.1',
      purl: 'pkg:npm/lodash@4.18.1',
      source: 'registry',
      scope: 'runtime',
      line: 8380,
    })
    // yarn 4's checksum for lodash 4.18.1 is 757228fc…, the hash of its cache zip; npm's integrity of the
    // tarball is 74c22789…: a checksum is not the package's SHA-512, so no hash is claimed
    expect(lodash.hashes).toEqual([])
    expect(r.packages.every((p) => p.hashes.length === 0)).toBe(true)
  })

  test('built-in patches: dependents get the patched package, which depends on its source', () => {
    const [plain, patched] = pkgs(r, 'typescript')
    expect(plain.id).toBe('typescript@npm:5.9.3')
    expect(patched.id).toBe(
      'typescript@patch:typescript@npm%3A5.9.3#optional!builtin<compat/typescript>::version=5.9.3&hash=5786d5',
    )
    expect(patched.purl).toBe(plain.purl)
    expect(r.edges).toContainEqual({ from: '', to: patched.id, scope: 'dev' })
    expect(r.edges).toContainEqual({ from: patched.id, to: plain.id, scope: 'runtime' })
    expect(plain.scope).toBe('dev')
    expect(pkgs(r, 'resolve')).toHaveLength(4)
  })

  test('resolutions of package.json apply: vite asks rollup ^4.20.0, the lockfile has rollup@npm:4.67.4', () => {
    expect(edgeLabels(r)).toContain('vite@5.4.21 -> rollup@4.67.4')
    expect(r.edges).toContainEqual({ from: 'vite@npm:5.4.21', to: 'rollup@npm:4.67.4', scope: 'runtime' })
  })

  test('optional dependencies (dependenciesMeta) and peer dependencies', () => {
    expect(r.edges).toContainEqual({
      from: 'sharp@npm:0.33.5',
      to: '@img/sharp-darwin-arm64@npm:0.33.5',
      scope: 'optional',
    })
    // @babel/plugin-syntax-jsx has a peer @babel/core: its parent provides it
    expect(edgeLabels(r)).toContain('@babel/plugin-syntax-jsx@7.29.7 -> @babel/core@7.29.13')
    expect(r.edges).toContainEqual({
      from: '@babel/plugin-syntax-jsx@npm:7.29.7',
      to: '@babel/core@npm:7.29.13',
      scope: 'peer',
    })
    // yarn gives @napi-rs/wasm-runtime the @emnapi/runtime its parent depends on (npm hoists 1.11.3)
    expect(edgeLabels(r)).toContain('@napi-rs/wasm-runtime@1.2.7 -> @emnapi/runtime@1.10.0')
  })

  test('edges agree with npm’s where both resolved the same versions', () => {
    const ours = edgeLabels(r)
    const versions = nameVersions(r)
    const missing = [...edgeLabels(npmApp)].filter((e) => {
      const [from, to] = e.split(' -> ')
      return versions.has(to) && (from.startsWith('project:') || versions.has(from)) && !ours.has(e)
    })
    // what is left goes to versions yarn resolved differently (@types/node, zod) or, for peers, took from
    // the parent where npm hoists another version (@emnapi/runtime)
    expect(missing.filter((e) => !/ -> (@types\/node@22\.|zod@3\.|@emnapi\/runtime@1\.11)/.test(e))).toEqual(
      [],
    )
    expect(missing).toHaveLength(26)
  })
})

describe('yarn.lock berry workspaces (corpus-generated workspaces-berry4)', () => {
  const r = parseFixture(parseYarnLock, 'yarn/workspaces-berry4/yarn.lock')

  test('each workspace is a project, named and versioned by its package.json', () => {
    expect(r.projects.map((p) => [p.id, p.name, p.version, p.manifest])).toEqual([
      ['', 'acme-monorepo', '0.0.0', 'yarn/workspaces-berry4/package.json'],
      ['packages/core', '@acme/core', '1.2.0', 'yarn/workspaces-berry4/packages/core/package.json'],
      ['packages/web', '@acme/web', '0.5.0', 'yarn/workspaces-berry4/packages/web/package.json'],
    ])
    expect(r.packages.some((p) => p.name.startsWith('@acme/'))).toBe(false)
  })

  test('direct dependencies per workspace, with dev ones from package.json, as npm has them', () => {
    expect(directOf(r, 'packages/core')).toEqual([
      '@types/lodash@4.17.27:dev',
      'axios@1.21.1:runtime',
      'lodash@4.18.1:runtime',
      'zod@3.25.76:runtime',
    ])
    // @acme/web depends on the @acme/core workspace ("workspace:^"): an edge between projects
    expect(directOf(r, 'packages/web')).toContain('project:packages/core:runtime')
    expect(directOf(r, '')).toEqual([
      'eslint@9.39.5:dev',
      'prettier@3.10.1:dev',
      'typescript@5.9.3:dev',
      'vitest@2.1.9:dev',
    ])
    for (const id of ['', 'packages/core', 'packages/web'])
      expect(directOf(r, id).map((d) => d.replace('project:packages/core', 'project:@acme/core'))).toEqual(
        directOf(npmWorkspaces, id).map((d) => d.replace('project:packages/core', 'project:@acme/core')),
      )
  })

  test('346 entries, 344 distinct; the set is npm’s plus the node-gyp closure', () => {
    expect(r.packages).toHaveLength(346)
    expect(nameVersions(r).size).toBe(344)
    expect(difference(nameVersions(npmWorkspaces), nameVersions(r))).toEqual([])
    expect(difference(nameVersions(r), nameVersions(npmWorkspaces))).toEqual(
      [...YARN4_NODE_GYP, 'fdir@6.5.0', 'graceful-fs@4.2.12', 'picomatch@4.0.7', 'tinyglobby@0.2.17'].sort(),
    )
    const ours = scopes(r)
    const npm = scopes(npmWorkspaces)
    expect([...ours].filter(([k, s]) => npm.has(k) && npm.get(k) !== s)).toEqual([])
    expect(r.issues).toEqual([])
  })
})

describe('yarn.lock berry, __metadata 8 (toposort, yarn 4.5)', () => {
  const r = parseFixture(parseYarnLock, 'yarn/toposort/yarn.lock')

  test('3 packages, dev through the root devDependencies', () => {
    expect(r.format).toBe('yarn.lock v8 (berry)')
    expect(r.projects).toEqual([
      expect.objectContaining({
        id: '',
        name: '@000alen/toposort',
        version: '2.0.2',
        purl: 'pkg:npm/%40000alen/toposort@2.0.2',
      }),
    ])
    expect([...nameVersions(r)].sort()).toEqual(['diff@1.0.8', 'eyes@0.1.8', 'vows@0.7.0'])
    expect(r.packages.every((p) => p.scope === 'dev')).toBe(true)
    expect(directOf(r, '')).toEqual(['vows@0.7.0:dev'])
    expect(edgeLabels(r)).toEqual(
      new Set([
        'project:@000alen/toposort -> vows@0.7.0',
        'vows@0.7.0 -> diff@1.0.8',
        'vows@0.7.0 -> eyes@0.1.8',
      ]),
    )
    expect(pkg(r, 'eyes')!.hashes).toEqual([])
  })
})

const sha512 = (text: string) => createHash('sha512').update(text).digest()
const sri = (text: string) => `sha512-${sha512(text).toString('base64')}`
const hex512 = (text: string) => sha512(text).toString('hex')
const SHA1_A = '0123456789abcdef0123456789abcdef01234567'
const SHA1_B = '89abcdef0123456789abcdef0123456789abcdef'

describe('yarn.lock v1: every source kind (synthetic)', () => {
  const lock = `# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.
# yarn lockfile v1


"@scope/a@^1.0.0", "@scope/a@~1.2.0":
  version "1.2.3"
  resolved "https://registry.yarnpkg.com/@scope/a/-/a-1.2.3.tgz#${SHA1_A}"
  integrity ${sri('a')}
  dependencies:
    b "^2.0.0"
  optionalDependencies:
    fsevents "^2.3.2"

"b-alias@npm:b@^2.0.0", b@^2.0.0:
  version "2.1.0"
  resolved "https://registry.yarnpkg.com/b/-/b-2.1.0.tgz#${SHA1_B}"

"gitdep@git+https://github.com/acme/gitdep.git#v1.0.0":
  version "1.0.0"
  resolved "git+https://github.com/acme/gitdep.git#${SHA1_A}"

ghdep@acme/ghdep:
  version "0.3.0"
  resolved "https://codeload.github.com/acme/ghdep/tar.gz/${SHA1_B}"

"tarball@https://example.com/tarball-1.0.0.tgz":
  version "1.0.0"
  resolved "https://example.com/tarball-1.0.0.tgz#${SHA1_A}"

"local@file:./vendor/local":
  version "0.1.0"

"linked@link:../linked":
  version "0.0.0"
  uid ""

private@^1.0.0:
  version "1.0.0"
  resolved "https://npm.acme.example/private/-/private-1.0.0.tgz#${SHA1_B}"
`
  const manifest = JSON.stringify({
    name: 'synthetic',
    version: '1.0.0',
    dependencies: {
      '@scope/a': '~1.2.0',
      'b-alias': 'npm:b@^2.0.0',
      gitdep: 'git+https://github.com/acme/gitdep.git#v1.0.0',
      ghdep: 'acme/ghdep',
      tarball: 'https://example.com/tarball-1.0.0.tgz',
      local: 'file:./vendor/local',
      private: '^1.0.0',
    },
    devDependencies: { linked: 'link:../linked' },
  })
  const r = parseText(parseYarnLock, 'app/yarn.lock', lock, { 'app/package.json': manifest })

  test('registry packages: scoped purl, SRI and #sha1 hashes, a non-default registry', () => {
    expect(r.issues).toEqual([])
    expect(r.complete).toBe(true)
    expect(pkg(r, '@scope/a')).toMatchObject({
      id: '@scope/a@1.2.3',
      purl: 'pkg:npm/%40scope/a@1.2.3',
      source: 'registry',
      resolved: 'https://registry.yarnpkg.com/@scope/a/-/a-1.2.3.tgz',
      hashes: [
        { alg: 'SHA-512', value: hex512('a') },
        { alg: 'SHA-1', value: SHA1_A },
      ],
      line: 5,
    })
    expect(pkg(r, 'private')).toMatchObject({
      purl: 'pkg:npm/private@1.0.0?repository_url=https:%2F%2Fnpm.acme.example',
      source: 'registry',
    })
  })

  test('an alias key installs the real package under the alias name', () => {
    expect(pkg(r, 'b')).toMatchObject({ id: 'b@2.1.0', name: 'b', alias: 'b-alias', purl: 'pkg:npm/b@2.1.0' })
    expect(pkgs(r, 'b')).toHaveLength(1)
    expect(r.edges).toContainEqual({ from: '', to: 'b@2.1.0', scope: 'runtime' })
    expect(r.edges).toContainEqual({ from: '@scope/a@1.2.3', to: 'b@2.1.0', scope: 'runtime' })
  })

  test('git, GitHub codeload tarballs, remote tarballs, file: and link:', () => {
    expect(pkg(r, 'gitdep')).toMatchObject({
      source: 'git',
      purl: `pkg:npm/gitdep@1.0.0?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Facme%2Fgitdep.git%23${SHA1_A}`,
      hashes: [], // the fragment of a git URL is a commit, not a hash
    })
    expect(pkg(r, 'ghdep')).toMatchObject({
      source: 'git',
      purl: `pkg:npm/ghdep@0.3.0?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Facme%2Fghdep.git%23${SHA1_B}`,
    })
    expect(pkg(r, 'tarball')).toMatchObject({
      source: 'url',
      resolved: 'https://example.com/tarball-1.0.0.tgz',
      purl: 'pkg:npm/tarball@1.0.0?download_url=https:%2F%2Fexample.com%2Ftarball-1.0.0.tgz',
      hashes: [{ alg: 'SHA-1', value: SHA1_A }],
    })
    expect(pkg(r, 'local')).toMatchObject({
      source: 'path',
      resolved: 'file:./vendor/local',
      purl: 'pkg:npm/local@0.1.0',
    })
    expect(pkg(r, 'linked')).toMatchObject({ source: 'link', scope: 'dev' })
  })

  test('a missing optional dependency (a platform package) is fine; scopes follow package.json', () => {
    expect(r.edges.some((e) => e.to.startsWith('fsevents'))).toBe(false)
    expect(directOf(r, '')).toEqual([
      '@scope/a@1.2.3:runtime',
      'b@2.1.0:runtime',
      'ghdep@0.3.0:runtime',
      'gitdep@1.0.0:runtime',
      'linked@0.0.0:dev',
      'local@0.1.0:runtime',
      'private@1.0.0:runtime',
      'tarball@1.0.0:runtime',
    ])
  })
})

describe('yarn.lock v1 with workspaces (synthetic): members come from the package.json globs', () => {
  const lock = `# yarn lockfile v1

lodash@^4.17.0:
  version "4.17.21"

typescript@^5.0.0:
  version "5.4.5"
`
  const files = memory({
    'ws/yarn.lock': lock,
    'ws/package.json': JSON.stringify({
      name: 'mono',
      private: true,
      workspaces: ['packages/*'],
      devDependencies: { typescript: '^5.0.0' },
    }),
    'ws/packages/a/package.json': JSON.stringify({
      name: '@m/a',
      version: '1.0.0',
      dependencies: { '@m/b': '^1.0.0', lodash: '^4.17.0' },
    }),
    'ws/packages/b/package.json': JSON.stringify({ name: '@m/b', version: '1.1.0' }),
    'ws/packages/notes/README.md': 'not a workspace: no package.json',
  })
  const r = parseYarnLock({ path: 'ws/yarn.lock', text: lock, files })

  test('projects and their edges, a workspace dependency being a project edge', () => {
    expect(r.projects.map((p) => [p.id, p.name, p.version, p.manifest])).toEqual([
      ['', 'mono', undefined, 'ws/package.json'],
      ['packages/a', '@m/a', '1.0.0', 'ws/packages/a/package.json'],
      ['packages/b', '@m/b', '1.1.0', 'ws/packages/b/package.json'],
    ])
    expect(directOf(r, 'packages/a')).toEqual(['lodash@4.17.21:runtime', 'project:packages/b:runtime'])
    expect(directOf(r, '')).toEqual(['typescript@5.4.5:dev'])
    expect(pkg(r, 'lodash')!.scope).toBe('runtime')
    expect(pkg(r, 'typescript')!.scope).toBe('dev')
    expect(r.issues).toEqual([])
  })
})

describe('yarn.lock v1: malformed entries are reported with their line and skipped', () => {
  const lock = `# yarn lockfile v1

good@^1.0.0:
  version "1.0.0"

noversion@^1.0.0:
  resolved "https://registry.yarnpkg.com/noversion/-/noversion-1.0.0.tgz"

"unterminated@^1.0.0:
  version "1.0.0"

badkey:
  version "1.0.0"

broken@^1.0.0:
  version "1.0.0"
  dependencies
    good "^1.0.0"

after@^2.0.0:
  version "2.0.0"
  dependencies:
    good "^1.0.0"
    missing "^3.0.0"
`
  const r = parseText(parseYarnLock, 'yarn.lock', lock, {})

  test('issues name the line; the good entries are still read', () => {
    const problems = r.issues.filter((i) => i.severity !== 'info').map((i) => [i.line, i.severity, i.message])
    expect(problems).toEqual([
      [9, 'error', 'unterminated string; entry skipped'],
      [17, 'error', 'expected "key value" or "key:", found "dependencies"; entry skipped'],
      [6, 'error', '"noversion@^1.0.0" has no version; skipped'],
      [12, 'error', 'cannot read the key "badkey" (expected name@range); entry skipped'],
      [20, 'warning', '"after@^2.0.0" depends on missing@^3.0.0, which the lockfile does not contain'],
    ])
    expect(r.issues.every((i) => i.file === 'yarn.lock')).toBe(true)
    expect([...nameVersions(r)].sort()).toEqual(['after@2.0.0', 'good@1.0.0'])
    expect(edgeLabels(r)).toContain('after@2.0.0 -> good@1.0.0')
    expect(r.complete).toBe(false)
  })
})

describe('yarn.lock berry, __metadata 4 (yarn 2): ranges without "npm:", checksums without cache key', () => {
  const lock = `# This file is generated by running "yarn install" inside your project.
# Manual changes might be lost - proceed with caution!

__metadata:
  version: 4
  cacheKey: 6

"@babel/highlight@npm:^7.10.4":
  version: 7.10.4
  resolution: "@babel/highlight@npm:7.10.4"
  dependencies:
    js-tokens: ^4.0.0
  checksum: ${hex512('highlight')}
  languageName: node
  linkType: hard

"js-tokens@npm:^4.0.0":
  version: 4.0.0
  resolution: "js-tokens@npm:4.0.0"
  checksum: ${hex512('js-tokens')}
  languageName: node
  linkType: hard

"root-workspace-0b6124@workspace:.":
  version: 0.0.0-use.local
  resolution: "root-workspace-0b6124@workspace:."
  dependencies:
    "@babel/highlight": ^7.10.4
  languageName: unknown
  linkType: soft
`
  const r = parseText(parseYarnLock, 'legacy/yarn.lock', lock)

  test('edges through "name@range" → "name@npm:range"; the unnamed root is named by its folder', () => {
    expect(r.format).toBe('yarn.lock v4 (berry)')
    expect(r.projects).toEqual([
      expect.objectContaining({
        id: '',
        name: 'legacy',
        version: undefined,
        manifest: 'legacy/package.json',
      }),
    ])
    expect(edgeLabels(r)).toEqual(
      new Set(['project:legacy -> @babel/highlight@7.10.4', '@babel/highlight@7.10.4 -> js-tokens@4.0.0']),
    )
    expect(pkg(r, 'js-tokens')!.hashes).toEqual([]) // a checksum hashes yarn's cache zip, not the package
    expect(pkg(r, 'js-tokens')!.line).toBe(17)
  })

  test('without package.json, dev dependencies cannot be told apart: all runtime, and an info issue', () => {
    expect(r.packages.every((p) => p.scope === 'runtime')).toBe(true)
    expect(r.issues).toEqual([
      {
        file: 'legacy/yarn.lock',
        line: undefined,
        severity: 'info',
        message: expect.stringMatching(
          /^no package\.json for workspace \.: its dev dependencies cannot be told/,
        ),
      },
    ])
    expect(r.complete).toBe(true)
  })
})

describe('yarn.lock berry, __metadata 6 (yarn 3): every source kind (synthetic)', () => {
  const ws = 'app%40workspace%3A.'
  const lock = `__metadata:
  version: 6
  cacheKey: 8

"app@workspace:.":
  version: 0.0.0-use.local
  resolution: "app@workspace:."
  dependencies:
    gitdep: "https://github.com/acme/gitdep.git#v1.0.0"
    ghdep: "acme/ghdep#main"
    linked: "link:./vendor/linked"
    local: "file:./vendor/local"
    lodash: "patch:lodash@npm%3A4.17.21#./.yarn/patches/lodash.patch"
    portaled: "portal:./vendor/portaled"
    private: ^1.0.0
    react: ^18.2.0
    react-dom: ^18.2.0
    strip-ansi: ^6.0.1
    strip-ansi-cjs: "npm:strip-ansi@^6.0.1"
    tarball: "https://example.com/tarball-1.0.0.tgz"
    typescript: ^4.5.2
  dependenciesMeta:
    fsevents:
      optional: true
  languageName: unknown
  linkType: soft

"ghdep@acme/ghdep#main":
  version: 0.3.0
  resolution: "ghdep@acme/ghdep#commit=${SHA1_B}"
  languageName: node
  linkType: hard

"gitdep@https://github.com/acme/gitdep.git#v1.0.0":
  version: 1.0.0
  resolution: "gitdep@https://github.com/acme/gitdep.git#commit=${SHA1_A}"
  checksum: ${hex512('gitdep')}
  languageName: node
  linkType: hard

"linked@link:./vendor/linked::locator=${ws}":
  version: 0.0.0-use.local
  resolution: "linked@link:./vendor/linked::locator=${ws}"
  languageName: node
  linkType: soft

"local@file:./vendor/local::locator=${ws}":
  version: 0.1.0
  resolution: "local@file:./vendor/local#./vendor/local::hash=abc123&locator=${ws}"
  checksum: ${hex512('local')}
  languageName: node
  linkType: hard

"lodash@npm:4.17.21":
  version: 4.17.21
  resolution: "lodash@npm:4.17.21"
  checksum: ${hex512('lodash')}
  languageName: node
  linkType: hard

"lodash@patch:lodash@npm%3A4.17.21#./.yarn/patches/lodash.patch::locator=${ws}":
  version: 4.17.21
  resolution: "lodash@patch:lodash@npm%3A4.17.21#./.yarn/patches/lodash.patch::version=4.17.21&hash=abcdef&locator=${ws}"
  checksum: ${hex512('lodash patched')}
  languageName: node
  linkType: hard

"portaled@portal:./vendor/portaled::locator=${ws}":
  version: 0.0.0-use.local
  resolution: "portaled@portal:./vendor/portaled::locator=${ws}"
  languageName: node
  linkType: soft

"private@npm:^1.0.0":
  version: 1.0.0
  resolution: "private@npm:1.0.0::__archiveUrl=https%3A%2F%2Fnpm.acme.example%2Fprivate%2F-%2Fprivate-1.0.0.tgz"
  languageName: node
  linkType: hard

"react-dom@npm:^18.2.0":
  version: 18.2.0
  resolution: "react-dom@npm:18.2.0"
  peerDependencies:
    react: ^18.2.0
  languageName: node
  linkType: hard

"react@npm:^18.2.0":
  version: 18.2.0
  resolution: "react@npm:18.2.0"
  languageName: node
  linkType: hard

"strip-ansi-cjs@npm:strip-ansi@^6.0.1, strip-ansi@npm:^6.0.1":
  version: 6.0.1
  resolution: "strip-ansi@npm:6.0.1"
  languageName: node
  linkType: hard

"tarball@https://example.com/tarball-1.0.0.tgz":
  version: 1.0.0
  resolution: "tarball@https://example.com/tarball-1.0.0.tgz"
  languageName: node
  linkType: hard

"typescript@npm:^4.5.2":
  version: 4.5.4
  resolution: "typescript@npm:4.5.4"
  languageName: node
  linkType: hard

"typescript@patch:typescript@^4.5.2#~builtin<compat/typescript>":
  version: 4.5.4
  resolution: "typescript@patch:typescript@npm%3A4.5.4#~builtin<compat/typescript>::version=4.5.4&hash=493e53"
  languageName: node
  linkType: hard
`
  const files = {
    'app/package.json': JSON.stringify({
      name: 'app',
      version: '2.0.0',
      dependencies: { react: '^18.2.0', 'react-dom': '^18.2.0' },
      devDependencies: { typescript: '^4.5.2' },
    }),
    'app/vendor/portaled/package.json': JSON.stringify({ name: 'portaled', version: '3.1.4' }),
  }
  const r = parseText(parseYarnLock, 'app/yarn.lock', lock, files)
  const byId = (id: string) => r.packages.find((p) => p.id === id)

  test('every entry is read; package.json lists fewer dependencies than the workspace entry', () => {
    expect(r.format).toBe('yarn.lock v6 (berry)')
    expect(r.packages).toHaveLength(14)
    expect(r.issues).toEqual([])
    expect(r.complete).toBe(true)
    expect(r.projects.map((p) => [p.id, p.name, p.version])).toEqual([['', 'app', '2.0.0']])
    expect(directOf(r, '')).toContain('typescript@4.5.4:dev')
    expect(directOf(r, '')).toContain('react@18.2.0:runtime')
  })

  test('aliases: one package, installed under both names', () => {
    expect(pkgs(r, 'strip-ansi')).toEqual([
      expect.objectContaining({
        id: 'strip-ansi@npm:6.0.1',
        alias: 'strip-ansi-cjs',
        purl: 'pkg:npm/strip-ansi@6.0.1',
      }),
    ])
    expect(r.edges.filter((e) => e.to === 'strip-ansi@npm:6.0.1')).toHaveLength(2)
  })

  test('git (also a GitHub shorthand), a tarball, a non-default registry', () => {
    expect(pkg(r, 'gitdep')).toMatchObject({
      source: 'git',
      purl: `pkg:npm/gitdep@1.0.0?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Facme%2Fgitdep.git%23${SHA1_A}`,
      resolved: `https://github.com/acme/gitdep.git#commit=${SHA1_A}`,
    })
    expect(pkg(r, 'ghdep')).toMatchObject({
      source: 'git',
      purl: `pkg:npm/ghdep@0.3.0?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Facme%2Fghdep.git%23${SHA1_B}`,
    })
    expect(pkg(r, 'tarball')).toMatchObject({
      source: 'url',
      purl: 'pkg:npm/tarball@1.0.0?download_url=https:%2F%2Fexample.com%2Ftarball-1.0.0.tgz',
    })
    expect(pkg(r, 'private')).toMatchObject({
      source: 'registry',
      purl: 'pkg:npm/private@1.0.0?repository_url=https:%2F%2Fnpm.acme.example',
      resolved: 'https://npm.acme.example/private/-/private-1.0.0.tgz',
    })
  })

  test('file:, link: and portal: (bound to the workspace that asks); link versions from their package.json', () => {
    expect(pkg(r, 'local')).toMatchObject({
      source: 'path',
      version: '0.1.0',
      resolved: 'file:./vendor/local#./vendor/local',
    })
    expect(pkg(r, 'portaled')).toMatchObject({
      source: 'link',
      version: '3.1.4',
      purl: 'pkg:npm/portaled@3.1.4',
    })
    expect(pkg(r, 'linked')).toMatchObject({ source: 'link', version: undefined, purl: 'pkg:npm/linked' })
    for (const name of ['local', 'portaled', 'linked'])
      expect(directOf(r, '').some((d) => d.startsWith(`${name}@`))).toBe(true)
  })

  test('patches: a user patch and a built-in one (yarn 3 syntax) keep the name and version', () => {
    const patched = byId(
      `lodash@patch:lodash@npm%3A4.17.21#./.yarn/patches/lodash.patch::version=4.17.21&hash=abcdef&locator=${ws}`,
    )!
    expect(patched).toMatchObject({
      name: 'lodash',
      version: '4.17.21',
      purl: 'pkg:npm/lodash@4.17.21',
      source: 'registry',
    })
    expect(patched.hashes).toEqual([])
    expect(r.edges).toContainEqual({ from: '', to: patched.id, scope: 'runtime' })
    expect(r.edges).toContainEqual({ from: patched.id, to: 'lodash@npm:4.17.21', scope: 'runtime' })
    // "typescript: ^4.5.2" gets the built-in patch of "typescript@^4.5.2"
    const ts =
      'typescript@patch:typescript@npm%3A4.5.4#~builtin<compat/typescript>::version=4.5.4&hash=493e53'
    expect(r.edges).toContainEqual({ from: '', to: ts, scope: 'dev' })
    expect(byId('typescript@npm:4.5.4')!.scope).toBe('dev')
  })

  test('a peer dependency resolves to what the parent provides', () => {
    expect(r.edges).toContainEqual({ from: 'react-dom@npm:18.2.0', to: 'react@npm:18.2.0', scope: 'peer' })
  })
})

describe('yarn.lock berry: resolutions of the root package.json', () => {
  test('"parent/name" applies to that parent only, "name" to every other', () => {
    const entry = (d: string, v: string, deps = '') =>
      `"${d}":\n  version: ${v}\n  resolution: "${d.replace(/@npm:.*/, '')}@npm:${v}"\n${deps}`
    const lock = [
      '__metadata:\n  version: 8\n',
      '"root@workspace:.":\n  version: 0.0.0-use.local\n  resolution: "root@workspace:."\n  dependencies:\n    a: "npm:^1.0.0"\n    b: "npm:^1.0.0"\n',
      entry('a@npm:^1.0.0', '1.0.0', '  dependencies:\n    dep: "npm:^1.0.0"\n'),
      entry('b@npm:^1.0.0', '1.0.0', '  dependencies:\n    dep: "npm:^1.0.0"\n'),
      entry('dep@npm:2.0.0', '2.0.0'),
      entry('dep@npm:1.5.0', '1.5.0'),
    ].join('\n')
    const manifest = JSON.stringify({ name: 'root', resolutions: { 'a/dep': '2.0.0', '**/dep': '1.5.0' } })
    const r = parseText(parseYarnLock, 'yarn.lock', lock, { 'package.json': manifest })
    expect(edgeLabels(r)).toEqual(
      new Set([
        'project:root -> a@1.0.0',
        'project:root -> b@1.0.0',
        'a@1.0.0 -> dep@2.0.0',
        'b@1.0.0 -> dep@1.5.0',
      ]),
    )
    expect(r.issues).toEqual([])
  })
})

describe('yarn.lock berry: virtual entries (yarn does not write them; tolerated)', () => {
  test('a virtual package is its underlying package, a virtual workspace its workspace', () => {
    const lock = `__metadata:
  version: 8

"root@workspace:.":
  version: 0.0.0-use.local
  resolution: "root@workspace:."
  dependencies:
    "@m/ui": "virtual:abc#workspace:packages/ui"
    x: "virtual:def#npm:1.0.0"

"@m/ui@virtual:abc#workspace:packages/ui":
  version: 0.0.0-use.local
  resolution: "@m/ui@virtual:abc#workspace:packages/ui"
  languageName: unknown
  linkType: soft

"x@virtual:def#npm:1.0.0":
  version: 1.0.0
  resolution: "x@virtual:def#npm:1.0.0"
  languageName: node
  linkType: hard
`
    const r = parseText(parseYarnLock, 'yarn.lock', lock)
    expect(r.projects.map((p) => [p.id, p.name])).toEqual([
      ['', 'root'],
      ['packages/ui', '@m/ui'],
    ])
    expect(r.packages).toEqual([
      expect.objectContaining({ name: 'x', version: '1.0.0', purl: 'pkg:npm/x@1.0.0' }),
    ])
    expect(directOf(r, '')).toEqual(['project:packages/ui:runtime', 'x@1.0.0:runtime'])
  })
})

describe('yarn.lock berry: malformed entries are reported with their line and skipped', () => {
  const lock = `__metadata:
  version: 8
  cacheKey: 10c0

"ok@npm:^1.0.0":
  version: 1.0.0
  resolution: "ok@npm:1.0.0"
  dependencies:
    gone: "npm:^2.0.0"
    maybe: "npm:^1.0.0"
  dependenciesMeta:
    maybe:
      optional: true

"noversion@npm:^1.0.0":
  resolution: "noversion@npm:1.0.0"

"noresolution@npm:^1.0.0":
  version: 1.0.0

"not a descriptor":
  version: 1.0.0
  resolution: "x@npm:1.0.0"

"scalar@npm:^1.0.0": just a string

"badsum@npm:^1.0.0":
  version: 1.0.0
  resolution: "badsum@npm:1.0.0"
  checksum: 10c0/nothex
`
  const r = parseText(parseYarnLock, 'b/yarn.lock', lock)

  test('each problem with its line; the readable entries are kept', () => {
    expect(r.issues.filter((i) => i.severity !== 'info').map((i) => [i.line, i.severity, i.message])).toEqual(
      [
        [15, 'error', '"noversion@npm:^1.0.0" has no version; skipped'],
        [18, 'error', '"noresolution@npm:^1.0.0" has no resolution; skipped'],
        [21, 'error', 'cannot read the key "not a descriptor" (expected name@range); entry skipped'],
        [25, 'error', 'entry "scalar@npm:^1.0.0" is not a map of fields; skipped'],
        [5, 'warning', '"ok@npm:^1.0.0" depends on gone@npm:^2.0.0, which the lockfile does not contain'],
      ],
    )
    expect([...nameVersions(r)].sort()).toEqual(['badsum@1.0.0', 'ok@1.0.0'])
    expect(r.complete).toBe(false)
  })
})

describe('yarn.lock berry: YAML beyond what yarn writes', () => {
  test('flow maps, single quotes and comments are read through the YAML library', () => {
    const lock = `# edited by hand
__metadata: {version: 8, cacheKey: 10c0}

'flow@npm:^1.0.0':   # a comment
  version: '1.0.0'
  resolution: "flow@npm:1.0.0"
  dependencies: { dep: "npm:^2.0.0" }

"dep@npm:^2.0.0":
  version: 2.0.0
  resolution: "dep@npm:2.0.0"
`
    const r = parseText(parseYarnLock, 'yarn.lock', lock)
    expect(edgeLabels(r)).toContain('flow@1.0.0 -> dep@2.0.0')
    expect(pkg(r, 'flow')!.line).toBe(4) // found by searching, only when the YAML library read the file
    expect(pkg(r, 'dep')!.line).toBe(9)
  })

  test('keys over 1,024 characters ("? key" then ":") are read by the fast reader', () => {
    const ranges = Array.from({ length: 80 }, (_, i) => `long@npm:^1.${i}.0`).join(', ')
    const lock = `__metadata:\n  version: 8\n\n? "${ranges}"\n:\n  version: 1.80.0\n  resolution: "long@npm:1.80.0"\n`
    const r = parseText(parseYarnLock, 'yarn.lock', lock)
    expect(r.packages).toEqual([expect.objectContaining({ id: 'long@npm:1.80.0', line: 4 })])
  })

  test('long runs of blanks cost linear time (no regex backtracking)', () => {
    const blanks = ' '.repeat(100_000)
    for (const text of [
      `__metadata:\n  version: 8\n\na${blanks}x\n`,
      `__metadata:\n  version: 8\n\n? a${blanks}x\n`,
      `__metadata:\n  version: 8\n\n"a@npm:1, ${blanks}b@npm:1":\n  version: 1.0.0\n  resolution: "a@npm:1.0.0"\n`,
      `# yarn lockfile v1\n\na${blanks}"x\n`,
    ]) {
      const started = Date.now()
      try {
        parseText(parseYarnLock, 'yarn.lock', text)
      } catch (err) {
        expect(err).toBeInstanceOf(ParseError)
      }
      expect(Date.now() - started).toBeLessThan(2000)
    }
  })

  test('a YAML alias bomb ("billion laughs") fails at once with a clear message', () => {
    const levels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']
    const lines = [
      '__metadata:',
      '  version: 8',
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ]
    for (let i = 1; i < levels.length; i++)
      lines.push(
        `${levels[i]}: &${levels[i]} [${Array(9)
          .fill(`*${levels[i - 1]}`)
          .join(',')}]`,
      )
    lines.push('"x@npm:^1.0.0":', '  version: 1.0.0', '  resolution: "x@npm:1.0.0"', '  dependencies: *i')
    const started = Date.now()
    let error: unknown
    try {
      parseText(parseYarnLock, 'yarn.lock', lines.join('\n'))
    } catch (err) {
      error = err
    }
    expect(Date.now() - started).toBeLessThan(1000)
    expect(error).toBeInstanceOf(ParseError)
    expect((error as ParseError).message).toMatch(/YAML aliases .* refused/)
    expect((error as ParseError).line).toBe(4)
  })
})

describe('yarn.lock with CRLF line ends (a Windows checkout)', () => {
  test.each(['yarn/app-yarn1/yarn.lock', 'yarn/app-berry4/yarn.lock'])('%s reads the same', (file) => {
    const lf = parseFixture(parseYarnLock, file)
    const text = readFileSync(join(TESTDATA, file), 'utf8').replaceAll('\n', '\r\n')
    const crlf = parseText(parseYarnLock, file, text, {
      [file.replace('yarn.lock', 'package.json')]: readFileSync(
        join(TESTDATA, file.replace('yarn.lock', 'package.json')),
        'utf8',
      ),
    })
    const rows = (list: object[]) => list.map((x) => JSON.stringify(x))
    expect(rows(crlf.packages)).toEqual(rows(lf.packages))
    expect(rows(crlf.edges)).toEqual(rows(lf.edges))
    expect(crlf.issues).toEqual([])
  })
})

describe('yarn.lock: files that are not yarn lockfiles', () => {
  const fail = (text: string) => {
    try {
      parseText(parseYarnLock, 'yarn.lock', text)
    } catch (err) {
      if (err instanceof ParseError) return { message: err.message, line: err.line }
      throw err
    }
    throw new Error('no ParseError')
  }

  test('empty, JSON, prose, YAML of something else', () => {
    expect(fail('')).toEqual({ message: 'empty file, expected a yarn lockfile', line: undefined })
    expect(fail('{"lockfileVersion": 3, "packages": {}}').message).toMatch(/^not a yarn lockfile/)
    expect(fail('hello world\nthis is not it\n').message).toMatch(/^not a yarn lockfile/)
    expect(fail('name: my-app\nservices:\n  web: nginx\n').message).toMatch(/^not a yarn lockfile/)
  })

  test('unresolved merge conflicts, classic and berry', () => {
    expect(fail('# yarn lockfile v1\n\n<<<<<<< HEAD\na@^1.0.0:\n  version "1.0.0"\n=======\n')).toEqual({
      message: 'unresolved merge conflict (git conflict markers in the lockfile)',
      line: 3,
    })
    expect(
      fail('__metadata:\n  version: 8\n\n"a@npm:^1.0.0":\n  version: 1.0.0\n>>>>>>> theirs\n').line,
    ).toBe(6)
  })

  test('a header or __metadata with no entries is an empty lockfile', () => {
    const classic = parseText(parseYarnLock, 'yarn.lock', '# yarn lockfile v1\n\n')
    expect(classic.packages).toEqual([])
    const berry = parseText(parseYarnLock, 'yarn.lock', '__metadata:\n  version: 10\n  cacheKey: 10c0\n')
    expect(berry.packages).toEqual([])
    expect(berry.format).toBe('yarn.lock v10 (berry)')
  })
})

describe('yarn.lock: real lockfiles of other yarn versions', () => {
  test('yarn 2 (__metadata 4) writes a git commit as "#commit:<sha>": the purl keeps it', () => {
    const r = parseFixture(parseYarnLock, 'yarn/git-ssh-berry2/yarn.lock')
    expect(r.format).toBe('yarn.lock v4 (berry)')
    expect(r.packages).toHaveLength(12)
    expect(pkg(r, 'body-parser')).toMatchObject({
      version: '1.9.0',
      source: 'git',
      purl: 'pkg:npm/body-parser@1.9.0?vcs_url=git%2Bssh:%2F%2Fgit%40github.com%2Fexpressjs%2Fbody-parser.git%23263f602e6ae34add6332c1eb4caa808893b0b711',
      resolved:
        'git+ssh://git@github.com/expressjs/body-parser.git#commit:263f602e6ae34add6332c1eb4caa808893b0b711',
    })
    expect(directOf(r, '')).toEqual(['body-parser@1.9.0:runtime'])
  })
})
