import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parsePackageLock } from '../../../src/parsers/npm/package-lock.js'
import { edgeLabels, nameVersions, parseFixture, parseText, pkg, TESTDATA } from '../../helpers/parse.js'

describe('package-lock.json v3 (npm 11, corpus-generated app-npm11)', () => {
  const r = parseFixture(parsePackageLock, 'npm/app-npm11/package-lock.json')

  test('exactly the 1,127 distinct name@version pairs of the lockfile', () => {
    expect(nameVersions(r).size).toBe(1127)
    expect(r.packages).toHaveLength(1219) // one per install location, nested copies included
    expect(r.format).toBe('package-lock.json v3')
    expect(r.complete).toBe(true)
    expect(r.issues).toEqual([])
  })

  test('the root project and its direct dependencies, runtime and dev', () => {
    expect(r.projects).toEqual([
      expect.objectContaining({
        id: '',
        name: 'acme-storefront',
        version: '1.4.0',
        manifest: 'npm/app-npm11/package.json',
      }),
    ])
    const direct = r.edges.filter((e) => e.from === '')
    expect(direct).toHaveLength(14 + 26)
    expect(direct).toContainEqual({ from: '', to: 'node_modules/express', scope: 'runtime' })
    expect(direct).toContainEqual({ from: '', to: 'node_modules/eslint', scope: 'dev' })
  })

  test('purls, hashes, resolved URL, scopes and licenses', () => {
    const express = pkg(r, 'express')!
    expect(express.purl).toBe(`pkg:npm/express@${express.version}`)
    expect(express.scope).toBe('runtime')
    expect(express.source).toBe('registry')
    expect(express.resolved).toBe(`https://registry.npmjs.org/express/-/express-${express.version}.tgz`)
    expect(express.hashes).toHaveLength(1)
    expect(express.hashes[0].alg).toBe('SHA-512')
    expect(express.hashes[0].value).toMatch(/^[0-9a-f]{128}$/)
    expect(express.license).toBe('MIT')
    const s3 = pkg(r, '@aws-sdk/client-s3')!
    expect(s3.purl).toBe(`pkg:npm/%40aws-sdk/client-s3@${s3.version}`)
    expect(pkg(r, 'eslint')!.scope).toBe('dev')
    // every entry the lockfile marks optional is optional (or dev when it is only in the dev tree)
    const lock = JSON.parse(readFileSync(join(TESTDATA, 'npm/app-npm11/package-lock.json'), 'utf8'))
    for (const p of r.packages) {
      const entry = lock.packages[p.id]
      const expected = entry.dev
        ? 'dev'
        : entry.optional || entry.devOptional
          ? 'optional'
          : entry.peer
            ? 'peer'
            : 'runtime'
      expect([p.id, p.scope]).toEqual([p.id, expected])
    }
  })

  test('nested copies of other versions are their own nodes', () => {
    const nested = r.packages.filter((p) => p.id.includes('/node_modules/'))
    expect(nested.length).toBeGreaterThan(50)
    for (const p of nested) expect(p.name).toBe(p.id.slice(p.id.lastIndexOf('node_modules/') + 13))
  })

  test('every dependency edge npm ls reports is there (recorded npm ls --all --package-lock-only)', () => {
    const tree = JSON.parse(readFileSync(join(TESTDATA, 'npm/npm-ls/app-npm11.json'), 'utf8'))
    const ours = edgeLabels(r)
    const theirs = new Set<string>()
    const walk = (
      from: string,
      node: { dependencies?: Record<string, { version?: string; missing?: boolean; dependencies?: object }> },
    ) => {
      for (const [name, child] of Object.entries(node.dependencies ?? {})) {
        if (!child.version || child.missing) continue
        theirs.add(`${from} -> ${name}@${child.version}`)
        walk(`${name}@${child.version}`, child as never)
      }
    }
    walk('project:acme-storefront', tree)
    expect(theirs.size).toBeGreaterThan(1500)
    const missing = [...theirs].filter((e) => !ours.has(e))
    expect(missing).toEqual([])
    // spot checks
    expect(ours).toContain(`project:acme-storefront -> express@${pkg(r, 'express')!.version}`)
    const bodyParser = r.packages.find((p) => p.id === 'node_modules/body-parser')!
    expect(ours).toContain(`express@${pkg(r, 'express')!.version} -> body-parser@${bodyParser.version}`)
  })
})

describe('package-lock.json v3 with workspaces (corpus-generated workspaces-npm11)', () => {
  const r = parseFixture(parsePackageLock, 'npm/workspaces-npm11/package-lock.json')

  test('each workspace member is a project with its own direct dependencies', () => {
    expect(r.projects.map((p) => [p.id, p.name, p.version, p.manifest])).toEqual([
      ['', 'acme-monorepo', '0.0.0', 'npm/workspaces-npm11/package.json'],
      ['packages/core', '@acme/core', '1.2.0', 'npm/workspaces-npm11/packages/core/package.json'],
      ['packages/web', '@acme/web', '0.5.0', 'npm/workspaces-npm11/packages/web/package.json'],
    ])
    const directOf = (id: string) =>
      r.edges
        .filter((e) => e.from === id)
        .map((e) => `${e.to}:${e.scope}`)
        .sort()
    expect(directOf('packages/core')).toEqual([
      'node_modules/@types/lodash:dev',
      'node_modules/axios:runtime',
      'node_modules/lodash:runtime',
      'node_modules/zod:runtime',
    ])
    // @acme/web depends on the @acme/core workspace: an edge between projects
    expect(directOf('packages/web')).toContain('packages/core:runtime')
    expect(directOf('')).toEqual([
      'node_modules/eslint:dev',
      'node_modules/prettier:dev',
      'node_modules/typescript:dev',
      'node_modules/vitest:dev',
    ])
  })

  test('325 distinct packages, workspaces and links are not packages', () => {
    expect(nameVersions(r).size).toBe(325)
    expect(r.packages.some((p) => p.name.startsWith('@acme/'))).toBe(false)
    expect(r.issues).toEqual([])
  })

  test('edges agree with npm ls for the workspace members', () => {
    const tree = JSON.parse(readFileSync(join(TESTDATA, 'npm/npm-ls/workspaces-npm11.json'), 'utf8'))
    const ours = edgeLabels(r)
    const core = tree.dependencies['@acme/core']
    for (const [name, child] of Object.entries(core.dependencies) as Array<[string, { version: string }]>)
      expect(ours).toContain(`project:@acme/core -> ${name}@${child.version}`)
  })
})

describe('package-lock.json v2 (curso-node-table) and v3 (vscode npm extension)', () => {
  test('v2 reads "packages", not the legacy "dependencies" copy', () => {
    const r = parseFixture(parsePackageLock, 'npm/curso-node-table/package-lock.json')
    expect(r.format).toBe('package-lock.json v2')
    expect(nameVersions(r).size).toBe(17)
    expect(r.edges.filter((e) => e.from === '').map((e) => e.to)).toEqual([
      'node_modules/colors',
      'node_modules/yargs',
    ])
  })

  test('an integrity value with two hashes gives both', () => {
    const r = parseFixture(parsePackageLock, 'npm/vscode-ext-npm-lock-v3/package-lock.json')
    expect(nameVersions(r).size).toBe(34)
    const argparse = pkg(r, 'argparse')!
    expect(argparse.hashes.map((h) => h.alg).sort()).toEqual(['SHA-1', 'SHA-512'])
    expect(r.packages.filter((p) => p.scope === 'dev')).toHaveLength(4)
  })
})

describe('package-lock.json v1 (atom fuzzy-finder, nested dependencies)', () => {
  const r = parseFixture(parsePackageLock, 'npm/atom-fuzzy-finder/package-lock.json')

  test('every nested entry, 216 distinct name@version', () => {
    expect(r.format).toBe('package-lock.json v1')
    expect(r.packages).toHaveLength(217)
    expect(nameVersions(r).size).toBe(216)
    expect(r.packages.filter((p) => p.scope === 'dev')).toHaveLength(188)
  })

  test('requires resolve to the nearest nested copy, walking up', () => {
    const edges = edgeLabels(r)
    // acorn-jsx requires acorn ^3.0.4: its own nested acorn 3.3.0, not the top-level 5.7.3
    expect(edges).toContain('acorn-jsx@3.0.1 -> acorn@3.3.0')
    expect(edges).not.toContain('acorn-jsx@3.0.1 -> acorn@5.7.3')
    expect(edges).toContain('ajv@4.11.8 -> co@4.6.0')
  })

  test('direct dependencies come from package.json next to the lockfile', () => {
    const direct = r.edges.filter((e) => e.from === '')
    expect(direct).toHaveLength(13)
    expect(direct).toContainEqual({ from: '', to: 'node_modules/standard', scope: 'dev' })
    expect(direct).toContainEqual({ from: '', to: 'node_modules/async', scope: 'runtime' })
    expect(r.projects[0]).toMatchObject({ name: 'fuzzy-finder', version: '1.9.2' })
  })

  test('http:// registry URLs are still the registry', () => {
    const acornJsx = pkg(r, 'acorn-jsx')!
    expect(acornJsx.resolved).toMatch(/^http:\/\/registry\.npmjs\.org/)
    expect(acornJsx.purl).toBe('pkg:npm/acorn-jsx@3.0.1')
    expect(acornJsx.hashes).toEqual([{ alg: 'SHA-1', value: 'afdf9488fb1ecefc8348f6fb22f464e32a58b36b' }])
  })
})

describe('npm-shrinkwrap.json of npm <= 4 (generator-core)', () => {
  const r = parseFixture(parsePackageLock, 'npm/generator-core/npm-shrinkwrap.json')

  test('packages, with the git dependency as a git source', () => {
    expect(r.format).toBe('npm-shrinkwrap.json (npm <= 4)')
    expect(nameVersions(r)).toEqual(
      new Set([
        'optimist@0.6.1',
        'wordwrap@0.0.2',
        'minimist@0.0.10',
        'q@1.0.1',
        'semver@2.3.2',
        'ws@0.4.31',
        'options@0.0.5',
      ]),
    )
    const ws = pkg(r, 'ws')!
    expect(ws.source).toBe('git')
    expect(ws.purl).toBe(
      'pkg:npm/ws@0.4.31?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Fadobe-photoshop%2Fws.git%23f89590b37ef8ba322636e8ef8187252c06eec143',
    )
  })

  test('edges inferred from nesting, said so, and the file marked incomplete', () => {
    const edges = edgeLabels(r)
    expect(edges).toContain('optimist@0.6.1 -> wordwrap@0.0.2')
    expect(edges).toContain('ws@0.4.31 -> options@0.0.5')
    expect(edges).toContain('project:generator-core -> q@1.0.1')
    expect(r.complete).toBe(false)
    expect(r.issues.map((i) => i.message).join('\n')).toMatch(/records no dependency relations/)
  })
})

describe('package-lock.json edge cases', () => {
  const lock = (packages: object, extra: object = {}) =>
    JSON.stringify(
      { name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true, packages, ...extra },
      null,
      2,
    )

  test('aliases, git, remote tarball, file: and link: dependencies, custom registry', () => {
    const r = parseText(
      parsePackageLock,
      'package-lock.json',
      lock({
        '': {
          name: 'app',
          version: '1.0.0',
          dependencies: {
            str: 'npm:string-width@^4',
            g: 'github:a/g',
            t: 'https://x.test/t.tgz',
            local: 'file:libs/local',
            priv: '^1',
          },
        },
        'node_modules/str': {
          name: 'string-width',
          version: '4.2.3',
          resolved: 'https://registry.npmjs.org/string-width/-/string-width-4.2.3.tgz',
        },
        'node_modules/g': {
          version: '2.0.0',
          resolved: 'git+ssh://git@github.com/a/g.git#0123456789abcdef0123456789abcdef01234567',
        },
        'node_modules/t': {
          version: '0.1.0',
          resolved: 'https://x.test/t.tgz',
          integrity: 'sha512-' + Buffer.alloc(64, 1).toString('base64'),
        },
        'node_modules/local': { resolved: 'libs/local', link: true },
        'libs/local': { name: 'local', version: '3.0.0', dependencies: { str: '*' } },
        'node_modules/priv': {
          version: '1.0.0',
          resolved: 'https://npm.corp.test/repo/priv/-/priv-1.0.0.tgz',
        },
      }),
    )
    expect(r.issues).toEqual([])
    const byName = Object.fromEntries(r.packages.map((p) => [p.name, p]))
    expect(byName['string-width']).toMatchObject({
      purl: 'pkg:npm/string-width@4.2.3',
      alias: 'str',
      source: 'registry',
    })
    expect(byName.g).toMatchObject({
      source: 'git',
      purl: expect.stringMatching(/^pkg:npm\/g@2\.0\.0\?vcs_url=git%2Bssh:/),
    })
    expect(byName.t).toMatchObject({
      source: 'url',
      purl: 'pkg:npm/t@0.1.0?download_url=https:%2F%2Fx.test%2Ft.tgz',
    })
    expect(byName.t.hashes).toEqual([{ alg: 'SHA-512', value: '01'.repeat(64) }])
    expect(byName.local).toMatchObject({ source: 'path', version: '3.0.0', id: 'libs/local' })
    expect(byName.priv).toMatchObject({
      purl: 'pkg:npm/priv@1.0.0?repository_url=https:%2F%2Fnpm.corp.test%2Frepo',
    })
    // the link resolves to its target; the local package's own dependency resolves from its folder up
    expect(edgeLabels(r)).toEqual(
      new Set([
        'project:app -> string-width@4.2.3',
        'project:app -> g@2.0.0',
        'project:app -> t@0.1.0',
        'project:app -> local@3.0.0',
        'project:app -> priv@1.0.0',
        'local@3.0.0 -> string-width@4.2.3',
      ]),
    )
  })

  test('devOptional and peer entries, optional dependencies missing for this platform', () => {
    const r = parseText(
      parsePackageLock,
      'sub/package-lock.json',
      lock({
        '': { dependencies: { a: '1' }, devDependencies: { d: '1' } },
        'node_modules/a': {
          version: '1.0.0',
          optionalDependencies: { fsevents: '2' },
          peerDependencies: { p: '1', q: '1' },
          peerDependenciesMeta: { q: { optional: true } },
        },
        'node_modules/p': { version: '1.0.0', peer: true },
        'node_modules/d': { version: '1.0.0', devOptional: true },
      }),
    )
    expect(r.issues).toEqual([])
    expect(r.complete).toBe(true)
    expect(Object.fromEntries(r.packages.map((p) => [p.name, p.scope]))).toEqual({
      a: 'runtime',
      p: 'peer',
      d: 'optional',
    })
    expect(r.edges).toContainEqual({ from: 'node_modules/a', to: 'node_modules/p', scope: 'peer' })
    expect(r.projects[0].manifest).toBe('sub/package.json')
  })

  test('an entry without a version is reported with its line and skipped; the rest is read', () => {
    const text = lock({
      '': { dependencies: { a: '1', b: '1' } },
      'node_modules/a': { version: '1.0.0' },
      'node_modules/b': { resolved: 'x' },
    })
    const r = parseText(parsePackageLock, 'package-lock.json', text)
    expect(nameVersions(r)).toEqual(new Set(['a@1.0.0']))
    expect(r.complete).toBe(false)
    expect(r.issues).toContainEqual({
      file: 'package-lock.json',
      line: text.split('\n').findIndex((l) => l.includes('"node_modules/b"')) + 1,
      severity: 'error',
      message: '"node_modules/b" has no version; skipped',
    })
  })

  test('v1: an entry without a version is reported on its own line, not on a "requires" line naming it', () => {
    const text = JSON.stringify(
      {
        name: 'app',
        lockfileVersion: 1,
        dependencies: {
          a: { version: '1.0.0', requires: { b: '^1' } },
          b: { resolved: 'https://x.test/b.tgz' },
        },
      },
      null,
      2,
    )
    const r = parseText(parsePackageLock, 'package-lock.json', text)
    const line = text.split('\n').findIndex((l) => l.includes('"b": {')) + 1
    expect(r.issues).toContainEqual({
      file: 'package-lock.json',
      line,
      severity: 'error',
      message: '"b" has no version; skipped',
    })
    expect(nameVersions(r)).toEqual(new Set(['a@1.0.0']))
  })

  test('a dependency the lockfile lacks is a warning, and the file is incomplete', () => {
    const r = parseText(parsePackageLock, 'package-lock.json', lock({ '': { dependencies: { gone: '1' } } }))
    expect(r.issues.map((i) => i.message)).toEqual([
      '"(root)" depends on gone@1, which the lockfile does not contain',
    ])
    expect(r.complete).toBe(false)
  })

  test.each([
    [
      'truncated',
      '{\n  "name": "x",\n  "lockfileVersion": 3,\n  "packages": {\n',
      /^not valid JSON: unexpected end of file \(truncated\?\)$/,
      5,
    ],
    ['not JSON', 'lockfileVersion: 3\n', /^not valid JSON: /, 1],
    [
      'unknown version',
      '{\n  "lockfileVersion": 4,\n  "packages": {}\n}',
      /^unknown lockfileVersion 4: lockgraph reads versions 1, 2 and 3$/,
      2,
    ],
    ['an array', '[1, 2]', /^not an npm lockfile/, 1],
    ['empty', '', /^empty file/, undefined],
  ])('a file that is %s throws one ParseError with its line', (_what, text, message, line) => {
    let error: unknown
    try {
      parseText(parsePackageLock, 'package-lock.json', text)
    } catch (err) {
      error = err
    }
    expect(error).toMatchObject({ name: 'ParseError', message: expect.stringMatching(message), line })
  })
})
