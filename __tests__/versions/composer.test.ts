import { compareComposer, normalizeComposer, phpVersionCompare } from '../../src/versions/composer.js'

const sorted = (list: string[]) => [...list].sort(compareComposer)

describe('normalizeComposer: composer/semver VersionParser::normalize test vectors', () => {
  test.each([
    ['1.0.0', '1.0.0.0'],
    ['1.2.3.4', '1.2.3.4'],
    ['1.0.0RC1dev', '1.0.0.0-RC1-dev'],
    ['1.0.0-rC15-dev', '1.0.0.0-RC15-dev'],
    ['1.0.0.RC.15-dev', '1.0.0.0-RC15-dev'],
    ['1.0.0-rc1', '1.0.0.0-RC1'],
    ['1.0.0.pl3-dev', '1.0.0.0-patch3-dev'],
    ['1.0-dev', '1.0.0.0-dev'],
    ['0', '0.0.0.0'],
    ['10.4.13-beta', '10.4.13.0-beta'],
    ['10.4.13beta2', '10.4.13.0-beta2'],
    ['10.4.13beta.2', '10.4.13.0-beta2'],
    ['v1.13.11-beta.0', '1.13.11.0-beta0'],
    ['10.4.13-b', '10.4.13.0-beta'],
    ['10.4.13-b5', '10.4.13.0-beta5'],
    ['v1.0.0', '1.0.0.0'],
    ['2010.01', '2010.01.0.0'],
    ['2010.01.02', '2010.01.02.0'],
    ['20230131.0.0', '20230131.0.0'],
    ['202301310000.0.0', '202301310000.0.0'],
    ['v20100102', '20100102'],
    ['20100102.0.3', '20100102.0.3'],
    ['2010-01-02', '2010.01.02'],
    ['2010-01-02.5', '2010.01.02.5'],
    ['20100102-203040', '20100102.203040'],
    ['20100102.x-dev', '20100102.9999999.9999999.9999999-dev'],
    ['20100102-203040-p1', '20100102.203040-patch1'],
    ['dev-master', 'dev-master'],
    ['master', 'dev-master'],
    ['1.x-dev', '1.9999999.9999999.9999999-dev'],
    ['1.0.x-dev', '1.0.9999999.9999999-dev'],
    ['DEV-FOOBAR', 'dev-FOOBAR'],
    ['dev-feature/foo', 'dev-feature/foo'],
    ['dev-master as 1.0.0', 'dev-master'],
    ['1.0.0+foo@dev', '1.0.0.0'],
    ['1.0.0-beta.5+foo', '1.0.0.0-beta5'],
    ['1.0.0-alpha-2.1-3+foo', '1.0.0.0-alpha2.1-3'],
    ['00.01.03.04', '00.01.03.04'],
    ['0700', '0700.0.0.0'],
    ['dev-foo bar', 'dev-foo bar'],
    [' 1.0.0', '1.0.0.0'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeComposer(input)).toBe(expected)
  })

  test.each([
    '',
    'a',
    '1.0.0-meh',
    '1.0.0.0.0',
    'feature-foo',
    '1.0.0+foo bar',
    '1.0.1-SNAPSHOT',
    '1.0.0<1.0.5-dev',
    'foo bar-dev',
    '1.0 .2',
    '^1',
    '1.*',
    '20100102.0.3.4',
  ])('%j is not a version', (input) => {
    expect(normalizeComposer(input)).toBeUndefined()
  })
})

describe("phpVersionCompare: PHP's version_compare", () => {
  test.each([
    ['1.0', '1.0.0', -1], // PHP: a missing part is less than a number
    ['1.0.0', '1.0.0', 0],
    ['1.0-dev', '1.0-alpha', -1],
    ['1.0-a1', '1.0-alpha1', 0],
    ['1.0-b2', '1.0-beta2', 0],
    ['1.0-RC1', '1.0-rc1', 0],
    ['1.0-RC1', '1.0', -1],
    ['1.0.0', '1.0-pl1', -1], // "pl" (patch) ranks above a number
    ['1.0', '1.0-pl1', -1],
    ['1.10', '1.9', 1],
    ['1.0.0.0-beta10', '1.0.0.0-beta9', 1],
    ['1.0.0.0-patch1', '1.0.0.0', 1],
    ['1.0.0.0-dev', '1.0.0.0', -1],
  ])('version_compare(%j, %j) = %d', (a, b, expected) => {
    expect(phpVersionCompare(a, b)).toBe(expected)
    expect(phpVersionCompare(b, a)).toBe(-expected || 0)
  })
})

describe("compareComposer: Composer's ordering", () => {
  test('composer/semver SemverTest::sort', () => {
    expect(sorted(['1.0', '0.1', '0.1', '3.2.1', '2.4.0-alpha', '2.4.0'])).toEqual([
      '0.1',
      '0.1',
      '1.0',
      '2.4.0-alpha',
      '2.4.0',
      '3.2.1',
    ])
  })

  test('stabilities: dev < alpha (a) < beta (b) < RC < stable < patch (pl, p)', () => {
    const chain = [
      '1.0.0-dev',
      '1.0.0-alpha1',
      '1.0.0-a2',
      '1.0.0-alpha10',
      '1.0.0-beta',
      '1.0.0-b2',
      '1.0.0-beta.11',
      '1.0.0-RC1',
      '1.0.0-rc2',
      '1.0.0',
      '1.0.0-p1',
      '1.0.0-patch2',
      '1.0.0-pl3',
      '1.0.1',
    ]
    expect(sorted([...chain].reverse())).toEqual(chain)
  })

  test('a leading "v" and missing parts do not change the order (1.0 = 1.0.0 = v1.0.0.0)', () => {
    expect(compareComposer('v2.8.52', '2.8.51')).toBe(1)
    expect(compareComposer('v2.8.52', '2.8.53')).toBe(-1)
    expect(compareComposer('1.0', '1.0.0.1')).toBe(-1)
    expect(compareComposer('1.0.0.1', '1.0.1')).toBe(-1)
    // equal for Composer, still a fixed order for a stable sort: by text
    expect(normalizeComposer('v1.0')).toBe(normalizeComposer('1.0.0.0'))
    expect(compareComposer('1.0.0', 'v1.0.0')).toBe(-1)
    expect(compareComposer('v1.0.0', '1.0.0')).toBe(1)
    expect(compareComposer('1.0.0+b', '1.0.0+a')).toBe(1)
    expect(compareComposer('1.0.0', '1.0.0')).toBe(0)
  })

  test('the -dev suffix is below its version, and branch aliases (1.0.x-dev) above every 1.0.* release', () => {
    expect(compareComposer('1.0.0-beta2-dev', '1.0.0-beta2')).toBe(-1)
    expect(compareComposer('1.0.0-beta2-dev', '1.0.0-beta1')).toBe(1)
    expect(compareComposer('1.0-dev', '1.0.0-alpha1')).toBe(-1)
    expect(compareComposer('1.0.x-dev', '1.0.99')).toBe(1)
    expect(compareComposer('1.0.x-dev', '1.1.0-dev')).toBe(-1)
    expect(compareComposer('1.0.x-dev', '1.1.0')).toBe(-1)
    expect(compareComposer('2.x-dev', '2.99.0')).toBe(1)
    expect(compareComposer('2.x-dev', '3.0.0-alpha1')).toBe(-1)
  })

  test('dev-branches sort below every numeric version, by name among themselves', () => {
    expect(compareComposer('dev-main', '0.0.1')).toBe(-1)
    expect(compareComposer('dev-master', '0.0.0-dev')).toBe(-1)
    expect(compareComposer('1.0.0-alpha1', 'dev-main')).toBe(1)
    expect(compareComposer('dev-feature/x', 'dev-main')).toBe(-1)
    expect(sorted(['2.0.0', 'dev-main', '1.x-dev', 'dev-develop', 'v1.5.0', '1.5.0-RC1'])).toEqual([
      'dev-develop',
      'dev-main',
      '1.5.0-RC1',
      'v1.5.0',
      '1.x-dev',
      '2.0.0',
    ])
  })

  test('date versions compare numerically', () => {
    expect(compareComposer('20100102', '20091231')).toBe(1)
    expect(compareComposer('2010-01-02', '2010.01.01')).toBe(1)
    expect(compareComposer('20100102', '3.0.0')).toBe(1)
  })

  test('never throws: strings Composer rejects sort first, as text', () => {
    for (const odd of ['', 'latest', '1.0.0.0.0', '^1.0', '1.0.1-SNAPSHOT', '#', '....', '\u0000'])
      for (const other of ['1.0.0', 'dev-main', odd]) expect(() => compareComposer(odd, other)).not.toThrow()
    expect(compareComposer('latest', 'dev-main')).toBe(-1)
    expect(compareComposer('latest', '0.0.1')).toBe(-1)
    expect(sorted(['1.0.0', 'dev-x', 'zzz', 'aaa'])).toEqual(['aaa', 'zzz', 'dev-x', '1.0.0'])
  })
})
