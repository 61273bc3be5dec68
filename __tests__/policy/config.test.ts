import {
  loadPolicy,
  parsePolicyConfig,
  PolicyError,
  resolvePolicy,
  splitList,
} from '../../src/policy/config.js'
import { thrown } from '../helpers/parse.js'

/** The problems a config file or inputs are refused with. */
function problems(fn: () => unknown): string[] {
  const err = thrown(fn)
  expect(err).toBeInstanceOf(PolicyError)
  return (err as PolicyError).problems
}

describe('.github/lockgraph.yml: validation messages name the bad key', () => {
  test.each<[string, string[]]>([
    [
      'fail-on: [license, licence]',
      [
        '.github/lockgraph.yml: fail-on[1]: unknown value "licence" (expected one of license, denied-package, downgrade, new-source)',
      ],
    ],
    ['fail-on: license', ['.github/lockgraph.yml: fail-on: expected a list, got the text "license"']],
    [
      'licence:\n  allow: [MIT]',
      [
        '.github/lockgraph.yml: licence: unknown key "licence" (expected one of fail-on, license, denied-packages)',
      ],
    ],
    [
      'license:\n  allow: MIT\n  unknown: maybe',
      [
        '.github/lockgraph.yml: license.allow: expected a list, got the text "MIT"',
        '.github/lockgraph.yml: license.unknown: unknown value "maybe" (expected one of allow, warn, fail)',
      ],
    ],
    [
      'license:\n  allow: [MIT, "MIT OR ISC", Not-A-License]',
      [
        '.github/lockgraph.yml: license.allow[1]: "MIT OR ISC" is not a single SPDX license (write one license per entry, e.g. "MIT" or "GPL-2.0-or-later")',
        '.github/lockgraph.yml: license.allow[2]: "Not-A-License" is not a single SPDX license (write one license per entry, e.g. "MIT" or "GPL-2.0-or-later")',
      ],
    ],
    [
      'denied-packages:\n  - purl: pkg:npm/left-pad\n    version: "<1.3.0"',
      [
        '.github/lockgraph.yml: denied-packages[0].version: unknown key "version" (expected one of purl, versions, reason)',
      ],
    ],
    [
      'denied-packages:\n  - purl: pkg:npm/left-pad\n    versions: "not a range"',
      [
        '.github/lockgraph.yml: denied-packages[0].versions: "not a range" is not a version range of npm (expected an npm (node-semver) range such as "<1.3.0" or "^2.0.0 || 3.1.x")',
      ],
    ],
    [
      'denied-packages:\n  - npm/left-pad\n  - pkg:npm/left-pad@1.0.0?x=1\n  - 42',
      [
        '.github/lockgraph.yml: denied-packages[2]: expected a purl pattern or a mapping with purl, versions, reason; got the number 42',
      ],
    ],
    [
      'denied-packages:\n  - npm/left-pad\n  - purl: pkg:npm/left-pad@1.0.0',
      [
        '.github/lockgraph.yml: denied-packages[0]: "npm/left-pad": expected a purl pattern such as "pkg:npm/left-pad" or "pkg:maven/org.example/*"',
        '.github/lockgraph.yml: denied-packages[1].purl: "pkg:npm/left-pad@1.0.0": a purl pattern has no version: put the version range in "versions"',
      ],
    ],
    ['[1, 2]', ['.github/lockgraph.yml: expected a mapping, got a list']],
    [
      'fail-on: [license\n  - x',
      ['.github/lockgraph.yml:2: not valid YAML: unexpected end of the stream within a flow collection'],
    ],
  ])('%j', (yaml, expected) => {
    expect(problems(() => parsePolicyConfig(yaml))).toEqual(expected)
  })

  test('YAML aliases are refused, not expanded', () => {
    expect(problems(() => parsePolicyConfig('a: &x [license]\nfail-on: *x'))[0]).toMatch(
      /^\.github\/lockgraph\.yml:2: not valid YAML: /,
    )
  })

  test('an empty file, or only comments, is an empty policy', () => {
    expect(parsePolicyConfig('# lockgraph\n\n  # nothing yet\n')).toEqual({})
    expect(loadPolicy('')).toEqual({
      failOn: [],
      license: { allow: [], deny: [], unknown: 'allow' },
      deniedPackages: [],
    })
  })

  test('a full file: licenses in SPDX spelling, denied entries in both shapes', () => {
    const p = loadPolicy(
      [
        'fail-on: [license, denied-package, downgrade, new-source, license]',
        'license:',
        '  allow: [mit, Apache-2.0, GPL-2.0+]',
        '  deny: [AGPL-3.0-or-later]',
        '  unknown: fail',
        'denied-packages:',
        '  - purl: pkg:npm/left-pad',
        '    versions: "<1.3.0"',
        '    reason: unpublished',
        '  - pkg:npm/@types/*',
        '  - pkg:pypi/requests@<2.31,>=2.0',
        '  - purl: pkg:maven/org.apache.logging.log4j/log4j-core',
        '    versions: "[2.0,2.17.1)"',
      ].join('\n'),
    )
    expect(p.failOn).toEqual(['license', 'denied-package', 'downgrade', 'new-source'])
    expect(p.license).toEqual({
      allow: ['MIT', 'Apache-2.0', 'GPL-2.0+'],
      deny: ['AGPL-3.0-or-later'],
      unknown: 'fail',
    })
    expect(p.deniedPackages.map((d) => [d.pattern.text, d.versions, d.reason])).toEqual([
      ['pkg:npm/left-pad', '<1.3.0', 'unpublished'],
      ['pkg:npm/@types/*', undefined, undefined],
      ['pkg:pypi/requests', '<2.31,>=2.0', undefined],
      ['pkg:maven/org.apache.logging.log4j/log4j-core', '[2.0,2.17.1)', undefined],
    ])
    const [leftPad, , requests, log4j] = p.deniedPackages
    expect([leftPad.matches('1.2.9'), leftPad.matches('1.3.0')]).toEqual([true, false])
    expect([requests.matches('2.30.0'), requests.matches('2.31.0'), requests.matches('1.9')]).toEqual([
      true,
      false,
      false,
    ])
    expect([
      log4j.matches('2.14.1'),
      log4j.matches('2.17.1'),
      log4j.matches('2.0-beta9'),
      log4j.matches('2.0'),
    ]).toEqual([true, false, false, true])
  })
})

describe('inputs: a plain object, merged over the file, inputs win key by key', () => {
  const file = parsePolicyConfig(
    'fail-on: [license]\nlicense:\n  allow: [MIT]\n  deny: [GPL-3.0-only]\ndenied-packages: [pkg:npm/left-pad]\n',
  )

  test('an input replaces that key only', () => {
    const p = resolvePolicy(file, { failOn: ['downgrade', 'new-source'], licenseAllow: ['ISC'] })
    expect(p.failOn).toEqual(['downgrade', 'new-source'])
    expect(p.license).toEqual({ allow: ['ISC'], deny: ['GPL-3.0-only'], unknown: 'allow' })
    expect(p.deniedPackages.map((d) => d.pattern.text)).toEqual(['pkg:npm/left-pad'])
  })

  test('denied packages as PATTERN[@RANGE] strings', () => {
    const p = resolvePolicy(undefined, {
      deniedPackages: ['pkg:npm/%40babel/core@<7.0.0', 'pkg:cargo/openssl@0.10.0 - 0.10.54'],
    })
    expect(p.deniedPackages.map((d) => [d.pattern.text, d.versions])).toEqual([
      ['pkg:npm/%40babel/core', '<7.0.0'],
      ['pkg:cargo/openssl', '0.10.0 - 0.10.54'],
    ])
  })

  test('bad inputs are named as inputs', () => {
    expect(
      problems(() =>
        resolvePolicy(undefined, {
          failOn: ['license', 'licence'],
          licenseDeny: ['GPL'],
          licenseUnknown: 'sometimes',
          deniedPackages: ['pkg:npm/x@=>1'],
        }),
      ),
    ).toEqual([
      'input fail-on[1]: unknown value "licence" (expected one of license, denied-package, downgrade, new-source)',
      'input license-deny[0]: "GPL" is not a single SPDX license (write one license per entry, e.g. "MIT" or "GPL-2.0-or-later")',
      'input license-unknown: unknown value "sometimes" (expected one of allow, warn, fail)',
      'input denied-packages[0]: "=>1" is not a version range of npm (expected an npm (node-semver) range such as "<1.3.0" or "^2.0.0 || 3.1.x")',
    ])
  })

  test('splitList: commas and newlines, blanks dropped; empty is undefined', () => {
    expect(splitList('license, downgrade\n\nnew-source ,')).toEqual(['license', 'downgrade', 'new-source'])
    expect(splitList('  ')).toBeUndefined()
    expect(splitList(undefined)).toBeUndefined()
  })
})
