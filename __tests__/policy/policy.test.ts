import { diffGraphs } from '../../src/diff/diff.js'
import { loadPolicy, type PolicyInputs } from '../../src/policy/config.js'
import { checkLicense } from '../../src/policy/licenses.js'
import { evaluatePolicy, policyFails, type Violation } from '../../src/policy/policy.js'
import { flat, graphOf, type PkgSpec } from '../diff/graphs.js'

const pkg = (name: string, version: string, more: Partial<PkgSpec> = {}): PkgSpec => ({
  name,
  version,
  ...more,
})

/** Violations of a policy (YAML and inputs) between two flat npm projects at package.json. */
function check(base: PkgSpec[], head: PkgSpec[], yaml: string, inputs: PolicyInputs = {}): string[] {
  const diff = diffGraphs(graphOf(flat('package.json', base)), graphOf(flat('package.json', head)))
  return evaluatePolicy(diff, loadPolicy(yaml, inputs)).map(show)
}

const show = (v: Violation): string => `${v.severity} ${v.rule} ${v.name}: ${v.message}`

describe('license', () => {
  const yaml =
    'fail-on: [license]\nlicense:\n  allow: [MIT, Apache-2.0, BSD-3-Clause]\n  deny: [GPL-3.0-only]'

  test('allow list: what is not on it violates; an OR with an allowed choice passes', () => {
    expect(
      check(
        [],
        [
          pkg('a', '1.0.0', { license: 'MIT' }),
          pkg('b', '1.0.0', { license: 'WTFPL' }),
          pkg('c', '1.0.0', { license: '(MIT OR WTFPL)' }),
          pkg('d', '1.0.0', { license: 'MIT AND WTFPL' }),
          pkg('e', '1.0.0', { license: 'apache 2.0' }),
        ],
        yaml,
      ),
    ).toEqual([
      'error license b: b 1.0.0: license WTFPL is not in license.allow',
      'error license d: d 1.0.0: license MIT AND WTFPL is not in license.allow',
    ])
  })

  test('deny list: an AND with a denied license violates, an OR with another choice does not', () => {
    expect(
      check(
        [],
        [
          pkg('g', '1.0.0', { license: 'GPL-3.0-only' }),
          pkg('h', '1.0.0', { license: 'MIT OR GPL-3.0-only' }),
          pkg('i', '1.0.0', { license: 'MIT AND GPL-3.0-only' }),
        ],
        yaml,
      ),
    ).toEqual([
      'error license g: g 1.0.0: license GPL-3.0-only is denied',
      'error license i: i 1.0.0: license MIT AND GPL-3.0-only (GPL-3.0-only) is denied',
    ])
  })

  test('"+" and -or-later ranges of the deny list', () => {
    expect(checkLicense('GPL-3.0-only', [], ['GPL-2.0-or-later'])).toEqual({
      ok: false,
      reason: 'denied',
      licenses: ['GPL-3.0-only'],
    })
    expect(checkLicense('GPL-3.0-or-later', [], ['GPL-2.0+'])).toMatchObject({ ok: false, reason: 'denied' })
    expect(checkLicense('LGPL-2.1-only', [], ['GPL-2.0-or-later'])).toEqual({ ok: true })
  })

  test('unknown licenses per license.unknown: allow ignores, warn warns, fail violates', () => {
    const head = [pkg('n', '1.0.0'), pkg('o', '1.0.0', { license: 'Custom: see LICENSE' })]
    expect(check([], head, 'fail-on: [license]\nlicense:\n  deny: [GPL-3.0-only]')).toEqual([])
    expect(check([], head, 'fail-on: [license]\nlicense:\n  unknown: warn')).toEqual([
      'warning license n: n 1.0.0: unknown license: no license recorded',
      'warning license o: o 1.0.0: unknown license: "Custom: see LICENSE" is not an SPDX license expression',
    ])
    expect(check([], head, 'fail-on: [license]\nlicense:\n  unknown: fail')).toEqual([
      'error license n: n 1.0.0: unknown license: no license recorded',
      'error license o: o 1.0.0: unknown license: "Custom: see LICENSE" is not an SPDX license expression',
    ])
  })

  test('only a license the pull request brings is checked: a new package, or a changed license', () => {
    const base = [pkg('x', '1.0.0', { license: 'WTFPL' }), pkg('y', '1.0.0', { license: 'MIT' })]
    const head = [pkg('x', '1.1.0', { license: 'WTFPL' }), pkg('y', '1.1.0', { license: 'WTFPL' })]
    expect(check(base, head, yaml)).toEqual([
      'error license y: y 1.1.0: license WTFPL is not in license.allow',
    ])
  })

  test('not in fail-on: reported as a warning; the check does not fail', () => {
    const diff = diffGraphs(
      graphOf(flat('package.json', [])),
      graphOf(flat('package.json', [pkg('g', '1.0.0', { license: 'GPL-3.0-only' })])),
    )
    const v = evaluatePolicy(diff, loadPolicy('license:\n  deny: [GPL-3.0-only]'))
    expect(v.map(show)).toEqual(['warning license g: g 1.0.0: license GPL-3.0-only is denied'])
    expect(policyFails(v)).toBe(false)
    expect(
      policyFails(evaluatePolicy(diff, loadPolicy('fail-on: [license]\nlicense:\n  deny: [GPL-3.0-only]'))),
    ).toBe(true)
  })
})

describe('denied-package', () => {
  const yaml = [
    'fail-on: [denied-package]',
    'denied-packages:',
    '  - purl: pkg:npm/left-pad',
    '    versions: "<1.3.0"',
    '    reason: unpublished in 2016',
    '  - pkg:npm/@evil/*',
    '  - pkg:npm/event-stream@3.3.6',
  ].join('\n')

  test('added, in the range: violates; outside the range: does not', () => {
    expect(
      check(
        [],
        [
          pkg('left-pad', '1.2.0'),
          pkg('event-stream', '3.3.5'),
          pkg('event-stream', '3.3.6', { id: 'nested/event-stream' }),
        ],
        yaml,
      ),
    ).toEqual([
      'error denied-package event-stream: event-stream 3.3.6 is denied by pkg:npm/event-stream 3.3.6',
      'error denied-package left-pad: left-pad 1.2.0 is denied by pkg:npm/left-pad <1.3.0: unpublished in 2016',
    ])
  })

  test('wildcards match scoped names, written @ or %40', () => {
    expect(check([], [pkg('@evil/thing', '1.0.0'), pkg('@good/thing', '1.0.0')], yaml)).toEqual([
      'error denied-package @evil/thing: @evil/thing 1.0.0 is denied by pkg:npm/@evil/*',
    ])
    expect(check([], [pkg('@evil/thing', '1.0.0')], 'denied-packages: [pkg:npm/%40evil/*]')).toEqual([
      'warning denied-package @evil/thing: @evil/thing 1.0.0 is denied by pkg:npm/%40evil/*',
    ])
  })

  test('an upgrade into the range violates; an upgrade out of it does not; removal never does', () => {
    expect(check([pkg('left-pad', '1.0.0')], [pkg('left-pad', '1.2.0')], yaml)).toEqual([
      'error denied-package left-pad: left-pad 1.2.0 is denied by pkg:npm/left-pad <1.3.0: unpublished in 2016',
    ])
    expect(check([pkg('left-pad', '1.2.0')], [pkg('left-pad', '1.3.0')], yaml)).toEqual([])
    expect(check([pkg('left-pad', '1.2.0'), pkg('@evil/x', '1.0.0')], [], yaml)).toEqual([])
  })

  test('a denied package the pull request does not touch is not reported', () => {
    expect(
      check(
        [pkg('left-pad', '1.2.0'), pkg('a', '1.0.0')],
        [pkg('left-pad', '1.2.0'), pkg('a', '2.0.0')],
        yaml,
      ),
    ).toEqual([])
  })

  test('other ecosystems: PyPI names normalized, PEP 440 and Maven ranges', () => {
    const py = diffGraphs(
      graphOf(flat('requirements.txt', [], 'pypi')),
      graphOf(
        flat(
          'requirements.txt',
          [{ name: 'PyYAML', version: '5.3.1', purl: 'pkg:pypi/pyyaml@5.3.1' }],
          'pypi',
        ),
      ),
    )
    expect(evaluatePolicy(py, loadPolicy('denied-packages: ["pkg:pypi/py_yaml@<5.4"]')).map(show)).toEqual([])
    expect(evaluatePolicy(py, loadPolicy('denied-packages: ["pkg:pypi/PyYAML@<5.4"]')).map(show)).toEqual([
      'warning denied-package PyYAML: PyYAML 5.3.1 is denied by pkg:pypi/PyYAML <5.4',
    ])
    const mvn = diffGraphs(
      graphOf(flat('pom.xml', [], 'maven')),
      graphOf(
        flat(
          'pom.xml',
          [
            {
              name: 'log4j-core',
              version: '2.14.1',
              purl: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1',
            },
          ],
          'maven',
        ),
      ),
    )
    const policy = (range: string) =>
      loadPolicy(`denied-packages:\n  - purl: pkg:maven/org.apache.logging.log4j/*\n    versions: "${range}"`)
    expect(evaluatePolicy(mvn, policy('[2.0-beta9,2.17.1)')).map((v) => v.name)).toEqual(['log4j-core'])
    expect(evaluatePolicy(mvn, policy('[2.17.1,)')).map((v) => v.name)).toEqual([])
    expect(evaluatePolicy(mvn, policy('<2.15.0')).map((v) => v.name)).toEqual(['log4j-core'])
  })
})

describe('downgrade and new-source', () => {
  test('downgrade: only when in fail-on', () => {
    const base = [pkg('a', '2.0.0'), pkg('b', '1.0.0')]
    const head = [pkg('a', '1.9.0'), pkg('b', '1.1.0')]
    expect(check(base, head, 'fail-on: [downgrade]')).toEqual([
      'error downgrade a: a is downgraded from 2.0.0 to 1.9.0',
    ])
    expect(check(base, head, 'fail-on: [license]')).toEqual([])
  })

  test('new-source: a git / url / path dependency added, or a registry package switched to git', () => {
    const git = {
      source: 'git' as const,
      resolved: 'git+https://github.com/x/y.git#abc',
      purl: 'pkg:npm/y@1.0.0?vcs_url=x',
    }
    expect(
      check(
        [pkg('y', '1.0.0'), pkg('keep-git', '1.0.0', { ...git, purl: 'pkg:npm/keep-git@1.0.0?vcs_url=x' })],
        [
          pkg('y', '1.0.0', git),
          pkg('keep-git', '1.0.0', { ...git, purl: 'pkg:npm/keep-git@1.0.0?vcs_url=x' }),
          pkg('tarball', '1.0.0', {
            source: 'url',
            resolved: 'https://example.com/t.tgz',
            purl: 'pkg:npm/tarball@1.0.0?u',
          }),
          pkg('local', '0.0.0', { source: 'path', resolved: '../local', purl: 'pkg:npm/local@0.0.0?p' }),
          pkg('plain', '1.0.0'),
        ],
        'fail-on: [new-source]',
      ),
    ).toEqual([
      'error new-source local: local 0.0.0 comes from a local path (../local)',
      'error new-source tarball: tarball 1.0.0 comes from a URL (https://example.com/t.tgz)',
      'error new-source y: y 1.0.0 comes from a git repository (git+https://github.com/x/y.git#abc)',
    ])
  })

  test('removing a git dependency never fails', () => {
    const git = { source: 'git' as const, resolved: 'git+https://github.com/x/y.git#abc' }
    expect(
      check([pkg('y', '1.0.0', git)], [], 'fail-on: [new-source, downgrade, license, denied-package]'),
    ).toEqual([])
  })
})

describe('moves and what a violation carries', () => {
  test('a denied package moved with the same version does not violate; moved into the range, it does', () => {
    const policy = loadPolicy(
      'fail-on: [denied-package, downgrade]\ndenied-packages: ["pkg:npm/left-pad@<1.3.0"]',
    )
    const same = diffGraphs(
      graphOf(flat('a/package.json', [pkg('left-pad', '1.2.0')]), flat('b/package.json', [])),
      graphOf(flat('a/package.json', []), flat('b/package.json', [pkg('left-pad', '1.2.0')])),
    )
    expect(same.moved.length).toBe(1)
    expect(evaluatePolicy(same, policy)).toEqual([])
    const down = diffGraphs(
      graphOf(flat('a/package.json', [pkg('left-pad', '1.3.0')]), flat('b/package.json', [])),
      graphOf(flat('a/package.json', []), flat('b/package.json', [pkg('left-pad', '1.2.0')])),
    )
    expect(evaluatePolicy(down, policy)).toEqual([
      {
        rule: 'denied-package',
        severity: 'error',
        manifest: 'b/package.json',
        file: 'b/package-lock.json',
        ecosystem: 'npm',
        name: 'left-pad',
        version: '1.2.0',
        purl: 'pkg:npm/left-pad@1.2.0',
        message: 'left-pad 1.2.0 is denied by pkg:npm/left-pad <1.3.0',
      },
      {
        rule: 'downgrade',
        severity: 'error',
        manifest: 'b/package.json',
        file: 'b/package-lock.json',
        ecosystem: 'npm',
        name: 'left-pad',
        version: '1.2.0',
        purl: 'pkg:npm/left-pad@1.2.0',
        message: 'left-pad is downgraded from 1.3.0 to 1.2.0',
      },
    ])
  })
})
