import {
  canonicalMaven,
  compareMaven,
  isMavenRange,
  mavenSpecAdmits,
  parseMavenRange,
  selectMavenVersion,
} from '../../src/versions/maven.js'

/** Every pair in order: a < b for a before b. */
function expectOrdered(list: string[]) {
  for (let i = 0; i < list.length; i++)
    for (let j = 0; j < list.length; j++) {
      const expected = Math.sign(i - j)
      if (compareMaven(list[i], list[j]) !== expected)
        throw new Error(`compareMaven(${list[i]}, ${list[j]}) should be ${expected}`)
    }
}

describe('compareMaven: maven-artifact`s ComparableVersion', () => {
  test('qualifiers: alpha < beta < milestone < rc < snapshot < release < sp < unknown ones; then numbers', () => {
    // Maven's own ComparableVersionTest list
    expectOrdered([
      '1-alpha2snapshot',
      '1-alpha2',
      '1-alpha-123',
      '1-beta-2',
      '1-beta123',
      '1-m2',
      '1-m11',
      '1-rc',
      '1-cr2',
      '1-rc123',
      '1-SNAPSHOT',
      '1',
      '1-sp',
      '1-sp2',
      '1-sp123',
      '1-abc',
      '1-def',
      '1-pom-1',
      '1-1-snapshot',
      '1-1',
      '1-2',
      '1-123',
    ])
  })

  test('numbers: numerically, and a shorter version with a "-" part below a longer one', () => {
    expectOrdered([
      '2.0',
      '2-1',
      '2.0.a',
      '2.0.2',
      '2.0.123',
      '2.1.0',
      '2.1-a',
      '2.1b',
      '2.1-c',
      '2.1-1',
      '2.1.0.1',
      '2.2',
      '2.123',
      '11.a2',
      '11.a11',
      '11.b2',
      '11.b11',
      '11.m2',
      '11.m11',
      '11',
      '11.a',
      '11b',
      '11c',
      '11m',
    ])
    expect(compareMaven('1.10', '1.9')).toBe(1)
    expect(compareMaven('33.4.0-jre', '33.3.1-jre')).toBe(1)
    expect(compareMaven('9999.0-empty-to-avoid-conflict-with-guava', '1.0')).toBe(1)
    expect(compareMaven('12345678901234567890', '12345678901234567889')).toBe(1) // beyond 64 bits
  })

  test('equal versions: trailing zeros, aliases (ga, final, release, cr), case, short qualifiers', () => {
    const equal = [
      ['1', '1.0', '1.0.0', '1-ga', '1-final', '1.0-release', '1-GA', '1.0.0-0.0.0'],
      ['1x', '1-x', '1-X'],
      ['1cr', '1rc', '1-cr', '1-RC'],
      ['1m3', '1milestone3', '1-milestone-3', '1-M3'],
      ['1a1', '1-alpha-1', '1alpha1'],
      ['1b2', '1-beta-2', '1beta2'],
    ]
    for (const group of equal)
      for (const a of group) for (const b of group) expect([a, b, compareMaven(a, b)]).toEqual([a, b, 0])
    expect(canonicalMaven('1.0.0-final')).toBe('1')
    expect(canonicalMaven('1.0-alpha1')).toBe('1-alpha-1')
  })
})

describe('version ranges', () => {
  test('parsing: bounds, exclusive and inclusive, several ranges, exact pins; malformed ones are undefined', () => {
    expect(parseMavenRange('1.0')).toEqual({ soft: '1.0', ranges: [] })
    expect(parseMavenRange('[1.0,2.0)')).toEqual({
      ranges: [{ lower: '1.0', lowerInclusive: true, upper: '2.0', upperInclusive: false }],
    })
    expect(parseMavenRange('(,1.0],[1.2,)')).toEqual({
      ranges: [
        { lower: undefined, lowerInclusive: false, upper: '1.0', upperInclusive: true },
        { lower: '1.2', lowerInclusive: true, upper: undefined, upperInclusive: false },
      ],
    })
    expect(parseMavenRange('[1.5]')).toEqual({
      ranges: [{ lower: '1.5', lowerInclusive: true, upper: '1.5', upperInclusive: true }],
    })
    for (const bad of ['[1.0', '(1.0)', '[2.0,1.0]', '[1,2,3]', '[1.0,2.0)x', '(1.0,1.0)'])
      expect([bad, parseMavenRange(bad)]).toEqual([bad, undefined])
    expect(isMavenRange(' [1,2)')).toBe(true)
    expect(isMavenRange('1.0')).toBe(false)
  })

  test('admitting and selecting: the highest admitted, no snapshots unless a bound is one', () => {
    const spec = parseMavenRange('[1.0,2.0)')!
    expect(['0.9', '1.0', '1.5', '1.99', '2.0', '2.0-alpha1'].map((v) => mavenSpecAdmits(spec, v))).toEqual([
      false,
      true,
      true,
      true,
      false,
      true, // 2.0-alpha1 < 2.0, as in Maven
    ])
    const listed = ['0.9', '1.0', '1.5', '1.7-SNAPSHOT', '2.0']
    expect(selectMavenVersion(spec, listed)).toBe('1.5')
    expect(selectMavenVersion(parseMavenRange('[1.0,1.7-SNAPSHOT]')!, listed)).toBe('1.7-SNAPSHOT')
    expect(selectMavenVersion(parseMavenRange('[3,)')!, listed)).toBeUndefined()
    expect(selectMavenVersion(parseMavenRange('1.2')!, listed)).toBe('1.2') // a soft version is itself
  })
})
