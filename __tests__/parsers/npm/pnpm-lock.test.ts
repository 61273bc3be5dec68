import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FAILSAFE_SCHEMA, load } from 'js-yaml'
import { deriveScopes } from '../../../src/graph/scopes.js'
import { SCOPE_RANK, type ParseResult, type Scope } from '../../../src/model.js'
import { parsePackageLock } from '../../../src/parsers/npm/package-lock.js'
import { parsePnpmLock } from '../../../src/parsers/npm/pnpm-lock.js'
import { readLockDocument, readYamlSubset } from '../../../src/parsers/npm/pnpm-yaml.js'
import { edgeLabels, nameVersions, parseFixture, parseText, pkg, TESTDATA } from '../../helpers/parse.js'

/** Edges as labels with their scope: "a@1 -> b@2:runtime". */
const scopedEdges = (r: ParseResult): Set<string> => {
  const label = new Map<string, string>()
  for (const p of r.projects) label.set(p.id, `project:${p.name}`)
  for (const p of r.packages) label.set(p.id, `${p.name}@${p.version}`)
  return new Set(r.edges.map((e) => `${label.get(e.from)} -> ${label.get(e.to)}:${e.scope}`))
}

/** The strongest scope of each name@version (npm has one node per install location). */
const scopeByNameVersion = (r: ParseResult): Map<string, Scope> => {
  const out = new Map<string, Scope>()
  for (const p of r.packages) {
    const key = `${p.name}@${p.version}`
    const had = out.get(key)
    if (!had || SCOPE_RANK[p.scope] > SCOPE_RANK[had]) out.set(key, p.scope)
  }
  return out
}

const directOf = (r: ParseResult, projectId: string): string[] => {
  const label = new Map<string, string>()
  for (const p of r.projects) label.set(p.id, `project:${p.name}`)
  for (const p of r.packages) label.set(p.id, `${p.name}@${p.version}`)
  return r.edges
    .filter((e) => e.from === projectId)
    .map((e) => `${label.get(e.to)}:${e.scope}`)
    .sort()
}

const lineOfText = (text: string, needle: string): number =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1

function parseError(
  text: string,
  path = 'pnpm-lock.yaml',
): { name?: string; message: string; line?: number } {
  try {
    parseText(parsePnpmLock, path, text)
  } catch (err) {
    return err as { name?: string; message: string; line?: number }
  }
  throw new Error('no ParseError')
}

describe('pnpm-lock.yaml 9.0 (corpus-generated app-pnpm9, the package.json of npm/app-npm11)', () => {
  const r = parseFixture(parsePnpmLock, 'pnpm/app-pnpm9/pnpm-lock.yaml')
  const npm = parseFixture(parsePackageLock, 'npm/app-npm11/package-lock.json')

  test('exactly the 1,127 packages, one node each, the same name@version set as npm', () => {
    expect(r.format).toBe('pnpm-lock.yaml v9.0')
    expect(r.packages).toHaveLength(1127)
    expect(nameVersions(r).size).toBe(1127)
    expect(new Set(r.packages.map((p) => p.id)).size).toBe(1127)
    expect(nameVersions(r)).toEqual(nameVersions(npm))
    expect(r.complete).toBe(true)
    expect(r.issues).toEqual([])
  })

  test('the root project and its 40 direct dependencies, as npm has them', () => {
    expect(r.projects).toEqual([
      {
        id: '',
        ecosystem: 'npm',
        name: 'acme-storefront',
        version: '1.4.0',
        purl: 'pkg:npm/acme-storefront@1.4.0',
        manifest: 'pnpm/app-pnpm9/package.json',
        dir: 'pnpm/app-pnpm9',
      },
    ])
    const direct = directOf(r, '')
    expect(direct).toHaveLength(14 + 26)
    expect(direct.filter((d) => d.endsWith(':runtime'))).toHaveLength(14)
    expect(direct.filter((d) => d.endsWith(':dev'))).toHaveLength(26)
    expect(direct).toEqual(directOf(npm, ''))
    expect(r.edges).toContainEqual({ from: '', to: 'express@4.22.3', scope: 'runtime' })
    expect(r.edges).toContainEqual({ from: '', to: 'eslint@9.39.5', scope: 'dev' })
  })

  test('peer-suffixed snapshot keys are one package: next@16.4.5(@babel/core@…)(react@…) is next@16.4.5', () => {
    const next = pkg(r, 'next')!
    expect(next).toMatchObject({ id: 'next@16.4.5', version: '16.4.5', purl: 'pkg:npm/next@16.4.5' })
    expect(scopedEdges(r)).toContain('next@16.4.5 -> styled-jsx@5.1.6:runtime')
    expect(scopedEdges(r)).toContain('react-dom@19.3.1 -> react@19.3.1:peer')
    expect(r.packages.some((p) => p.id.includes('('))).toBe(false)
  })

  test('purls, hashes and sources are those of the npm lockfile', () => {
    const express = pkg(r, 'express')!
    expect(express).toMatchObject({
      purl: 'pkg:npm/express@4.22.3',
      source: 'registry',
      scope: 'runtime',
      resolved: undefined,
    })
    expect(express.hashes).toEqual(pkg(npm, 'express', '4.22.3')!.hashes)
    expect(express.hashes[0].alg).toBe('SHA-512')
    expect(pkg(r, '@aws-sdk/client-s3')!.purl).toBe('pkg:npm/%40aws-sdk/client-s3@3.1169.0')
    const npmHashes = new Map(npm.packages.map((p) => [`${p.name}@${p.version}`, p.hashes]))
    const npmPurls = new Set(npm.packages.map((p) => p.purl))
    for (const p of r.packages) {
      expect([p.id, p.hashes]).toEqual([p.id, npmHashes.get(`${p.name}@${p.version}`)])
      expect(npmPurls.has(p.purl)).toBe(true)
    }
  })

  test('scopes derived from reachability equal npm’s own flags for every package (dev-only: 867)', () => {
    const ours = scopeByNameVersion(r)
    const theirs = scopeByNameVersion(npm)
    expect([...ours].filter(([k, s]) => theirs.get(k) !== s)).toEqual([])
    expect([...ours.values()].filter((s) => s === 'dev')).toHaveLength(867)
    expect(pkg(r, 'eslint')!.scope).toBe('dev')
    expect(pkg(r, 'fsevents')!.scope).toBe('dev') // an optional dependency of dev tools (chokidar)
    expect(pkg(r, '@img/sharp-linux-x64', '0.33.5')!.scope).toBe('optional')
    expect(pkg(r, 'react')!.scope).toBe('runtime')
    // an optional peer resolved from the dev tree does not make it needed: @types/node stays dev
    expect(scopedEdges(r)).toContain('sharp@0.35.5 -> @types/node@22.20.5:peer')
    expect(pkg(r, '@types/node')!.scope).toBe('dev')
  })

  test('edges: every edge of the npm lockfile, except where the two lockfiles really differ', () => {
    const ours = edgeLabels(r)
    const theirs = edgeLabels(npm)
    // pnpm resolved the peer @emnapi/runtime of @napi-rs/wasm-runtime to 1.10.0; npm's hoisting gives 1.11.3
    expect([...theirs].filter((e) => !ours.has(e))).toEqual([
      '@napi-rs/wasm-runtime@1.2.7 -> @emnapi/runtime@1.11.3',
    ])
    // pnpm records optional peers it resolved; npm's lockfile drops optional peers from peerDependencies
    expect(new Set([...ours].filter((e) => !theirs.has(e)))).toEqual(
      new Set([
        '@napi-rs/wasm-runtime@1.2.7 -> @emnapi/runtime@1.10.0',
        'debug@4.4.3 -> supports-color@5.5.0',
        'eslint-module-utils@2.14.0 -> @typescript-eslint/parser@8.73.0',
        'eslint-module-utils@2.14.0 -> eslint@9.39.5',
        'eslint-module-utils@2.14.0 -> eslint-import-resolver-node@0.3.10',
        'eslint-module-utils@2.14.0 -> eslint-import-resolver-typescript@3.10.1',
        'eslint-plugin-import@2.32.0 -> @typescript-eslint/parser@8.73.0',
        'minimizer-webpack-plugin@5.14.0 -> esbuild@0.25.12',
        'minimizer-webpack-plugin@5.14.0 -> postcss@8.5.33',
        'minimizer-webpack-plugin@5.14.0 -> sharp@0.33.5',
        'sharp@0.35.5 -> @types/node@22.20.5',
        'styled-jsx@5.1.6 -> @babel/core@7.29.13',
        'ts-jest@29.4.15 -> esbuild@0.25.12',
        'webpack@5.112.2 -> webpack-cli@6.0.1',
      ]),
    )
    // edges npm ls reports (recorded npm ls --all --package-lock-only), spot checks
    expect(ours).toContain('express@4.22.3 -> body-parser@1.20.9')
    expect(ours).toContain('project:acme-storefront -> next@16.4.5')
    expect(scopedEdges(r)).toContain('sharp@0.33.5 -> @img/sharp-linux-x64@0.33.5:optional')
  })
})

describe('pnpm-lock.yaml 9.0 workspace (corpus-generated workspace-pnpm9)', () => {
  const r = parseFixture(parsePnpmLock, 'pnpm/workspace-pnpm9/pnpm-lock.yaml')
  const npm = parseFixture(parsePackageLock, 'npm/workspaces-npm11/package-lock.json')

  test('each importer is a project, keyed like npm’s workspaces', () => {
    expect(r.projects.map((p) => [p.id, p.name, p.version, p.manifest, p.dir])).toEqual([
      ['', 'acme-monorepo', '0.0.0', 'pnpm/workspace-pnpm9/package.json', 'pnpm/workspace-pnpm9'],
      [
        'packages/core',
        '@acme/core',
        '1.2.0',
        'pnpm/workspace-pnpm9/packages/core/package.json',
        'pnpm/workspace-pnpm9/packages/core',
      ],
      [
        'packages/web',
        '@acme/web',
        '0.5.0',
        'pnpm/workspace-pnpm9/packages/web/package.json',
        'pnpm/workspace-pnpm9/packages/web',
      ],
    ])
  })

  test('direct dependencies of every importer, and the link: edge @acme/web -> @acme/core', () => {
    expect(directOf(r, '')).toEqual([
      'eslint@9.39.5:dev',
      'prettier@3.10.1:dev',
      'typescript@5.9.3:dev',
      'vitest@2.1.9:dev',
    ])
    expect(directOf(r, 'packages/core')).toEqual([
      '@types/lodash@4.17.27:dev',
      'axios@1.21.1:runtime',
      'lodash@4.18.1:runtime',
      'zod@3.25.76:runtime',
    ])
    expect(r.edges).toContainEqual({ from: 'packages/web', to: 'packages/core', scope: 'runtime' })
    expect(directOf(r, 'packages/web')).toEqual([
      '@types/express@5.0.6:dev',
      '@types/react@19.3.0:dev',
      'express@4.22.3:runtime',
      'next@16.4.5:runtime',
      'project:@acme/core:runtime',
      'react-dom@19.3.1:runtime',
      'react@19.3.1:runtime',
    ])
    for (const id of ['', 'packages/core', 'packages/web']) expect(directOf(r, id)).toEqual(directOf(npm, id))
  })

  test('325 packages, the same set and scopes as npm; workspace members are not packages', () => {
    expect(r.packages).toHaveLength(325)
    expect(nameVersions(r)).toEqual(nameVersions(npm))
    expect(r.packages.some((p) => p.name.startsWith('@acme/'))).toBe(false)
    const ours = scopeByNameVersion(r)
    const theirs = scopeByNameVersion(npm)
    expect([...ours].filter(([k, s]) => theirs.get(k) !== s)).toEqual([])
    expect([...ours.values()].filter((s) => s === 'dev')).toHaveLength(186)
    expect(r.issues).toEqual([])
    expect(r.complete).toBe(true)
  })
})

describe('pnpm-lock.yaml 5.4 (automated-school-bell, a real single-project file)', () => {
  const r = parseFixture(parsePnpmLock, 'pnpm/automated-school-bell/pnpm-lock.yaml')

  test('159 entries, 159 distinct packages, direct dependencies from the top-level maps', () => {
    expect(r.format).toBe('pnpm-lock.yaml v5.4')
    expect(r.packages).toHaveLength(159)
    expect(nameVersions(r).size).toBe(159)
    expect(r.issues).toEqual([])
    expect(r.projects[0]).toMatchObject({ id: '', name: 'automated-school-bell', version: '1.0.0' })
    expect(directOf(r, '')).toEqual([
      '@suldashi/lame@1.2.5:runtime',
      '@types/node@18.11.18:optional',
      '@types/play-sound@1.1.0:optional',
      'date-fns@2.29.3:runtime',
      'pkg@5.8.0:dev',
      'speaker@0.5.4:runtime',
      'typescript@4.9.5:dev',
    ])
  })

  test('/name/version keys, scoped names and purls; scopes from the dev/optional flags', () => {
    const lame = pkg(r, '@suldashi/lame')!
    expect(lame).toMatchObject({
      id: '/@suldashi/lame/1.2.5',
      version: '1.2.5',
      purl: 'pkg:npm/%40suldashi/lame@1.2.5',
    })
    expect(lame.hashes[0].alg).toBe('SHA-512')
    expect(edgeLabels(r)).toContain('@suldashi/lame@1.2.5 -> debug@2.6.9')
    const counts: Record<string, number> = {}
    for (const p of r.packages) counts[p.scope] = (counts[p.scope] ?? 0) + 1
    expect(counts).toEqual({ dev: 139, runtime: 18, optional: 2 })
    // the recorded flags agree with reachability
    const flags = new Map(r.packages.map((p) => [p.id, p.scope]))
    const derived = structuredClone(r)
    deriveScopes(derived)
    expect(derived.packages.filter((p) => flags.get(p.id) !== p.scope)).toEqual([])
  })
})

describe('pnpm-lock.yaml 5.3 workspace (hand-written, see testdata/pnpm/README.md)', () => {
  const r = parseFixture(parsePnpmLock, 'pnpm/v53-workspace/pnpm-lock.yaml')

  test('importers with specifiers, link: between importers', () => {
    expect(r.format).toBe('pnpm-lock.yaml v5.3')
    expect(r.issues).toEqual([])
    expect(r.projects.map((p) => [p.id, p.name])).toEqual([
      ['', 'v53-monorepo'],
      ['packages/app', '@demo/app'],
      ['packages/ui', '@demo/ui'],
    ])
    expect(directOf(r, 'packages/app')).toEqual([
      'debug@4.4.3:runtime',
      'fsevents@2.3.3:optional',
      'is-positive@3.1.0:runtime',
      'project:@demo/ui:runtime',
      'react-dom@19.3.1:runtime',
      'react@19.3.1:runtime',
      'string-width@4.2.3:runtime',
    ])
    expect(directOf(r, 'packages/ui')).toEqual([
      'debug@4.4.3:runtime',
      'react@19.3.1:dev',
      'styled-jsx@5.1.6:runtime',
      'supports-color@5.5.0:runtime',
    ])
  })

  test('the two peer variants of debug are one package with the union of their edges', () => {
    expect(r.packages.filter((p) => p.name === 'debug')).toHaveLength(1)
    expect(pkg(r, 'debug')!.id).toBe('/debug/4.4.3')
    const edges = scopedEdges(r)
    expect(edges).toContain('debug@4.4.3 -> ms@2.1.3:runtime')
    expect(edges).toContain('debug@4.4.3 -> supports-color@5.5.0:peer')
    expect(pkg(r, 'react-dom')!.id).toBe('/react-dom/19.3.1')
    expect(pkg(r, 'styled-jsx')!.id).toBe('/styled-jsx/5.1.6')
    expect(r.packages).toHaveLength(17)
  })

  test('dev/optional flags: dev true, false, absent (prod and dev), optional', () => {
    expect(pkg(r, 'typescript')!.scope).toBe('dev')
    expect(pkg(r, 'react')!.scope).toBe('runtime') // no dev flag: needed by both
    expect(pkg(r, 'fsevents')!.scope).toBe('optional')
    expect(pkg(r, 'scheduler')!.scope).toBe('runtime')
  })

  test('alias and GitHub dependency', () => {
    expect(pkg(r, 'string-width')).toMatchObject({
      alias: 'string-width-cjs',
      purl: 'pkg:npm/string-width@4.2.3',
    })
    expect(pkg(r, 'is-positive')).toMatchObject({
      id: 'github.com/kevva/is-positive/97edff6f525f192a3f83cea1944765f769ae2678',
      version: '3.1.0',
      source: 'git',
      resolved:
        'https://codeload.github.com/kevva/is-positive/tar.gz/97edff6f525f192a3f83cea1944765f769ae2678',
      purl: 'pkg:npm/is-positive@3.1.0?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Fkevva%2Fis-positive.git%2397edff6f525f192a3f83cea1944765f769ae2678',
      hashes: [],
    })
  })
})

describe('pnpm-lock.yaml 6.0 single project (hand-written, see testdata/pnpm/README.md)', () => {
  const r = parseFixture(parsePnpmLock, 'pnpm/v60-app/pnpm-lock.yaml')

  test('top-level inline specifiers, /name@version(peer) keys', () => {
    expect(r.format).toBe('pnpm-lock.yaml v6.0')
    expect(r.issues).toEqual([])
    expect(r.complete).toBe(true)
    expect(r.packages).toHaveLength(28)
    expect(directOf(r, '')).toEqual([
      '@isaacs/cliui@8.0.2:runtime',
      'cdn-widget@0.8.6:runtime',
      'corp-logger@1.4.2:runtime',
      'fsevents@2.3.3:optional',
      'helper@0.0.1:runtime',
      'is-positive@3.1.0:runtime',
      'local-lib@0.1.0:runtime',
      'react-dom@19.3.1:runtime',
      'react@19.3.1:runtime',
      'typescript@5.9.3:dev',
    ])
    expect(pkg(r, 'react-dom')!.id).toBe('/react-dom@19.3.1')
    expect(pkg(r, '@isaacs/cliui')!.purl).toBe('pkg:npm/%40isaacs/cliui@8.0.2')
    expect(pkg(r, 'typescript')!.scope).toBe('dev')
    expect(pkg(r, 'fsevents')!.scope).toBe('optional')
  })

  test('aliases inside packages (/string-width@4.2.3 as string-width-cjs)', () => {
    const edges = edgeLabels(r)
    expect(edges).toContain('@isaacs/cliui@8.0.2 -> string-width@4.2.3')
    expect(edges).toContain('@isaacs/cliui@8.0.2 -> string-width@5.1.2')
    expect(pkg(r, 'string-width', '4.2.3')!.alias).toBe('string-width-cjs')
    expect(pkg(r, 'strip-ansi', '6.0.1')!.alias).toBe('strip-ansi-cjs')
    expect(pkg(r, 'string-width', '5.1.2')!.alias).toBeUndefined()
  })

  test('private registry, remote tarball, GitHub, file: and link: sources', () => {
    expect(pkg(r, 'corp-logger')).toMatchObject({
      source: 'registry',
      purl: 'pkg:npm/corp-logger@1.4.2?repository_url=https:%2F%2Fnpm.corp.example%2Frepository%2Fnpm',
      resolved: 'https://npm.corp.example/repository/npm/corp-logger/-/corp-logger-1.4.2.tgz',
    })
    expect(pkg(r, 'corp-logger')!.hashes).toHaveLength(1)
    expect(pkg(r, 'cdn-widget')).toMatchObject({
      id: '@cdn.example.com/cdn-widget-0.8.6.tgz',
      version: '0.8.6',
      source: 'url',
      purl: 'pkg:npm/cdn-widget@0.8.6?download_url=https:%2F%2Fcdn.example.com%2Fcdn-widget-0.8.6.tgz',
    })
    expect(pkg(r, 'is-positive')).toMatchObject({ source: 'git', version: '3.1.0' })
    expect(pkg(r, 'local-lib')).toMatchObject({
      id: 'file:vendor/local-lib',
      version: '0.1.0',
      source: 'path',
      resolved: 'vendor/local-lib',
      purl: 'pkg:npm/local-lib@0.1.0',
    })
    expect(edgeLabels(r)).toContain('local-lib@0.1.0 -> ms@2.1.3')
    // a link: to a folder that is not an importer: named from its package.json
    expect(pkg(r, 'helper')).toMatchObject({
      id: 'link:tools/helper',
      version: '0.0.1',
      source: 'link',
      resolved: 'link:tools/helper',
    })
  })

  test('lockfileVersion 6.1 reads the same', () => {
    const text = readFileSync(join(TESTDATA, 'pnpm/v60-app/pnpm-lock.yaml'), 'utf8').replace("'6.0'", "'6.1'")
    const r61 = parseText(parsePnpmLock, 'pnpm-lock.yaml', text, {
      'tools/helper/package.json': readFileSync(
        join(TESTDATA, 'pnpm/v60-app/tools/helper/package.json'),
        'utf8',
      ),
    })
    expect(r61.format).toBe('pnpm-lock.yaml v6.1')
    expect(nameVersions(r61)).toEqual(nameVersions(r))
  })
})

describe('pnpm-lock.yaml 9.x sources, aliases and peer variants (synthetic)', () => {
  const sha = '0123456789abcdef0123456789abcdef01234567'
  const lock = `lockfileVersion: '9.0'

settings:
  autoInstallPeers: true
  excludeLinksFromLockfile: false

importers:

  .:
    dependencies:
      widget:
        specifier: git+https://git.example.com/tools/widget.git#${sha}
        version: git+https://git.example.com/tools/widget.git#${sha}
      is-positive:
        specifier: github:kevva/is-positive
        version: https://codeload.github.com/kevva/is-positive/tar.gz/${sha}
      remote:
        specifier: https://cdn.example.com/remote-1.0.0.tgz
        version: https://cdn.example.com/remote-1.0.0.tgz
      local-tgz:
        specifier: file:vendor/local-tgz-1.0.0.tgz
        version: file:vendor/local-tgz-1.0.0.tgz
      helper:
        specifier: link:tools/helper
        version: link:tools/helper
      sw:
        specifier: npm:string-width@^4.2.0
        version: string-width@4.2.3
      ui:
        specifier: ^2.0.0
        version: 2.0.0(react@19.3.1)
      react:
        specifier: ^19.0.0
        version: 19.3.1
      gh-pkg:
        specifier: gh:@acme/gh-pkg@^1.0.0
        version: '@acme/gh-pkg@gh:1.2.0'
    devDependencies:
      core:
        specifier: file:packages/core
        version: file:packages/core
      ui-legacy:
        specifier: npm:ui@^2.0.0
        version: ui@2.0.0(react@18.3.1)

  packages/core:
    dependencies:
      react:
        specifier: ^18.3.0
        version: 18.3.1

packages:

  '@acme/gh-pkg@gh:1.2.0':
    resolution: {integrity: sha512-${Buffer.alloc(64, 3).toString('base64')}}

  core@file:packages/core:
    resolution: {directory: packages/core, type: directory}

  is-positive@https://codeload.github.com/kevva/is-positive/tar.gz/${sha}:
    resolution: {tarball: https://codeload.github.com/kevva/is-positive/tar.gz/${sha}}
    version: 3.1.0

  local-tgz@file:vendor/local-tgz-1.0.0.tgz:
    resolution: {integrity: sha512-${Buffer.alloc(64, 4).toString('base64')}, tarball: file:vendor/local-tgz-1.0.0.tgz}
    version: 1.0.0

  react@18.3.1:
    resolution: {integrity: sha512-${Buffer.alloc(64, 5).toString('base64')}}

  react@19.3.1:
    resolution: {integrity: sha512-QNhWdt7nrgVWWQG58QuGsAR3jv3Hbe4mb4vz7w2csnHavciZJgda1CPNaldF6eVxv90ud3jUXpKlHL69gO38yw==}

  remote@https://cdn.example.com/remote-1.0.0.tgz:
    resolution: {integrity: sha512-${Buffer.alloc(64, 6).toString('base64')}, tarball: https://cdn.example.com/remote-1.0.0.tgz}
    version: 1.0.0

  string-width@4.2.3:
    resolution: {integrity: sha512-wKyQRQpjJ0sIp62ErSZdGsjMJWsap5oRNihHhu6G7JVO/9jIB6UyevL+tXuOqrng8j/cxKTWyWUwvSTriiZz/g==}

  ui@2.0.0:
    resolution: {integrity: sha512-${Buffer.alloc(64, 7).toString('base64')}}
    peerDependencies:
      react: '>=18'

  widget@git+https://git.example.com/tools/widget.git#${sha}:
    resolution: {commit: ${sha}, repo: https://git.example.com/tools/widget.git, type: git}
    version: 2.1.0

snapshots:

  '@acme/gh-pkg@gh:1.2.0': {}

  core@file:packages/core:
    dependencies:
      react: 18.3.1

  is-positive@https://codeload.github.com/kevva/is-positive/tar.gz/${sha}: {}

  local-tgz@file:vendor/local-tgz-1.0.0.tgz: {}

  react@18.3.1: {}

  react@19.3.1: {}

  remote@https://cdn.example.com/remote-1.0.0.tgz:
    dependencies:
      sw2: string-width@4.2.3

  string-width@4.2.3: {}

  ui@2.0.0(patch_hash=abc123)(react@18.3.1):
    dependencies:
      react: 18.3.1

  ui@2.0.0(react@19.3.1):
    dependencies:
      react: 19.3.1

  widget@git+https://git.example.com/tools/widget.git#${sha}: {}
`
  const r = parseText(parsePnpmLock, 'pnpm-lock.yaml', lock, {
    'package.json': JSON.stringify({ name: 'synthetic', version: '1.0.0' }),
    'packages/core/package.json': JSON.stringify({ name: 'core', version: '0.1.0' }),
    'tools/helper/package.json': JSON.stringify({ name: '@tools/helper', version: '0.0.2' }),
  })

  test('no issues; packages from the packages + snapshots maps', () => {
    expect(r.issues).toEqual([])
    expect(r.complete).toBe(true)
    expect(nameVersions(r)).toEqual(
      new Set([
        '@acme/gh-pkg@1.2.0',
        'is-positive@3.1.0',
        'local-tgz@1.0.0',
        'react@18.3.1',
        'react@19.3.1',
        'remote@1.0.0',
        'string-width@4.2.3',
        'ui@2.0.0',
        'widget@2.1.0',
        '@tools/helper@0.0.2',
      ]),
    )
  })

  test('git, codeload, remote and file: tarballs, link:', () => {
    expect(pkg(r, 'widget')).toMatchObject({
      source: 'git',
      resolved: `git+https://git.example.com/tools/widget.git#${sha}`,
      purl: `pkg:npm/widget@2.1.0?vcs_url=git%2Bhttps:%2F%2Fgit.example.com%2Ftools%2Fwidget.git%23${sha}`,
    })
    expect(pkg(r, 'is-positive')).toMatchObject({
      source: 'git',
      purl: `pkg:npm/is-positive@3.1.0?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Fkevva%2Fis-positive.git%23${sha}`,
    })
    expect(pkg(r, 'remote')).toMatchObject({
      source: 'url',
      purl: 'pkg:npm/remote@1.0.0?download_url=https:%2F%2Fcdn.example.com%2Fremote-1.0.0.tgz',
      hashes: [{ alg: 'SHA-512', value: '06'.repeat(64) }],
    })
    expect(pkg(r, 'local-tgz')).toMatchObject({
      source: 'path',
      resolved: 'file:vendor/local-tgz-1.0.0.tgz',
      purl: 'pkg:npm/local-tgz@1.0.0',
    })
    expect(pkg(r, '@tools/helper')).toMatchObject({
      source: 'link',
      purl: 'pkg:npm/%40tools/helper@0.0.2',
      id: 'link:tools/helper',
    })
  })

  test('a file: dependency on an importer (injected workspace package) is the project, not a package', () => {
    expect(r.packages.some((p) => p.name === 'core')).toBe(false)
    expect(r.edges).toContainEqual({ from: '', to: 'packages/core', scope: 'dev' })
  })

  test('aliases, peer and patch_hash variants, named registries (9.1)', () => {
    expect(pkg(r, 'string-width')!.alias).toBe('sw')
    expect(edgeLabels(r)).toContain('remote@1.0.0 -> string-width@4.2.3')
    const ui = r.packages.filter((p) => p.name === 'ui')
    expect(ui).toHaveLength(1)
    expect(ui[0].id).toBe('ui@2.0.0')
    const edges = scopedEdges(r)
    expect(edges).toContain('ui@2.0.0 -> react@18.3.1:peer')
    expect(edges).toContain('ui@2.0.0 -> react@19.3.1:peer')
    // ui is both a dependency and (as ui-legacy) a devDependency: one edge, the stronger scope
    expect(r.edges.filter((e) => e.from === '' && e.to === 'ui@2.0.0')).toEqual([
      { from: '', to: 'ui@2.0.0', scope: 'runtime' },
    ])
    expect(pkg(r, '@acme/gh-pkg')).toMatchObject({
      version: '1.2.0',
      purl: 'pkg:npm/%40acme/gh-pkg@1.2.0?repository_url=https:%2F%2Fnpm.pkg.github.com',
    })
    expect(pkg(r, 'react', '18.3.1')!.scope).toBe('runtime') // through the packages/core importer
  })
})

describe('other lockfile versions and forms', () => {
  test('5.4-inlineSpecifiers (pnpm 7 experiment): importers with inline specifier/version', () => {
    const text = `lockfileVersion: 5.4-inlineSpecifiers

importers:

  .:
    dependencies:
      ms:
        specifier: ^2.1.0
        version: 2.1.3
    devDependencies:
      tools:
        specifier: link:tools
        version: link:tools

  tools:
    dependencies:
      '@babel/core':
        specifier: 7.29.13
        version: 7.29.13

packages:

  /@babel/core/7.29.13:
    resolution: {integrity: sha512-${Buffer.alloc(64, 2).toString('base64')}}
    dependencies:
      ms: 2.1.3
    dev: true

  /ms/2.1.3:
    resolution: {integrity: sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA==}
`
    const r = parseText(parsePnpmLock, 'pnpm-lock.yaml', text)
    expect(r.format).toBe('pnpm-lock.yaml v5.4-inlineSpecifiers')
    expect(r.issues).toEqual([])
    expect(r.projects.map((p) => p.id)).toEqual(['', 'tools'])
    expect(r.edges).toEqual(
      expect.arrayContaining([
        { from: '', to: '/ms/2.1.3', scope: 'runtime' },
        { from: '', to: 'tools', scope: 'dev' },
        { from: 'tools', to: '/@babel/core/7.29.13', scope: 'runtime' },
        { from: '/@babel/core/7.29.13', to: '/ms/2.1.3', scope: 'runtime' },
      ]),
    )
    expect(pkg(r, '@babel/core')!.scope).toBe('dev')
    expect(pkg(r, 'ms')!.scope).toBe('runtime')
  })

  test('5.x: a link: package outside the importers gets its scope from reachability', () => {
    const text = `lockfileVersion: 5.4\n\nspecifiers:\n  helper: link:../helper\n\ndevDependencies:\n  helper: link:../helper\n`
    const r = parseText(parsePnpmLock, 'app/pnpm-lock.yaml', text, {
      'helper/package.json': JSON.stringify({ name: 'helper', version: '1.0.0' }),
    })
    expect(r.packages).toEqual([
      expect.objectContaining({
        id: 'link:../helper',
        name: 'helper',
        version: '1.0.0',
        source: 'link',
        scope: 'dev',
      }),
    ])
  })

  test('9.x: pnpm-installed runtimes (node@runtime:…) are generic packages, not the npm package "node"', () => {
    const text = `lockfileVersion: '9.0'

importers:

  .:
    devDependencies:
      node:
        specifier: runtime:^22.0.0
        version: runtime:22.11.0

packages:

  node@runtime:22.11.0:
    hasBin: true
    resolution:
      type: variations
      variants:
        - resolution:
            type: binary
            archive: tarball
            bin: bin/node
            integrity: sha256-abc
            url: https://nodejs.org/download/release/v22.11.0/node-v22.11.0-linux-x64.tar.gz
          targets:
            - cpu: x64
              os: linux

snapshots:

  node@runtime:22.11.0: {}
`
    const r = parseText(parsePnpmLock, 'pnpm-lock.yaml', text)
    expect(r.issues).toEqual([])
    expect(r.packages).toEqual([
      expect.objectContaining({
        id: 'node@runtime:22.11.0',
        ecosystem: 'generic',
        name: 'node',
        version: '22.11.0',
        purl: 'pkg:generic/node@22.11.0',
        scope: 'dev',
      }),
    ])
  })
})

describe('YAML reading', () => {
  const fixtures = [
    'pnpm/app-pnpm9/pnpm-lock.yaml',
    'pnpm/workspace-pnpm9/pnpm-lock.yaml',
    'pnpm/automated-school-bell/pnpm-lock.yaml',
    'pnpm/v53-workspace/pnpm-lock.yaml',
    'pnpm/v60-app/pnpm-lock.yaml',
  ]

  test.each(fixtures)('the fast reader gives exactly what js-yaml (failsafe schema) gives: %s', (file) => {
    const text = readFileSync(join(TESTDATA, file), 'utf8')
    expect(readYamlSubset(text)).toEqual(load(text, { schema: FAILSAFE_SCHEMA }))
    expect(readLockDocument(text).reader).toBe('fast')
  })

  test('differential check: on mutated lockfile text the fast reader gives js-yaml’s result, or leaves it to js-yaml', () => {
    const bases = fixtures.map((f) => readFileSync(join(TESTDATA, f), 'utf8').split('\n'))
    const inserts = [
      ' ',
      ':',
      ': ',
      '#',
      ' #',
      "'",
      '"',
      '- ',
      '{',
      '}',
      '[',
      ']',
      ',',
      '\t',
      '&',
      '*',
      '!',
      '|',
      '>',
    ]
    const more = ['?', '@', '%', '\n', 'a', '\n  ', '\n    ', '\r\n', '...', '---', '\\', '<<: ', '__proto__']
    const chars = [...inserts, ...more]
    let seed = 20260101
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed % n
    }
    let accepted = 0
    for (let iter = 0; iter < 2000; iter++) {
      const lines = bases[rnd(bases.length)]
      const at = rnd(Math.max(1, lines.length - 40))
      let text = [...lines.slice(0, 3), ...lines.slice(at, at + 40)].join('\n')
      for (let m = 1 + rnd(3); m > 0; m--) {
        const p = rnd(text.length)
        text =
          rnd(4) === 0
            ? text.slice(0, p) + text.slice(p + 1)
            : text.slice(0, p) + chars[rnd(chars.length)] + text.slice(p)
      }
      const fast = readYamlSubset(text)
      if (fast === undefined) continue
      accepted++
      let expected: unknown
      try {
        expected = load(text, { schema: FAILSAFE_SCHEMA })
      } catch (err) {
        expected = err
      }
      expect([text, fast]).toEqual([text, expected])
    }
    expect(accepted).toBeGreaterThan(200)
  })

  test('YAML outside the fast subset (comments, block scalar, CRLF) goes to js-yaml with the same result', () => {
    const base = readFileSync(join(TESTDATA, 'pnpm/v60-app/pnpm-lock.yaml'), 'utf8')
    const expected = nameVersions(parseText(parsePnpmLock, 'pnpm-lock.yaml', base))
    const commented = base.replace(
      '  /ms@2.1.3:\n',
      '  # keep ms\n  /ms@2.1.3:\n    deprecated: >-\n      a folded\n      message\n',
    )
    expect(readLockDocument(commented).reader).toBe('js-yaml')
    expect(nameVersions(parseText(parsePnpmLock, 'pnpm-lock.yaml', commented))).toEqual(expected)
    const crlf = base.replace(/\n/g, '\r\n')
    expect(readLockDocument(crlf).reader).toBe('fast')
    expect(nameVersions(parseText(parsePnpmLock, 'pnpm-lock.yaml', crlf))).toEqual(expected)
  })

  test('pnpm 10+ env document first: the lockfile proper is the second document', () => {
    const main = readFileSync(join(TESTDATA, 'pnpm/automated-school-bell/pnpm-lock.yaml'), 'utf8')
    const env = `---\nlockfileVersion: '9.0'\n\nimporters:\n\n  .:\n    configDependencies:\n      pnpm-plugin-x:\n        specifier: 1.0.0\n        version: 1.0.0\n\npackages: {}\n\nsnapshots: {}\n\n---\n`
    const r = parseText(
      parsePnpmLock,
      'pnpm-lock.yaml',
      env + main.replace('/@suldashi/lame/1.2.5:', '/@suldashi/lame:'),
    )
    expect(r.format).toBe('pnpm-lock.yaml v5.4')
    expect(r.packages).toHaveLength(158)
    // lines count from the top of the file
    const line = lineOfText(env + main, '/@suldashi/lame/1.2.5:')
    expect(r.issues).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        line,
        message: expect.stringMatching(/^packages entry "\/@suldashi\/lame"/),
      }),
    )
  })

  test('a "billion laughs" file fails fast with a ParseError, nothing expanded', () => {
    let text = "lockfileVersion: '9.0'\nlol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    for (let i = 1; i <= 12; i++)
      text += `lol${i}: &l${i} [${Array(9)
        .fill(`*l${i - 1}`)
        .join(', ')}]\n`
    text += 'importers:\n  .:\n    dependencies: *l12\npackages: *l12\n'
    const start = performance.now()
    const error = parseError(text)
    expect(performance.now() - start).toBeLessThan(1000)
    expect(error).toMatchObject({
      name: 'ParseError',
      message: expect.stringMatching(/^YAML alias \(\*name\) found: pnpm never writes aliases/),
      line: 3,
    })
  })

  test('custom tags are refused', () => {
    const error = parseError("lockfileVersion: '9.0'\nimporters: !!js/function 'function () {}'\n")
    expect(error).toMatchObject({
      name: 'ParseError',
      message: expect.stringMatching(/^YAML tag not allowed/),
      line: 2,
    })
  })

  test('merge conflict markers are named with their line', () => {
    const text =
      "lockfileVersion: '9.0'\n\nimporters:\n<<<<<<< HEAD\n  .: {}\n=======\n  .: {}\n>>>>>>> main\n"
    expect(parseError(text)).toMatchObject({ message: expect.stringMatching(/merge conflict/), line: 4 })
  })
})

describe('malformed entries and files', () => {
  const v9 = (
    packages: string,
    snapshots: string,
    deps = '      a:\n        specifier: ^1.0.0\n        version: 1.0.0\n',
  ) =>
    `lockfileVersion: '9.0'\n\nimporters:\n\n  .:\n    dependencies:\n${deps}\npackages:\n\n${packages}\nsnapshots:\n\n${snapshots}`
  const integrity = `sha512-${Buffer.alloc(64, 1).toString('base64')}`

  test('a key that is not name@version is reported with its line and skipped; the rest is read', () => {
    const text = v9(
      `  a@1.0.0:\n    resolution: {integrity: ${integrity}}\n\n  broken:\n    resolution: {integrity: ${integrity}}\n`,
      `  a@1.0.0: {}\n\n  broken: {}\n`,
    )
    const r = parseText(parsePnpmLock, 'apps/web/pnpm-lock.yaml', text)
    expect(nameVersions(r)).toEqual(new Set(['a@1.0.0']))
    expect(r.complete).toBe(false)
    expect(r.issues).toEqual([
      {
        file: 'apps/web/pnpm-lock.yaml',
        line: lineOfText(text, '  broken:'),
        severity: 'error',
        message: 'packages entry "broken" is not a package name and version; skipped',
      },
      {
        file: 'apps/web/pnpm-lock.yaml',
        line: text.split('\n').lastIndexOf('  broken: {}') + 1,
        severity: 'error',
        message: 'snapshots entry "broken" is not a package name and version; skipped',
      },
    ])
    expect(r.projects[0].manifest).toBe('apps/web/package.json')
  })

  test('a file full of broken entries: 200 problems listed with lines, the rest counted', () => {
    const broken = Array.from(
      { length: 5000 },
      (_, i) => `  broken-${i}:\n    resolution: {integrity: ${integrity}}\n`,
    )
    const text = v9(
      `  a@1.0.0:\n    resolution: {integrity: ${integrity}}\n\n${broken.join('\n')}`,
      '  a@1.0.0: {}\n',
    )
    const r = parseText(parsePnpmLock, 'pnpm-lock.yaml', text)
    expect(nameVersions(r)).toEqual(new Set(['a@1.0.0']))
    expect(r.issues).toHaveLength(201)
    expect(r.issues[199]).toMatchObject({ line: lineOfText(text, '  broken-199:'), severity: 'error' })
    expect(r.issues[200]).toEqual({
      file: 'pnpm-lock.yaml',
      severity: 'warning',
      message: '4800 more problems not listed',
    })
  })

  test('5.x: a key without a version, an entry that is not a mapping', () => {
    const text = `lockfileVersion: 5.3\n\nspecifiers:\n  a: ^1.0.0\n\ndependencies:\n  a: 1.0.0\n\npackages:\n\n  /a/1.0.0:\n    resolution: {integrity: ${integrity}}\n    dev: false\n\n  /@scope:\n    resolution: {integrity: ${integrity}}\n\n  /b/2.0.0: just a string\n`
    const r = parseText(parsePnpmLock, 'pnpm-lock.yaml', text)
    expect(nameVersions(r)).toEqual(new Set(['a@1.0.0']))
    expect(r.issues.map((i) => [i.line, i.severity, i.message])).toEqual([
      [
        lineOfText(text, '/@scope:'),
        'error',
        'packages entry "/@scope" is not a package name and version; skipped',
      ],
      [lineOfText(text, '/b/2.0.0'), 'error', 'packages entry "/b/2.0.0" is not a mapping; skipped'],
    ])
  })

  test('a dependency the lockfile lacks is a warning with its line; a missing optional one is not', () => {
    const text = v9(
      `  a@1.0.0:\n    resolution: {integrity: ${integrity}}\n`,
      `  a@1.0.0:\n    dependencies:\n      gone: 2.0.0\n    optionalDependencies:\n      fsevents: 2.3.3\n`,
      '      a:\n        specifier: ^1.0.0\n        version: 1.0.0\n      missing:\n        specifier: ^3.0.0\n        version: 3.1.0\n',
    )
    const r = parseText(parsePnpmLock, 'pnpm-lock.yaml', text)
    expect(r.complete).toBe(false)
    expect(r.issues).toEqual([
      {
        file: 'pnpm-lock.yaml',
        line: lineOfText(text, '      missing:'),
        severity: 'warning',
        message: '"(root)" depends on missing@^3.0.0 (3.1.0), which the lockfile does not contain',
      },
      {
        file: 'pnpm-lock.yaml',
        line: text.split('\n').lastIndexOf('  a@1.0.0:') + 1,
        severity: 'warning',
        message: '"a@1.0.0" depends on gone (2.0.0), which the lockfile does not contain',
      },
    ])
  })

  test('an importer dependency without a version, an unreadable integrity', () => {
    const text = v9(
      `  a@1.0.0:\n    resolution: {integrity: sha512-notbase64!}\n`,
      `  a@1.0.0: {}\n`,
      '      a:\n        specifier: ^1.0.0\n        version: 1.0.0\n      b:\n        specifier: ^1.0.0\n',
    )
    const r = parseText(parsePnpmLock, 'pnpm-lock.yaml', text)
    expect(r.issues.map((i) => [i.line, i.severity, i.message])).toEqual([
      [lineOfText(text, '  a@1.0.0:'), 'warning', '"a@1.0.0": unreadable integrity value sha512-notbase64!'],
      [lineOfText(text, '      b:'), 'error', '(root): dependencies.b has no version; skipped'],
    ])
    expect(pkg(r, 'a')!.hashes).toEqual([])
  })

  const supported =
    'lockgraph reads pnpm lockfileVersion 5.x (pnpm 3–7), 6.x (pnpm 8) and 9.x (pnpm 9 and later; 7.0 of its pre-releases)'
  test.each([
    ['not YAML', "lockfileVersion: '9.0'\nimporters: [\n", /^not valid YAML: /, 3],
    [
      'a YAML list',
      '- a\n- b\n',
      /^not a pnpm lockfile: the top level is not a YAML mapping; lockgraph reads/,
      1,
    ],
    [
      'without lockfileVersion',
      'packages:\n  /a/1.0.0: {}\n',
      `not a pnpm lockfile: no lockfileVersion; ${supported}`,
      1,
    ],
    ['pnpm 1–2 shrinkwrap.yaml', 'shrinkwrapVersion: 3\n', /this is a shrinkwrap\.yaml of pnpm 1–2/, 1],
    [
      'a yarn 1 lockfile',
      '# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n',
      /this is a yarn\.lock \(yarn 1\)/,
      1,
    ],
    [
      'a yarn berry lockfile',
      '__metadata:\n  version: 8\n  cacheKey: 10c0\n',
      /this is a yarn\.lock \(yarn 2\+\)/,
      1,
    ],
    ['a package-lock.json', '{\n  "name": "x",\n  "lockfileVersion": 3\n}\n', /this is a JSON file/, 1],
    [
      'of an unknown lockfileVersion',
      "importers: {}\nlockfileVersion: '10.0'\n",
      `unknown pnpm lockfileVersion "10.0"; ${supported}`,
      2,
    ],
    ['of lockfileVersion 4', 'lockfileVersion: 4\n', /^unknown pnpm lockfileVersion "4"; lockgraph reads/, 1],
    ['empty', '\n', /^empty file, expected a pnpm lockfile/, undefined],
    [
      'a duplicated key',
      "lockfileVersion: '9.0'\npackages: {}\npackages: {}\n",
      /^not valid YAML: duplicated mapping key/,
      3,
    ],
  ])('a file that is %s throws one ParseError with its line', (_what, text, message, line) => {
    const error = parseError(text)
    expect(error).toMatchObject({ name: 'ParseError', line })
    if (typeof message === 'string') expect(error.message).toBe(message)
    else expect(error.message).toMatch(message)
  })
})

describe('pnpm-lock.yaml: real lockfiles of other pnpm versions', () => {
  test('7.0 (pnpm 9 pre-releases), reformatted by prettier: read as 9.0, patched packages are the package', () => {
    const r = parseFixture(parsePnpmLock, 'pnpm/v70-patch-prettier/pnpm-lock.yaml')
    expect(r.format).toBe('pnpm-lock.yaml v7.0')
    expect(r.issues).toEqual([])
    expect([...nameVersions(r)].sort()).toEqual([
      'ajv-keywords@5.1.0',
      'ajv@8.11.0',
      'ajv@8.12.0',
      'fast-deep-equal@3.1.3',
      'json-schema-traverse@1.0.0',
      'punycode@2.3.1',
      'require-from-string@2.0.2',
      'uri-js@4.4.1',
    ])
    expect(r.projects.map((p) => p.id)).toEqual(['', 'packages/a', 'packages/b'])
    expect(directOf(r, 'packages/a')).toEqual(['ajv-keywords@5.1.0:runtime', 'ajv@8.12.0:runtime'])
    expect(directOf(r, 'packages/b')).toEqual(['ajv-keywords@5.1.0:runtime', 'ajv@8.11.0:runtime'])
    // the peer ajv of both variants of ajv-keywords
    expect([...scopedEdges(r)].filter((e) => e.startsWith('ajv-keywords')).sort()).toEqual([
      'ajv-keywords@5.1.0 -> ajv@8.11.0:peer',
      'ajv-keywords@5.1.0 -> ajv@8.12.0:peer',
      'ajv-keywords@5.1.0 -> fast-deep-equal@3.1.3:runtime',
    ])
    expect(pkg(r, 'ajv-keywords')).toMatchObject({
      purl: 'pkg:npm/ajv-keywords@5.1.0',
      scope: 'runtime',
      hashes: [
        {
          alg: 'SHA-512',
          value:
            '6024bf24d140532af9bc0ba19350d69b5081c511d6f4b6c9da8cd679e9ab22aa5bb2a2a31d5c583f28b9182d2b8d9213e49c49def8ab5534bcc24e22fd9fa4af',
        },
      ],
    })
  })
})
