// Diffs for the renderer tests: a typical pull request, a hostile one, and big ones.
import { diffGraphs } from '../../src/diff/diff.js'
import type { GraphDiff } from '../../src/diff/model.js'
import { loadPolicy } from '../../src/policy/config.js'
import { evaluatePolicy, type Violation } from '../../src/policy/policy.js'
import { flat, graphOf, lockfile, type PkgSpec } from '../diff/graphs.js'

const npm = (name: string, version: string, more: Partial<PkgSpec> = {}): PkgSpec => ({
  name,
  version,
  license: 'MIT',
  ...more,
})

/**
 * A typical pull request on a small monorepo: web/ upgrades express (which brings new transitive packages),
 * drops lodash, adds left-pad (denied) and a GPL package; debug goes from dev to runtime; api/ moves uuid
 * over from web/; a Python service upgrades requests and gets a new manifest.
 */
export function typicalDiff(): { diff: GraphDiff; violations: Violation[] } {
  const webBase = lockfile(
    'web/package.json',
    [
      npm('express', '4.17.1'),
      npm('body-parser', '1.19.0'),
      npm('lodash', '4.17.20'),
      npm('debug', '2.6.9', { scope: 'dev' }),
      npm('uuid', '8.3.2'),
      npm('semver', '7.5.4'),
    ],
    [
      ['', 'express@4.17.1'],
      ['express@4.17.1', 'body-parser@1.19.0'],
      ['', 'lodash@4.17.20'],
      ['', 'debug@2.6.9', 'dev'],
      ['', 'uuid@8.3.2'],
      ['', 'semver@7.5.4'],
    ],
  )
  const webHead = lockfile(
    'web/package.json',
    [
      npm('express', '4.18.2'),
      npm('body-parser', '1.20.1'),
      npm('qs', '6.11.0', { license: 'BSD-3-Clause' }),
      npm('side-channel', '1.0.4'),
      npm('debug', '2.6.9'),
      npm('left-pad', '1.2.0', { license: 'WTFPL' }),
      npm('gpl-thing', '1.0.0', { license: 'GPL-3.0-only' }),
      npm('semver', '7.5.2'),
    ],
    [
      ['', 'express@4.18.2'],
      ['express@4.18.2', 'body-parser@1.20.1'],
      ['body-parser@1.20.1', 'qs@6.11.0'],
      ['qs@6.11.0', 'side-channel@1.0.4'],
      ['', 'debug@2.6.9'],
      ['', 'left-pad@1.2.0'],
      ['', 'gpl-thing@1.0.0'],
      ['', 'semver@7.5.2'],
    ],
  )
  const base = graphOf(
    ['web/package-lock.json', webBase],
    flat('api/package.json', [npm('fastify', '4.0.0')]),
    flat('svc/requirements.txt', [{ name: 'requests', version: '2.30.0', license: 'Apache-2.0' }], 'pypi'),
  )
  const head = graphOf(
    ['web/package-lock.json', webHead],
    flat('api/package.json', [npm('fastify', '4.0.0'), npm('uuid', '9.0.0')]),
    flat('svc/requirements.txt', [{ name: 'requests', version: '2.31.0', license: 'Apache-2.0' }], 'pypi'),
    flat('tools/requirements.txt', [{ name: 'black', version: '24.3.0' }], 'pypi'),
  )
  const diff = diffGraphs(base, head)
  const policy = loadPolicy(
    [
      'fail-on: [license, denied-package, downgrade]',
      'license:',
      '  deny: [GPL-3.0-only]',
      '  unknown: warn',
      'denied-packages:',
      '  - purl: pkg:npm/left-pad',
      '    versions: "<1.3.0"',
      '    reason: unpublished in 2016',
    ].join('\n'),
  )
  return { diff, violations: evaluatePolicy(diff, policy) }
}

/** Text an attacker controls in a lockfile: names, versions, licenses, a manifest path. */
export const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  'a|b|c',
  'back`tick`s',
  '@octocat',
  '[click](http://evil.example/x)',
  '![img](http://evil.example/i.png)',
  '</details><script>alert(1)</script>',
  '</summary>',
  '*bold* _em_ ~~del~~',
  '#1 and GH-2',
  'line\nbreak\r|x|',
  'www.evil.example',
  '&lt;escaped&gt;',
  '\\|',
]

export function hostileDiff(): { diff: GraphDiff; violations: Violation[] } {
  const root = npm('root', '1.0.0')
  const pkgs: PkgSpec[] = HOSTILE.map((name, i) => ({
    name,
    version: `1.0.${i}<b>|@octocat`,
    license: HOSTILE[(i + 3) % HOSTILE.length],
    id: `p${i}`,
  }))
  const manifest = 'evil`|<b>@octocat/package.json'
  const base = graphOf([
    'evil/package-lock.json',
    lockfile(
      manifest,
      [root, { ...pkgs[0], version: '0.9' }],
      [
        ['', 'root@1.0.0'],
        ['', 'p0'],
      ],
    ),
  ])
  const head = graphOf([
    'evil/package-lock.json',
    lockfile(
      manifest,
      [root, ...pkgs],
      [['', 'root@1.0.0'], ['', 'p0'], ...pkgs.slice(1).map((p): [string, string] => ['root@1.0.0', p.id!])],
    ),
  ])
  const diff = diffGraphs(base, head)
  const policy = loadPolicy('fail-on: [license]\nlicense:\n  allow: [MIT]\n  unknown: fail\n')
  return { diff, violations: evaluatePolicy(diff, policy) }
}

/** `n` packages in one project, all direct (`direct`) or all under one direct dependency; head upgrades each. */
export function bigDiff(n: number, direct: boolean): GraphDiff {
  const pkgs = (v: string): PkgSpec[] =>
    Array.from({ length: n }, (_, i) => ({
      name: `package-number-${i}`,
      version: `${v}.${i}.0`,
      license: 'MIT',
    }))
  const make = (v: string) => {
    const list = pkgs(v)
    if (direct) return graphOf(flat('package.json', list))
    const root = { name: 'framework', version: `${v}.0.0` }
    return graphOf([
      'package-lock.json',
      lockfile(
        'package.json',
        [root, ...list],
        [
          ['', `framework@${v}.0.0`],
          ...list.map((p): [string, string] => [`framework@${v}.0.0`, `${p.name}@${p.version}`]),
        ],
      ),
    ])
  }
  return diffGraphs(make('1'), make('2'))
}

/**
 * `n` manifests with one upgrade each; a package of its own in each, as one package in thousands of
 * projects makes the graph builder's per-package project lists quadratic.
 */
export function manyManifestsDiff(n: number): GraphDiff {
  const make = (v: string) =>
    graphOf(
      ...Array.from({ length: n }, (_, i) =>
        flat(`packages/project-${String(i).padStart(5, '0')}/package.json`, [
          { name: `lib-${i}`, version: `${v}.0.0` },
        ]),
      ),
    )
  return diffGraphs(make('1'), make('2'))
}
