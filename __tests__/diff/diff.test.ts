import { diffGraphs } from '../../src/diff/diff.js'
import type { GraphDiff } from '../../src/diff/model.js'
import { compareVersions } from '../../src/diff/versions.js'
import type { Ecosystem } from '../../src/model.js'
import { flat, graphOf, lockfile, type PkgSpec } from './graphs.js'

/** Every entry as one line: "manifest: kind name base -> head [changes]". */
function lines(diff: GraphDiff): string[] {
  const out: string[] = []
  for (const m of diff.manifests)
    for (const e of m.entries)
      out.push(
        `${m.manifest}: ${e.kind} ${e.name} ${e.base?.version ?? '-'} -> ${e.head?.version ?? '-'}${e.changes.length ? ` [${e.changes.join(',')}]` : ''}`,
      )
  for (const m of diff.moved)
    out.push(`moved ${m.name} ${m.from} -> ${m.to} ${m.base.version} -> ${m.head.version} (${m.version})`)
  return out
}

const npm = (name: string, version: string, more: Partial<PkgSpec> = {}): PkgSpec => ({
  name,
  version,
  ...more,
})

describe('diffGraphs: kinds and counts', () => {
  const base = graphOf(
    flat('package.json', [npm('a', '1.0.0'), npm('b', '2.0.0'), npm('c', '3.0.0'), npm('d', '1.0.0')]),
  )
  const head = graphOf(
    flat('package.json', [npm('a', '1.1.0'), npm('b', '1.9.9'), npm('c', '3.0.0'), npm('e', '0.1.0')]),
  )
  const diff = diffGraphs(base, head)

  test('added, removed, upgraded, downgraded; unchanged left out; sorted by name', () => {
    expect(lines(diff)).toEqual([
      'package.json: upgraded a 1.0.0 -> 1.1.0 [version]',
      'package.json: downgraded b 2.0.0 -> 1.9.9 [version]',
      'package.json: removed d 1.0.0 -> -',
      'package.json: added e - -> 0.1.0',
    ])
  })

  test('counts overall and per manifest', () => {
    const kinds = { added: 1, removed: 1, upgraded: 1, downgraded: 1, changed: 0, moved: 0 }
    expect(diff.counts).toEqual({ ...kinds, manifestsAdded: 0, manifestsRemoved: 0, manifestsChanged: 1 })
    expect(diff.manifests.map((m) => [m.manifest, m.status, m.counts])).toEqual([
      ['package.json', 'changed', kinds],
    ])
    expect(diff.hasChanges).toBe(true)
  })

  test('no change: nothing listed', () => {
    const same = diffGraphs(base, base)
    expect(same).toEqual({
      manifests: [],
      moved: [],
      counts: {
        added: 0,
        removed: 0,
        upgraded: 0,
        downgraded: 0,
        changed: 0,
        moved: 0,
        manifestsAdded: 0,
        manifestsRemoved: 0,
        manifestsChanged: 0,
      },
      hasChanges: false,
    })
  })

  test('the same graphs in another order give the same diff', () => {
    const b2 = graphOf(
      flat('package.json', [npm('d', '1.0.0'), npm('c', '3.0.0'), npm('b', '2.0.0'), npm('a', '1.0.0')]),
    )
    const h2 = graphOf(
      flat('package.json', [npm('e', '0.1.0'), npm('c', '3.0.0'), npm('b', '1.9.9'), npm('a', '1.1.0')]),
    )
    expect(diffGraphs(b2, h2)).toEqual(diff)
  })
})

describe('diffGraphs: several versions of one name in one project (npm nesting)', () => {
  const nested = (versions: string[]): PkgSpec[] =>
    versions.map((v, i) => ({ name: 'debug', version: v, id: `node_modules/x${i}/node_modules/debug` }))
  const run = (b: string[], h: string[]): string[] =>
    lines(diffGraphs(graphOf(flat('package.json', nested(b))), graphOf(flat('package.json', nested(h)))))

  test('an unchanged version is paired with itself first', () => {
    expect(run(['2.6.9', '4.3.1'], ['4.3.1'])).toEqual(['package.json: removed debug 2.6.9 -> -'])
    expect(run(['1.0.0'], ['2.0.0', '1.0.0'])).toEqual(['package.json: added debug - -> 2.0.0'])
  })

  test('the rest in version order, preferring the same release line', () => {
    expect(run(['2.6.9', '4.3.1'], ['4.3.4'])).toEqual([
      'package.json: removed debug 2.6.9 -> -',
      'package.json: upgraded debug 4.3.1 -> 4.3.4 [version]',
    ])
    expect(run(['3.0.0', '4.0.0'], ['4.1.0', '3.1.0'])).toEqual([
      'package.json: upgraded debug 3.0.0 -> 3.1.0 [version]',
      'package.json: upgraded debug 4.0.0 -> 4.1.0 [version]',
    ])
    expect(run(['1.2.0'], ['2.0.0', '1.3.0'])).toEqual([
      'package.json: upgraded debug 1.2.0 -> 1.3.0 [version]',
      'package.json: added debug - -> 2.0.0',
    ])
    // 0.x minors are release lines of their own
    expect(run(['0.1.0', '0.2.0'], ['0.2.5'])).toEqual([
      'package.json: removed debug 0.1.0 -> -',
      'package.json: upgraded debug 0.2.0 -> 0.2.5 [version]',
    ])
  })

  test('no common release line: the newest are paired', () => {
    expect(run(['1.0.0', '2.0.0'], ['5.0.0'])).toEqual([
      'package.json: removed debug 1.0.0 -> -',
      'package.json: upgraded debug 2.0.0 -> 5.0.0 [version]',
    ])
  })
})

describe('diffGraphs: changed (same version)', () => {
  const sha = (c: string) => ({ alg: 'SHA-512' as const, value: c.repeat(8) })
  const one = (p: PkgSpec) => graphOf(flat('package.json', [p]))

  test('a hash of the same algorithm with another value', () => {
    const d = diffGraphs(
      one(npm('a', '1.0.0', { hashes: [sha('a')] })),
      one(npm('a', '1.0.0', { hashes: [sha('b')] })),
    )
    expect(lines(d)).toEqual(['package.json: changed a 1.0.0 -> 1.0.0 [hash]'])
  })

  test('another algorithm only, or one value more, is not a change', () => {
    const sha1 = { alg: 'SHA-1' as const, value: 'c'.repeat(40) }
    expect(
      diffGraphs(one(npm('a', '1.0.0', { hashes: [sha1] })), one(npm('a', '1.0.0', { hashes: [sha('a')] })))
        .hasChanges,
    ).toBe(false)
    expect(
      diffGraphs(
        one(npm('a', '1.0.0', { hashes: [sha('a')] })),
        one(npm('a', '1.0.0', { hashes: [sha('a'), sha('b')] })),
      ).hasChanges,
    ).toBe(false)
  })

  test('source: registry to git, another registry, another commit', () => {
    const reg = npm('a', '1.0.0', { resolved: 'https://registry.npmjs.org/a/-/a-1.0.0.tgz' })
    const git = npm('a', '1.0.0', {
      source: 'git',
      resolved: 'git+ssh://git@github.com/x/a.git#0123456',
      purl: 'pkg:npm/a@1.0.0?vcs_url=x',
    })
    const git2 = { ...git, resolved: 'git+ssh://git@github.com/x/a.git#89abcde' }
    const mirror = { ...reg, resolved: 'https://npm.example.com/a/-/a-1.0.0.tgz' }
    expect(lines(diffGraphs(one(reg), one(git)))).toEqual(['package.json: changed a 1.0.0 -> 1.0.0 [source]'])
    expect(lines(diffGraphs(one(git), one(git2)))).toEqual([
      'package.json: changed a 1.0.0 -> 1.0.0 [source]',
    ])
    expect(lines(diffGraphs(one(reg), one(mirror)))).toEqual([
      'package.json: changed a 1.0.0 -> 1.0.0 [source]',
    ])
    // a git dependency whose version and commit move together: an upgrade, not a new source
    const git3 = { ...git2, version: '1.1.0', purl: 'pkg:npm/a@1.1.0?vcs_url=x' }
    expect(lines(diffGraphs(one(git), one(git3)))).toEqual([
      'package.json: upgraded a 1.0.0 -> 1.1.0 [version]',
    ])
  })

  test('license, compared in its SPDX form', () => {
    expect(
      lines(
        diffGraphs(one(npm('a', '1.0.0', { license: 'MIT' })), one(npm('a', '1.0.0', { license: 'ISC' }))),
      ),
    ).toEqual(['package.json: changed a 1.0.0 -> 1.0.0 [license]'])
    expect(
      diffGraphs(one(npm('a', '1.0.0', { license: 'mit' })), one(npm('a', '1.0.0', { license: 'MIT' })))
        .hasChanges,
    ).toBe(false)
  })

  test('scope and direct, per project: a change in one project does not show in another', () => {
    // base: a → x (dev) in both projects; head: project b makes x a runtime dependency
    const a = lockfile('a/package.json', [npm('x', '1.0.0', { scope: 'dev' })], [['', 'x@1.0.0', 'dev']])
    const bBase = lockfile('b/package.json', [npm('x', '1.0.0', { scope: 'dev' })], [['', 'x@1.0.0', 'dev']])
    const bHead = lockfile('b/package.json', [npm('x', '1.0.0')], [['', 'x@1.0.0', 'runtime']])
    const d = diffGraphs(
      graphOf(['a/package-lock.json', a], ['b/package-lock.json', bBase]),
      graphOf(['a/package-lock.json', a], ['b/package-lock.json', bHead]),
    )
    expect(lines(d)).toEqual(['b/package.json: changed x 1.0.0 -> 1.0.0 [scope]'])
    expect([d.manifests[0].entries[0].base!.scope, d.manifests[0].entries[0].head!.scope]).toEqual([
      'dev',
      'runtime',
    ])
  })

  test('a transitive package that becomes direct', () => {
    const base = lockfile(
      'package.json',
      [npm('p', '1.0.0'), npm('q', '1.0.0')],
      [
        ['', 'p@1.0.0'],
        ['p@1.0.0', 'q@1.0.0'],
      ],
    )
    const head = lockfile(
      'package.json',
      [npm('p', '1.0.0'), npm('q', '1.0.0')],
      [
        ['', 'p@1.0.0'],
        ['', 'q@1.0.0'],
        ['p@1.0.0', 'q@1.0.0'],
      ],
    )
    const d = diffGraphs(graphOf(['package-lock.json', base]), graphOf(['package-lock.json', head]))
    expect(lines(d)).toEqual(['package.json: changed q 1.0.0 -> 1.0.0 [direct]'])
    expect(d.manifests[0].entries[0].direct).toBe(true)
  })
})

describe('diffGraphs: moves between manifests', () => {
  test('left one manifest and arrived in another: moved, neither removed nor added', () => {
    const base = graphOf(
      flat('a/package.json', [npm('lodash', '4.17.20'), npm('keep', '1.0.0')]),
      flat('b/package.json', [npm('other', '1.0.0')]),
    )
    const head = graphOf(
      flat('a/package.json', [npm('keep', '1.0.0')]),
      flat('b/package.json', [npm('other', '1.0.0'), npm('lodash', '4.17.21')]),
    )
    const d = diffGraphs(base, head)
    expect(lines(d)).toEqual(['moved lodash a/package.json -> b/package.json 4.17.20 -> 4.17.21 (upgraded)'])
    expect(d.counts).toMatchObject({ added: 0, removed: 0, moved: 1, manifestsChanged: 2 })
    expect(d.manifests.map((m) => [m.manifest, m.counts.moved])).toEqual([
      ['a/package.json', 1],
      ['b/package.json', 1],
    ])
    expect(d.moved[0]).toMatchObject({ version: 'upgraded', changes: ['version'] })
  })

  test('a manifest renamed: removed and added as manifests, its packages moved', () => {
    const pkgs = [npm('x', '1.0.0'), npm('y', '2.0.0')]
    const d = diffGraphs(graphOf(flat('old/package.json', pkgs)), graphOf(flat('new/package.json', pkgs)))
    expect(lines(d)).toEqual([
      'moved x old/package.json -> new/package.json 1.0.0 -> 1.0.0 (same)',
      'moved y old/package.json -> new/package.json 2.0.0 -> 2.0.0 (same)',
    ])
    expect(d.manifests.map((m) => [m.manifest, m.status])).toEqual([
      ['new/package.json', 'added'],
      ['old/package.json', 'removed'],
    ])
    expect(d.counts).toMatchObject({ manifestsAdded: 1, manifestsRemoved: 1, moved: 2, added: 0, removed: 0 })
  })

  test('same version first, then in manifest order; what is left is added or removed', () => {
    const base = graphOf(
      flat('a/package.json', [npm('m', '1.0.0')]),
      flat('b/package.json', [npm('m', '2.0.0')]),
    )
    const head = graphOf(
      flat('c/package.json', [npm('m', '2.0.0')]),
      flat('d/package.json', [npm('m', '3.0.0')]),
      flat('e/package.json', [npm('m', '9.0.0')]),
    )
    expect(lines(diffGraphs(base, head))).toEqual([
      'e/package.json: added m - -> 9.0.0',
      'moved m a/package.json -> d/package.json 1.0.0 -> 3.0.0 (upgraded)',
      'moved m b/package.json -> c/package.json 2.0.0 -> 2.0.0 (same)',
    ])
  })

  test('a removal in one manifest and an addition of another package elsewhere are not a move', () => {
    const d = diffGraphs(
      graphOf(flat('a/package.json', [npm('p', '1.0.0')]), flat('b/package.json', [])),
      graphOf(flat('a/package.json', []), flat('b/package.json', [npm('q', '1.0.0')])),
    )
    expect(lines(d)).toEqual(['a/package.json: removed p 1.0.0 -> -', 'b/package.json: added q - -> 1.0.0'])
  })

  test('another ecosystem with the same name is another package', () => {
    const d = diffGraphs(
      graphOf(flat('a/package.json', [npm('six', '1.0.0')])),
      graphOf(
        flat('a/package.json', []),
        flat('py/requirements.txt', [{ name: 'six', version: '1.0.0' }], 'pypi'),
      ),
    )
    expect(lines(d)).toEqual([
      'a/package.json: removed six 1.0.0 -> -',
      'py/requirements.txt: added six - -> 1.0.0',
    ])
  })
})

describe('diffGraphs: paths of new transitive packages', () => {
  // project → express → body-parser → qs; project → other → qs (longer: other → mid → qs)
  const pk = (n: string) => npm(n, '1.0.0')
  const base = lockfile(
    'package.json',
    [pk('express'), pk('other')],
    [
      ['', 'express@1.0.0'],
      ['', 'other@1.0.0'],
    ],
  )
  const head = lockfile(
    'package.json',
    [pk('express'), pk('other'), pk('body-parser'), pk('qs'), pk('mid'), pk('side')],
    [
      ['', 'express@1.0.0'],
      ['', 'other@1.0.0'],
      ['other@1.0.0', 'mid@1.0.0'],
      ['mid@1.0.0', 'side@1.0.0'],
      ['side@1.0.0', 'qs@1.0.0'],
      ['express@1.0.0', 'body-parser@1.0.0'],
      ['body-parser@1.0.0', 'qs@1.0.0'],
    ],
  )
  const d = diffGraphs(graphOf(['package-lock.json', base]), graphOf(['package-lock.json', head]))
  const path = (name: string) =>
    d.manifests[0].entries
      .find((e) => e.name === name)!
      .path!.map((s) => s.name)
      .join(' → ')

  test('the shortest path from the project, direct dependency first', () => {
    expect(path('qs')).toBe('express → body-parser → qs')
    expect(path('body-parser')).toBe('express → body-parser')
    expect(path('side')).toBe('other → mid → side')
  })

  test('entries are transitive, with versions and purls on each step', () => {
    const qs = d.manifests[0].entries.find((e) => e.name === 'qs')!
    expect(qs).toMatchObject({ kind: 'added', direct: false })
    expect(qs.path![0]).toEqual({ name: 'express', version: '1.0.0', purl: 'pkg:npm/express@1.0.0' })
  })

  test('a package no edge reaches (a lockfile without relations) belongs to its lockfile project, without path', () => {
    const lone = lockfile('Pipfile', [{ name: 'six', version: '1.16.0' }], [], 'pypi')
    const g = graphOf(['Pipfile.lock', lockfile('Pipfile', [], [], 'pypi')])
    const h = graphOf(['Pipfile.lock', lone])
    const e = diffGraphs(g, h).manifests[0]
    expect([e.manifest, e.entries.map((x) => [x.kind, x.name, x.direct, x.path])]).toEqual([
      'Pipfile',
      [['added', 'six', false, undefined]],
    ])
  })
})

describe('diffGraphs: downgrades by each ecosystem ordering', () => {
  const kind = (eco: Ecosystem, from: string, to: string): string => {
    const manifest = eco === 'pypi' ? 'requirements.txt' : `${eco}.manifest`
    const d = diffGraphs(
      graphOf(flat(manifest, [{ name: 'p', version: from }], eco)),
      graphOf(flat(manifest, [{ name: 'p', version: to }], eco)),
    )
    return d.manifests[0]?.entries[0]?.kind ?? 'none'
  }

  test.each<[Ecosystem, string, string, string]>([
    ['npm', '1.0.0-beta.2', '1.0.0-beta.11', 'upgraded'],
    ['npm', '1.0.0', '1.0.0-rc.1', 'downgraded'],
    ['npm', '1.0.0+build.1', '1.0.0+build.2', 'changed'],
    ['cargo', '0.10.0', '0.9.9', 'downgraded'],
    ['pypi', '1.9', '1.10', 'upgraded'],
    ['pypi', '2.0', '2.0rc1', 'downgraded'],
    ['pypi', '1.0', '1.0.0', 'changed'],
    ['pypi', '1.0.post1', '1.0', 'downgraded'],
    ['composer', 'v2.0.0', '2.0.1', 'upgraded'],
    ['composer', '1.0.0', '1.0.0-RC1', 'downgraded'],
    ['composer', '1.0.0-beta2', '1.0.0-alpha10', 'downgraded'],
    ['maven', '1.0-SNAPSHOT', '1.0', 'upgraded'],
    ['maven', '1.0', '1.0-rc-1', 'downgraded'],
    ['maven', '2.0.1', '2.0.1-xyz', 'upgraded'],
    ['maven', '1.0', '1.0.0', 'changed'],
    ['gradle', '31.1-jre', '31.1-android', 'downgraded'],
    ['generic', '1.9', '1.10', 'upgraded'],
    ['generic', '2024.01.10', '2024.01.9', 'downgraded'],
  ])('%s %s → %s: %s', (eco, from, to, expected) => {
    expect(kind(eco, from, to)).toBe(expected)
  })

  test('compareVersions is antisymmetric on these', () => {
    expect(compareVersions('maven', '1.0', '1.0-rc-1')).toBe(1)
    expect(compareVersions('maven', '1.0-rc-1', '1.0')).toBe(-1)
    expect(compareVersions('npm', 'not-semver', '1.0.0')).toBe(-1)
  })
})
