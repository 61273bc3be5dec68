import type { ParseResult } from '../../../src/model.js'
import { parseBunLock, parseBunLockb, stripJsonc } from '../../../src/parsers/npm/bun-lock.js'
import { parsePackageLock } from '../../../src/parsers/npm/package-lock.js'
import { edgeLabels, nameVersions, parseFixture, parseText, pkg } from '../../helpers/parse.js'

const byId = (r: ParseResult, id: string) => r.packages.find((p) => p.id === id)
const directOf = (r: ParseResult, id: string) =>
  r.edges
    .filter((e) => e.from === id)
    .map((e) => `${e.to}:${e.scope}`)
    .sort()
/** name@version → the scopes its copies have */
const scopes = (r: ParseResult) => {
  const out = new Map<string, string>()
  for (const p of r.packages) {
    const key = `${p.name}@${p.version}`
    out.set(key, [...new Set([...(out.get(key)?.split(',') ?? []), p.scope])].sort().join(','))
  }
  return out
}
const devOnly = (r: ParseResult) =>
  new Set(r.packages.filter((p) => p.scope === 'dev').map((p) => `${p.name}@${p.version}`))
const minus = <T>(a: Set<T>, b: Set<T>) => [...a].filter((x) => !b.has(x)).sort()
const lineOfText = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1

/** A bun.lock as bun writes it: two-space JSON with a trailing comma after every last member. */
const bunLock = (lock: object) => JSON.stringify(lock, null, 2).replace(/([^[{,\s])\n(\s*[}\]])/g, '$1,\n$2')
const sri = (byte: number) => 'sha512-' + Buffer.alloc(64, byte).toString('base64')

describe('bun.lock v2 (bun 1.4, corpus-generated app-bun1: the package.json of npm/app-npm11)', () => {
  const r = parseFixture(parseBunLock, 'bun/app-bun1/bun.lock')
  const npm = parseFixture(parsePackageLock, 'npm/app-npm11/package-lock.json')

  test('one package per install path, 1,125 distinct name@version, nothing to report', () => {
    expect(r.format).toBe('bun.lock v2')
    expect(r.packages).toHaveLength(1198)
    expect(new Set(r.packages.map((p) => p.id)).size).toBe(1198)
    expect(nameVersions(r).size).toBe(1125)
    expect(r.issues).toEqual([])
    expect(r.complete).toBe(true)
  })

  test("the same packages as npm's lockfile, but for the two npm installs twice where bun dedupes", () => {
    expect(minus(nameVersions(r), nameVersions(npm))).toEqual([])
    // npm hoists the newest match of "^1.6.0" / "^4.8.0" and nests logform's "1.6.0" and
    // @next/eslint-plugin-next's "4.9.1"; bun gives every dependent the one version that satisfies them all
    expect(minus(nameVersions(npm), nameVersions(r))).toEqual([
      '@colors/colors@1.6.1',
      '@eslint-community/eslint-utils@4.10.1',
    ])
  })

  test('the root project from package.json, its 14 runtime and 26 dev dependencies', () => {
    expect(r.projects).toEqual([
      {
        id: '',
        ecosystem: 'npm',
        name: 'acme-storefront',
        version: '1.4.0',
        purl: 'pkg:npm/acme-storefront@1.4.0',
        manifest: 'bun/app-bun1/package.json',
        dir: 'bun/app-bun1',
      },
    ])
    expect(directOf(r, '')).toEqual(directOf(npm, ''))
    expect(directOf(r, '')).toHaveLength(40)
    expect(r.edges).toContainEqual({ from: '', to: 'node_modules/express', scope: 'runtime' })
    expect(r.edges).toContainEqual({ from: '', to: 'node_modules/eslint', scope: 'dev' })
  })

  test('purls, the registry tarball URL, and sha512 hashes equal to those npm recorded', () => {
    const express = pkg(r, 'express')!
    expect(express).toMatchObject({
      id: 'node_modules/express',
      version: '4.22.3',
      purl: 'pkg:npm/express@4.22.3',
      source: 'registry',
      resolved: 'https://registry.npmjs.org/express/-/express-4.22.3.tgz',
    })
    expect(express.alias).toBeUndefined()
    expect(pkg(r, '@aws-sdk/client-s3')).toMatchObject({
      purl: 'pkg:npm/%40aws-sdk/client-s3@3.1169.0',
      resolved: 'https://registry.npmjs.org/@aws-sdk/client-s3/-/client-s3-3.1169.0.tgz',
    })
    const npmByNameVersion = new Map(npm.packages.map((p) => [`${p.name}@${p.version}`, p]))
    const differ = r.packages.filter((p) => {
      const same = npmByNameVersion.get(`${p.name}@${p.version}`)!
      return (
        JSON.stringify([p.hashes, p.purl, p.resolved]) !==
        JSON.stringify([same.hashes, same.purl, same.resolved])
      )
    })
    expect(differ).toEqual([])
    expect(r.packages.filter((p) => p.hashes.length !== 1 || p.hashes[0].alg !== 'SHA-512')).toEqual([])
  })

  test("scopes derived from the workspaces' declarations equal the flags npm wrote, dev-only set included", () => {
    const ours = scopes(r)
    const theirs = scopes(npm)
    const differ = [...ours].filter(([nv, s]) => theirs.get(nv) !== s)
    expect(differ).toEqual([])
    expect(pkg(r, 'eslint')!.scope).toBe('dev')
    expect(pkg(r, 'express')!.scope).toBe('runtime')
    expect(pkg(r, '@img/sharp-darwin-arm64', '0.33.5')!.scope).toBe('optional')
    // npm's dev-only set has one more: its extra eslint-utils 4.10.1
    expect(minus(devOnly(npm), devOnly(r))).toEqual(['@eslint-community/eslint-utils@4.10.1'])
    expect(minus(devOnly(r), devOnly(npm))).toEqual([])
    expect(devOnly(r).size).toBe(867)
  })

  test('nested copies are their own nodes, and dependencies resolve from the nearest copy up', () => {
    expect(byId(r, 'node_modules/sharp')!.version).toBe('0.33.5')
    expect(byId(r, 'node_modules/next/node_modules/sharp')!.version).toBe('0.35.5')
    expect(r.edges).toContainEqual({
      from: 'node_modules/next',
      to: 'node_modules/next/node_modules/sharp',
      scope: 'optional',
    })
    // scoped inside scoped: "@img/sharp-freebsd-wasm32/@img/sharp-wasm32"
    expect(byId(r, 'node_modules/@img/sharp-freebsd-wasm32/node_modules/@img/sharp-wasm32')!.version).toBe(
      '0.35.5',
    )
    // four levels down, p-limit 2.3.0 finds p-try at the top
    const pLimit =
      'node_modules/@istanbuljs/load-nyc-config/node_modules/find-up/node_modules/locate-path/node_modules/p-locate/node_modules/p-limit'
    expect(byId(r, pLimit)!.version).toBe('2.3.0')
    expect(r.edges).toContainEqual({ from: pLimit, to: 'node_modules/p-try', scope: 'runtime' })
    const edges = edgeLabels(r)
    expect(edges).toContain('body-parser@1.20.9 -> debug@2.6.9')
    expect(edges).toContain('debug@2.6.9 -> ms@2.0.0')
    expect(edges).not.toContain('debug@2.6.9 -> ms@2.1.3')
  })

  test("npm's edges are bun's, but for the deduped packages; bun adds edges to optional peers", () => {
    const ours = edgeLabels(r)
    const theirs = edgeLabels(npm)
    expect(minus(theirs, ours)).toEqual([
      '@eslint-community/eslint-utils@4.10.1 -> eslint-visitor-keys@3.4.3',
      '@eslint-community/eslint-utils@4.10.1 -> eslint@9.39.5',
      '@typescript-eslint/utils@8.73.0 -> @eslint-community/eslint-utils@4.10.1',
      // an optional peer: npm nests @vitest/mocker under vitest next to vite 5, bun hoists it next to vite 6
      '@vitest/mocker@2.1.9 -> vite@5.4.21',
      'eslint@9.39.5 -> @eslint-community/eslint-utils@4.10.1',
      'winston@3.19.0 -> @colors/colors@1.6.1',
    ])
    const extra = minus(ours, theirs)
    expect(extra).toContain('winston@3.19.0 -> @colors/colors@1.6.0')
    expect(extra).toContain('eslint@9.39.5 -> @eslint-community/eslint-utils@4.9.1')
    // bun lists the peers a package names only in peerDependenciesMeta as optional peers; npm has no edge
    expect(extra).toContain('styled-jsx@5.1.6 -> @babel/core@7.29.13')
    expect(extra).toHaveLength(15)
    expect(r.edges).toContainEqual({
      from: 'node_modules/styled-jsx',
      to: 'node_modules/@babel/core',
      scope: 'peer',
    })
    expect(pkg(r, '@babel/core')!.scope).toBe('dev') // an optional peer installs nothing
  })
})

describe('bun.lock v2 with workspaces (corpus-generated workspace-bun1)', () => {
  const r = parseFixture(parseBunLock, 'bun/workspace-bun1/bun.lock')
  const npm = parseFixture(parsePackageLock, 'npm/workspaces-npm11/package-lock.json')

  test('each workspace member is a project, as npm has them', () => {
    expect(r.projects.map((p) => [p.id, p.name, p.version, p.manifest, p.dir])).toEqual([
      ['', 'acme-monorepo', '0.0.0', 'bun/workspace-bun1/package.json', 'bun/workspace-bun1'],
      [
        'packages/core',
        '@acme/core',
        '1.2.0',
        'bun/workspace-bun1/packages/core/package.json',
        'bun/workspace-bun1/packages/core',
      ],
      [
        'packages/web',
        '@acme/web',
        '0.5.0',
        'bun/workspace-bun1/packages/web/package.json',
        'bun/workspace-bun1/packages/web',
      ],
    ])
  })

  test("each project's direct dependencies, the same as npm's; @acme/web depends on the @acme/core project", () => {
    expect(directOf(r, 'packages/core')).toEqual([
      'node_modules/@types/lodash:dev',
      'node_modules/axios:runtime',
      'node_modules/lodash:runtime',
      'node_modules/zod:runtime',
    ])
    expect(directOf(r, 'packages/web')).toContain('packages/core:runtime')
    for (const id of ['', 'packages/core', 'packages/web']) expect(directOf(r, id)).toEqual(directOf(npm, id))
  })

  test('324 distinct packages, workspaces are not packages; npm has one postcss more', () => {
    expect(r.format).toBe('bun.lock v2')
    expect(r.packages).toHaveLength(330) // 332 entries, two of them the workspaces
    expect(nameVersions(r).size).toBe(324)
    expect(r.packages.some((p) => p.name.startsWith('@acme/'))).toBe(false)
    expect(r.issues).toEqual([])
    expect(r.complete).toBe(true)
    expect(minus(nameVersions(r), nameVersions(npm))).toEqual([])
    // npm hoists postcss 8.5.33 for vite's "^8.4.43" and nests next's "8.5.23"; bun uses 8.5.23 for both
    expect(minus(nameVersions(npm), nameVersions(r))).toEqual(['postcss@8.5.33'])
  })

  test("scopes and the dev-only set agree with npm's flags", () => {
    const theirs = scopes(npm)
    expect([...scopes(r)].filter(([nv, s]) => theirs.get(nv) !== s)).toEqual([])
    expect(minus(devOnly(npm), devOnly(r))).toEqual(['postcss@8.5.33'])
    expect(minus(devOnly(r), devOnly(npm))).toEqual([])
    expect(pkg(r, 'vitest')!.scope).toBe('dev')
    expect(pkg(r, 'axios')!.scope).toBe('runtime')
  })
})

describe('bun.lock v1 (task-manager-elysia)', () => {
  const r = parseFixture(parseBunLock, 'bun/task-manager-elysia/bun.lock')

  test('10 packages, the root with its runtime, dev and peer dependencies', () => {
    expect(r.format).toBe('bun.lock v1')
    expect(nameVersions(r)).toEqual(
      new Set([
        '@sinclair/typebox@0.34.33',
        '@types/bun@1.2.10',
        '@types/node@22.15.3',
        'bun-types@1.2.10',
        'cookie@1.0.2',
        'elysia@1.2.25',
        'memoirist@0.3.0',
        'openapi-types@12.1.3',
        'typescript@5.8.3',
        'undici-types@6.21.0',
      ]),
    )
    expect(r.projects).toMatchObject([
      {
        id: '',
        name: 'task-manager-elysia',
        version: undefined,
        manifest: 'bun/task-manager-elysia/package.json',
      },
    ])
    expect(directOf(r, '')).toEqual([
      'node_modules/@types/bun:dev',
      'node_modules/elysia:runtime',
      'node_modules/typescript:peer',
    ])
    expect(r.edges).toContainEqual({
      from: 'node_modules/elysia',
      to: 'node_modules/typescript',
      scope: 'peer',
    })
    expect(Object.fromEntries(r.packages.map((p) => [p.name, p.scope]))).toEqual({
      '@sinclair/typebox': 'runtime',
      '@types/bun': 'dev',
      '@types/node': 'dev',
      'bun-types': 'dev',
      cookie: 'runtime',
      elysia: 'runtime',
      memoirist: 'runtime',
      'openapi-types': 'runtime',
      typescript: 'peer',
      'undici-types': 'dev',
    })
    expect(pkg(r, 'cookie')!.hashes).toEqual([
      {
        alg: 'SHA-512',
        value: Buffer.from(
          '9Kr/j4O16ISv8zBBhJoi4bXOYNTkFLOqSL3UDB0njXxCXNezjeyVrJyGOWtgfs/q2km1gwBcfH8q1yEGoMYunA==',
          'base64',
        ).toString('hex'),
      },
    ])
    expect(r.issues).toEqual([])
  })
})

describe('bun.lock tuples of every source kind (synthetic)', () => {
  const commit = '0123456789abcdef0123456789abcdef01234567'
  const text = bunLock({
    lockfileVersion: 1,
    workspaces: {
      '': {
        name: 'app',
        dependencies: {
          gh: 'github:owner/gh',
          g: 'git+https://git.test/g.git',
          t: 'https://x.test/t.tgz',
          chalk: 'https://registry.npmjs.org/chalk/-/chalk-4.1.2.tgz',
          vendored: 'file:./vendor/vendored-1.0.0.tgz',
          local: 'file:./libs/local',
          linked: 'link:linked',
          str: 'npm:string-width@^4',
          priv: '^1',
        },
      },
    },
    packages: {
      chalk: ['chalk@https://registry.npmjs.org/chalk/-/chalk-4.1.2.tgz', {}, sri(2)],
      g: [`g@git+https://git.test/g.git#${commit}`, { dependencies: { str: '*' } }, commit, sri(3)],
      gh: ['gh@github:owner/gh#abc1234', {}, 'owner-gh-abc1234'],
      linked: ['linked@link:linked', {}],
      local: ['local@file:libs/local', { dependencies: { t: '*' } }],
      priv: ['priv@1.0.0', 'https://npm.corp.test/repo/priv/-/priv-1.0.0.tgz', {}, sri(4)],
      str: ['string-width@4.2.3', '', {}, sri(5)],
      t: ['t@https://x.test/t.tgz', {}],
      vendored: ['vendored@vendor/vendored-1.0.0.tgz', {}, sri(6)],
    },
  })
  const r = parseText(parseBunLock, 'bun.lock', text, {
    'package.json': JSON.stringify({ name: 'app', version: '2.0.0' }),
    'libs/local/package.json': JSON.stringify({ name: 'local', version: '3.0.0' }),
  })
  const named = (name: string) => r.packages.find((p) => p.name === name)!

  test('sources, versions, purls, hashes and resolved locations', () => {
    expect(r.issues).toEqual([])
    expect(r.complete).toBe(true)
    expect(named('gh')).toMatchObject({
      source: 'git',
      version: 'abc1234',
      resolved: 'github:owner/gh#abc1234',
      purl: 'pkg:npm/gh@abc1234?vcs_url=github:owner%2Fgh%23abc1234',
      hashes: [],
    })
    expect(named('g')).toMatchObject({
      source: 'git',
      version: commit,
      purl: `pkg:npm/g@${commit}?vcs_url=git%2Bhttps:%2F%2Fgit.test%2Fg.git%23${commit}`,
      hashes: [{ alg: 'SHA-512', value: '03'.repeat(64) }],
    })
    expect(named('t')).toMatchObject({
      source: 'url',
      version: undefined,
      purl: 'pkg:npm/t?download_url=https:%2F%2Fx.test%2Ft.tgz',
      resolved: 'https://x.test/t.tgz',
    })
    // a registry tarball URL as the dependency: still the registry, the version from the file name
    expect(named('chalk')).toMatchObject({
      source: 'registry',
      version: '4.1.2',
      purl: 'pkg:npm/chalk@4.1.2',
      hashes: [{ alg: 'SHA-512', value: '02'.repeat(64) }],
    })
    expect(named('vendored')).toMatchObject({
      source: 'path',
      resolved: 'vendor/vendored-1.0.0.tgz',
      hashes: [{ alg: 'SHA-512', value: '06'.repeat(64) }],
    })
    // a folder of the repository: its package.json gives the version
    expect(named('local')).toMatchObject({ source: 'path', version: '3.0.0', resolved: 'libs/local' })
    expect(named('linked')).toMatchObject({ source: 'link', version: undefined, resolved: 'link:linked' })
    expect(named('priv')).toMatchObject({
      source: 'registry',
      purl: 'pkg:npm/priv@1.0.0?repository_url=https:%2F%2Fnpm.corp.test%2Frepo',
      resolved: 'https://npm.corp.test/repo/priv/-/priv-1.0.0.tgz',
    })
    // an alias: the real package, installed under another name
    expect(named('string-width')).toMatchObject({
      id: 'node_modules/str',
      alias: 'str',
      purl: 'pkg:npm/string-width@4.2.3',
      resolved: 'https://registry.npmjs.org/string-width/-/string-width-4.2.3.tgz',
    })
    expect(r.projects[0]).toMatchObject({ name: 'app', version: '2.0.0', manifest: 'package.json' })
  })

  test('edges from the root and from git and folder packages', () => {
    expect(edgeLabels(r)).toEqual(
      new Set([
        'project:app -> gh@abc1234',
        `project:app -> g@${commit}`,
        'project:app -> t@undefined',
        'project:app -> chalk@4.1.2',
        'project:app -> vendored@undefined',
        'project:app -> local@3.0.0',
        'project:app -> linked@undefined',
        'project:app -> string-width@4.2.3',
        'project:app -> priv@1.0.0',
        `g@${commit} -> string-width@4.2.3`,
        'local@3.0.0 -> t@undefined',
      ]),
    )
  })
})

describe('bun.lock workspaces and nesting (synthetic)', () => {
  test('copies nested in a workspace live in its folder; lookups walk up one package at a time', () => {
    const text = bunLock({
      lockfileVersion: 2,
      workspaces: {
        '': { name: 'mono', devDependencies: { a: '^1' } },
        'packages/web': {
          name: '@acme/web',
          version: '0.5.0',
          dependencies: { '@acme/core': 'workspace:*', c: '^2', '@s/x': '1' },
        },
        'packages/core': { name: '@acme/core', version: '1.0.0', dependencies: { c: '^1' } },
      },
      packages: {
        '@acme/core': ['@acme/core@workspace:packages/core'],
        '@acme/web': ['@acme/web@workspace:packages/web'],
        '@s/x': ['@s/x@1.0.0', '', { dependencies: { c: '*', d: '*' } }, sri(1)],
        a: ['a@1.0.0', '', { dependencies: { b: '*', c: '*' } }, sri(1)],
        b: ['b@1.0.0', '', { dependencies: { c: '*' } }, sri(1)],
        c: ['c@1.0.0', '', {}, sri(1)],
        d: ['d@1.0.0', '', {}, sri(1)],
        '@acme/web/c': ['c@2.0.0', '', {}, sri(2)],
        '@s/x/d': ['d@2.0.0', '', { dependencies: { c: '*' } }, sri(2)],
        'a/b': ['b@2.0.0', '', { dependencies: { c: '*' } }, sri(2)],
        'a/c': ['c@3.0.0', '', {}, sri(3)],
        'a/b/@s/x': ['@s/x@2.0.0', '', { dependencies: { c: '*' } }, sri(2)],
      },
    })
    const r = parseText(parseBunLock, 'sub/bun.lock', text)
    expect(r.issues).toEqual([])
    expect(r.projects.map((p) => [p.id, p.name, p.manifest])).toEqual([
      ['', 'mono', 'sub/package.json'],
      ['packages/web', '@acme/web', 'sub/packages/web/package.json'],
      ['packages/core', '@acme/core', 'sub/packages/core/package.json'],
    ])
    expect(r.packages.map((p) => p.id).sort()).toEqual([
      'node_modules/@s/x',
      'node_modules/@s/x/node_modules/d',
      'node_modules/a',
      'node_modules/a/node_modules/b',
      'node_modules/a/node_modules/b/node_modules/@s/x',
      'node_modules/a/node_modules/c',
      'node_modules/b',
      'node_modules/c',
      'node_modules/d',
      'packages/web/node_modules/c',
    ])
    expect(new Set(r.edges.map((e) => `${e.from} -> ${e.to}:${e.scope}`))).toEqual(
      new Set([
        ' -> node_modules/a:dev',
        'packages/web -> packages/core:runtime',
        'packages/web -> packages/web/node_modules/c:runtime',
        'packages/web -> node_modules/@s/x:runtime',
        'packages/core -> node_modules/c:runtime',
        'node_modules/@s/x -> node_modules/c:runtime',
        'node_modules/@s/x -> node_modules/@s/x/node_modules/d:runtime',
        'node_modules/@s/x/node_modules/d -> node_modules/c:runtime',
        'node_modules/a -> node_modules/a/node_modules/b:runtime',
        'node_modules/a -> node_modules/a/node_modules/c:runtime',
        'node_modules/a/node_modules/b -> node_modules/a/node_modules/c:runtime',
        'node_modules/b -> node_modules/c:runtime',
        'node_modules/a/node_modules/b/node_modules/@s/x -> node_modules/a/node_modules/c:runtime',
      ]),
    )
    const scope = Object.fromEntries(r.packages.map((p) => [p.id, p.scope]))
    expect(scope['node_modules/a/node_modules/c']).toBe('dev')
    expect(scope['node_modules/c']).toBe('runtime')
    expect(scope['node_modules/b']).toBe('runtime') // reached by nothing: keeps the default
  })

  test('lockfileVersion 0: workspace tuples carry the dependencies; a member missing from "workspaces" is still a project', () => {
    const text = bunLock({
      lockfileVersion: 0,
      workspaces: {
        '': {
          name: 'old',
          dependencies: {
            lib: 'workspace:*',
            'uWebSocket.js': 'uNetworking/uWebSockets.js#v20.51.0',
            old: '.',
          },
        },
      },
      packages: {
        lib: ['lib@workspace:libs/lib', { dependencies: { c: '^1' }, devDependencies: { d: '^1' } }],
        c: ['c@1.0.0', '', {}, sri(1)],
        d: ['d@1.0.0', '', {}, sri(1)],
        // from bun's blog post on bun 1.1.39's text lockfile, and bun's own test of a root resolution
        'uWebSocket.js': [
          'uWebSockets.js@github:uNetworking/uWebSockets.js#6609a88',
          {},
          'uNetworking-uWebSockets.js-6609a88',
        ],
        old: ['old@root:', { bin: 'old.js' }],
      },
    })
    const r = parseText(parseBunLock, 'bun.lock', text, {
      'package.json': JSON.stringify({ name: 'old', version: '1.0.0' }),
    })
    expect(r.format).toBe('bun.lock v0')
    expect(r.issues).toEqual([])
    expect(r.projects.map((p) => [p.id, p.name, p.manifest])).toEqual([
      ['', 'old', 'package.json'],
      ['libs/lib', 'lib', 'libs/lib/package.json'],
    ])
    expect(new Set(r.edges.map((e) => `${e.from} -> ${e.to}:${e.scope}`))).toEqual(
      new Set([
        'libs/lib -> node_modules/c:runtime',
        'libs/lib -> node_modules/d:dev',
        ' -> libs/lib:runtime',
        ' -> node_modules/uWebSocket.js:runtime',
      ]),
    )
    expect(Object.fromEntries(r.packages.map((p) => [p.name, p.scope]))).toEqual({
      c: 'runtime',
      d: 'dev',
      'uWebSockets.js': 'runtime',
    })
    expect(pkg(r, 'uWebSockets.js')).toMatchObject({
      alias: 'uWebSocket.js',
      version: '6609a88',
      source: 'git',
      purl: 'pkg:npm/uWebSockets.js@6609a88?vcs_url=github:uNetworking%2FuWebSockets.js%236609a88',
    })
  })

  test('trustedDependencies, patchedDependencies, overrides and catalogs do not change the packages', () => {
    const text = bunLock({
      lockfileVersion: 1,
      workspaces: { '': { name: 'x', dependencies: { a: 'catalog:', b: 'catalog:tools' } } },
      trustedDependencies: ['a'],
      patchedDependencies: { 'a@1.0.0': 'patches/a@1.0.0.patch' },
      overrides: { b: '2.0.0' },
      catalog: { a: '^1.0.0' },
      catalogs: { tools: { b: '^2.0.0' } },
      packages: { a: ['a@1.0.0', '', {}, sri(1)], b: ['b@2.0.0', '', {}, sri(1)] },
    })
    const r = parseText(parseBunLock, 'bun.lock', text)
    expect(r.issues).toEqual([])
    expect(nameVersions(r)).toEqual(new Set(['a@1.0.0', 'b@2.0.0']))
    expect(pkg(r, 'a')!.purl).toBe('pkg:npm/a@1.0.0')
    expect(directOf(r, '')).toEqual(['node_modules/a:runtime', 'node_modules/b:runtime'])
  })
})

describe('bun.lock input that is not quite right', () => {
  test('malformed entries are reported with their line and skipped; the rest is read', () => {
    const text = bunLock({
      lockfileVersion: 1,
      workspaces: {
        '': { name: 'app', dependencies: { good: '1', bare: '1', noinfo: '1', odd: '1', gone: '1' } },
        'packages/nameless': { version: '1.0.0' },
      },
      packages: {
        good: ['good@1.0.0', '', {}, sri(1)],
        bare: 'bare@1.0.0',
        noinfo: ['noinfo@1.0.0', ''],
        odd: ['odd@latest', {}],
        weird: ['no-at-sign', {}],
      },
    })
    const r = parseText(parseBunLock, 'bun.lock', text)
    expect(nameVersions(r)).toEqual(new Set(['good@1.0.0']))
    expect(r.complete).toBe(false)
    const line = (needle: string) => lineOfText(text, needle)
    expect(r.issues).toEqual([
      {
        file: 'bun.lock',
        line: line('"packages/nameless"'),
        severity: 'error',
        message: 'workspace "packages/nameless" has no name; skipped',
      },
      {
        file: 'bun.lock',
        line: line('"bare": "bare@1.0.0"'),
        severity: 'error',
        message: 'package "bare" is not an array starting with "name@resolution"; skipped',
      },
      {
        file: 'bun.lock',
        line: line('"noinfo": ['),
        severity: 'error',
        message: 'package "noinfo" has no dependency object (third element); skipped',
      },
      {
        file: 'bun.lock',
        line: line('"odd": ['),
        severity: 'error',
        message: 'package "odd" has an unrecognized resolution "latest"; skipped',
      },
      {
        file: 'bun.lock',
        line: line('"weird": ['),
        severity: 'error',
        message: 'package "weird" has an unreadable resolution "no-at-sign"; skipped',
      },
      ...['bare', 'noinfo', 'odd', 'gone'].map((name) => ({
        file: 'bun.lock',
        line: line('"": {'),
        severity: 'warning',
        message: `the root workspace depends on ${name}@1, which the lockfile does not contain`,
      })),
    ])
  })

  test('a missing dependency of a package is a warning on its line; missing optional ones are fine', () => {
    const text = bunLock({
      lockfileVersion: 2,
      workspaces: { '': { dependencies: { a: '1' } } },
      packages: {
        a: [
          'a@1.0.0',
          '',
          {
            dependencies: { lost: '1' },
            optionalDependencies: { '@esbuild/win32-x64': '1' },
            peerDependencies: { p: '1' },
          },
          sri(1),
        ],
      },
    })
    const r = parseText(parseBunLock, 'apps/x/bun.lock', text)
    expect(r.issues).toEqual([
      {
        file: 'apps/x/bun.lock',
        line: lineOfText(text, '"a": ['),
        severity: 'warning',
        message: '"a" depends on lost@1, which the lockfile does not contain',
      },
    ])
    expect(r.complete).toBe(false)
    expect(r.projects[0]).toMatchObject({ name: 'x', manifest: 'apps/x/package.json' })
  })

  test('comments and trailing commas anywhere, outside strings only', () => {
    const text = [
      '// written by hand',
      '{',
      '  "lockfileVersion": 1, /* the text lockfile',
      '     of bun 1.2 */',
      '  "workspaces": { "": { "name": "c", "dependencies": { "a": "https://x.test/a,}//.tgz", }, }, },',
      '  "packages": {',
      '    // the only package',
      '    "a": ["a@https://x.test/a,}//.tgz", { "bin": { "a": "a /* not a comment */ ,]" }, }, ],',
      '  },',
      '}',
      '',
    ].join('\n')
    const r = parseText(parseBunLock, 'bun.lock', text)
    expect(r.issues).toEqual([])
    expect(r.packages.map((p) => p.resolved)).toEqual(['https://x.test/a,}//.tgz'])
    expect(directOf(r, '')).toEqual(['node_modules/a:runtime'])
    expect(JSON.parse(stripJsonc(text))).toEqual({
      lockfileVersion: 1,
      workspaces: { '': { name: 'c', dependencies: { a: 'https://x.test/a,}//.tgz' } } },
      packages: { a: ['a@https://x.test/a,}//.tgz', { bin: { a: 'a /* not a comment */ ,]' } }] },
    })
    // line breaks of comments are kept, so errors after them are on the right line
    expect(stripJsonc(text).split('\n')).toHaveLength(text.split('\n').length)
  })

  test.each([
    [
      'truncated',
      '{\n  "lockfileVersion": 1,\n  "packages": {\n',
      /^not valid JSON: unexpected end of file/,
      4,
    ],
    [
      'broken after a comment',
      '{\n  /* a\n  b */\n  "lockfileVersion": 1,\n  "packages": { "a": ["a@1.0.0" "", {}] },\n}',
      /^not valid JSON: unexpected/,
      5,
    ],
    ['not JSON', 'lockfileVersion: 1\n', /^not valid JSON: /, 1],
    [
      'of an unknown version',
      '{\n  "lockfileVersion": 3,\n  "workspaces": {},\n}',
      /^unknown lockfileVersion 3: lockgraph reads bun.lock versions 0, 1 and 2$/,
      2,
    ],
    [
      'without lockfileVersion',
      '{ "name": "x", "packages": {} }',
      /^not a bun.lock: no "lockfileVersion"$/,
      1,
    ],
    ['an array', '[1, 2,]', /^not a bun.lock: the top level is not a JSON object$/, 1],
    [
      'with "packages" not an object',
      '{\n  "lockfileVersion": 1,\n  "packages": [],\n}',
      /^"packages" is not/,
      3,
    ],
    ['empty', '', /^empty file/, undefined],
  ])('a file that is %s throws one ParseError with its line', (_what, text, message, line) => {
    let error: unknown
    try {
      parseText(parseBunLock, 'bun.lock', text)
    } catch (err) {
      error = err
    }
    expect(error).toMatchObject({ name: 'ParseError', message: expect.stringMatching(message), line })
  })

  test('bun.lockb is not read: the error says how to write bun.lock', () => {
    const binary = '#!/usr/bin/env bun\nbun-lockfile-format-v0\n\u0003\u0000\u0000\u0000'
    expect(() =>
      parseBunLockb({ path: 'bun.lockb', text: binary, files: { read: () => undefined } }),
    ).toThrow(
      expect.objectContaining({
        name: 'ParseError',
        message: expect.stringContaining(
          '`bun install --save-text-lockfile --frozen-lockfile --lockfile-only` (bun 1.1.39 or later)',
        ),
      }),
    )
    expect(() => parseBunLockb({ path: 'bun.lockb', text: '', files: { read: () => undefined } })).toThrow(
      /binary lockfile.*bun 1\.2 or later, which writes bun\.lock by default/,
    )
  })
})
