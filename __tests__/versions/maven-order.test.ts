// Maven ordering, checked with the cases of Maven's own ComparableVersionTest
// (apache/maven, compat/maven-artifact/src/test/java/org/apache/maven/artifact/versioning/ComparableVersionTest.java)
// and the examples of the POM reference's "Version Order Specification".
import { canonicalMaven, compareMaven } from '../../src/versions/maven-order.js'

/** Maven's newComparable(): parsing the canonical form again gives the same canonical form. */
function checkCanonical(v: string): void {
  const canonical = canonicalMaven(v)
  expect(canonicalMaven(canonical)).toBe(canonical)
}

function checkOrder(versions: string[]): void {
  for (const v of versions) checkCanonical(v)
  for (let i = 1; i < versions.length; i++)
    for (let j = i; j < versions.length; j++) {
      const low = versions[i - 1]
      const high = versions[j]
      expect([low, high, compareMaven(low, high)]).toEqual([low, high, -1])
      expect([high, low, compareMaven(high, low)]).toEqual([high, low, 1])
    }
}

function checkEqual(a: string, b: string): void {
  checkCanonical(a)
  checkCanonical(b)
  expect([a, b, compareMaven(a, b)]).toEqual([a, b, 0])
  expect([b, a, compareMaven(b, a)]).toEqual([b, a, 0])
}

describe('compareMaven: ComparableVersionTest', () => {
  test('testVersionsQualifier', () => {
    checkOrder([
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

  test('testVersionsNumber', () => {
    checkOrder([
      '2.0',
      '2.0.a',
      '2-1',
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
  })

  test('testVersionsEqual', () => {
    const pairs: Array<[string, string]> = [
      ['1', '1'],
      ['1', '1.0'],
      ['1', '1.0.0'],
      ['1.0', '1.0.0'],
      ['1', '1-0'],
      ['1', '1.0-0'],
      ['1.0', '1.0-0'],
      ['1a', '1-a'],
      ['1a', '1.0-a'],
      ['1a', '1.0.0-a'],
      ['1.0a', '1-a'],
      ['1.0.0a', '1-a'],
      ['1x', '1-x'],
      ['1x', '1.0-x'],
      ['1x', '1.0.0-x'],
      ['1.0x', '1-x'],
      ['1.0.0x', '1-x'],
      ['1cr', '1rc'],
      ['1a1', '1-alpha-1'],
      ['1b2', '1-beta-2'],
      ['1m3', '1-milestone-3'],
      ['1X', '1x'],
      ['1A', '1a'],
      ['1B', '1b'],
      ['1M', '1m'],
      ['1Cr', '1Rc'],
      ['1cR', '1rC'],
      ['1m3', '1Milestone3'],
      ['1m3', '1MileStone3'],
      ['1m3', '1MILESTONE3'],
    ]
    for (const [a, b] of pairs) checkEqual(a, b)
  })

  test('testVersionsHaveSameOrderButAreNotEqual', () => {
    for (const v of [
      '1ga',
      '1release',
      '1final',
      '1Ga',
      '1GA',
      '1RELEASE',
      '1RELeaSE',
      '1Final',
      '1FinaL',
      '1FINAL',
    ])
      expect([v, compareMaven(v, '1'), compareMaven('1', v)]).toEqual([v, 0, 0])
  })

  test('testVersionComparing', () => {
    const pairs: Array<[string, string]> = [
      ['1', '2'],
      ['1.5', '2'],
      ['1', '2.5'],
      ['1.0', '1.1'],
      ['1.1', '1.2'],
      ['1.0.0', '1.1'],
      ['1.0.1', '1.1'],
      ['1.1', '1.2.0'],
      ['1.0-alpha-1', '1.0'],
      ['1.0-alpha-1', '1.0-alpha-2'],
      ['1.0-alpha-1', '1.0-beta-1'],
      ['1.0-beta-1', '1.0-SNAPSHOT'],
      ['1.0-SNAPSHOT', '1.0'],
      ['1.0-alpha-1-SNAPSHOT', '1.0-alpha-1'],
      ['1.0', '1.0-1'],
      ['1.0-1', '1.0-2'],
      ['1.0.0', '1.0-1'],
      ['2.0-1', '2.0.1'],
      ['2.0.1-klm', '2.0.1-lmn'],
      ['2.0.1', '2.0.1-xyz'],
      ['2.0.1', '2.0.1-123'],
      ['2.0.1-xyz', '2.0.1-123'],
    ]
    for (const [a, b] of pairs) checkOrder([a, b])
  })

  test('testLeadingZeroes', () => {
    checkOrder(['0.7', '2'])
    checkOrder(['0.2', '1.0.7'])
  })

  test('testDigitGreaterThanNonAscii, testDigitGreaterThanNonBmpCharacters', () => {
    expect(compareMaven('1', 'é')).toBe(1)
    expect(compareMaven('é', '1')).toBe(-1)
    expect(compareMaven('1', '\uD835\uDFE4')).toBe(1)
    expect(compareMaven('\uD835\uDFE4', '1')).toBe(-1)
  })

  test('testGetCanonical (MNG-7700)', () => {
    for (const v of ['0.x', '0-x', '0.rc', '0-1']) checkCanonical(v)
    expect(canonicalMaven('0.x')).toBe('x')
    expect(canonicalMaven('0.2')).toBe('0.2')
  })

  test('testLexicographicASCIISortOrder, testCompareLowerCaseToUpperCase*', () => {
    expect(compareMaven('1.0.0-ALPHA1', '1.0.0-alpha1')).toBe(0)
    expect(compareMaven('1.A', '1.a')).toBe(0)
    expect(compareMaven('1.É', '1.é')).toBe(0)
  })

  test('testCompareDigitToLetter, testNonAsciiDigits, testLexicographicOrder', () => {
    expect(compareMaven('7', 'J')).toBe(1)
    expect(compareMaven('J', '7')).toBe(-1)
    expect(compareMaven('7', 'c')).toBe(1)
    expect(compareMaven('c', '7')).toBe(-1)
    expect(compareMaven('1', '\u0668')).toBe(1)
    expect(compareMaven('9', '\u0668')).toBe(1)
    expect(compareMaven('\u0668', '9')).toBe(-1)
    expect(compareMaven('zebra', 'aardvark')).toBe(1)
    expect(compareMaven('aardvark', 'zebra')).toBe(-1)
    expect(compareMaven('ζέβρα', 'zebra')).toBe(1)
  })

  test('testMng5568: transitive', () => {
    checkOrder(['6.1.0rc3', '6.1.0'])
    checkOrder(['6.1.0rc3', '6.1H.5-beta'])
    checkOrder(['6.1.0', '6.1H.5-beta'])
  })

  test('testMng6572: long numbers', () => {
    const a = '20190126.230843'
    const b = '1234567890.12345'
    const c = '123456789012345.1H.5-beta'
    const d = '12345678901234567890.1H.5-beta'
    checkOrder([a, b, c, d])
  })

  test('testVersionEqualWithLeadingZeroes, testVersionZeroEqualWithLeadingZeroes', () => {
    const ones = Array.from({ length: 19 }, (_, i) => `${'0'.repeat(18 - i)}1`)
    const zeros = Array.from({ length: 19 }, (_, i) => '0'.repeat(19 - i))
    for (const list of [ones, zeros])
      for (let i = 0; i < list.length; i++) for (let j = i; j < list.length; j++) checkEqual(list[i], list[j])
  })

  test('testMng6964: qualifiers after -0.', () => {
    checkOrder(['1-0.alpha', '1'])
    checkOrder(['1-0.beta', '1'])
    checkOrder(['1-0.alpha', '1-0.beta'])
  })

  test('testLocaleIndependent', () => {
    checkEqual('1-abcdefghijklmnopqrstuvwxyz', '1-ABCDEFGHIJKLMNOPQRSTUVWXYZ')
  })

  test('testMng7644: 1.0.0.X1 < 1.0.0-X2, 2-X == 2.0.X == 2.0.0.X', () => {
    for (const x of ['abc', 'alpha', 'a', 'beta', 'b', 'def', 'milestone', 'm', 'RC']) {
      checkOrder([`1.0.0.${x}1`, `1.0.0-${x}2`])
      checkEqual(`2-${x}`, `2.0.${x}`)
      checkEqual(`2-${x}`, `2.0.0.${x}`)
      checkEqual(`2.0.${x}`, `2.0.0.${x}`)
    }
  })

  test('testMng7714: final < sp with a build suffix', () => {
    for (const sp of ['1.0-sp1-redhat', '1.0-sp-1-redhat', '1.0-sp.1-redhat'])
      expect(compareMaven('1.0.final-redhat', sp)).toBe(-1)
  })
})

describe('compareMaven: the POM reference examples', () => {
  test('orderings', () => {
    checkOrder(['1', '1.1'])
    checkOrder(['1-snapshot', '1', '1-sp'])
    checkOrder(['1-foo2', '1-foo10'])
    checkOrder(['1-foo', '1-1', '1.1'])
    checkOrder(['1-ga', '1-sp'])
    checkOrder(['1-ga.1', '1-sp.1'])
    // The reference still says 1-sp-1 < 1-ga-1 = 1-1; since Maven 3.9 reads "X-1" as "X1" (a qualifier
    // with a number, below any number), and ComparableVersion orders these as follows.
    checkOrder(['1-ga-1', '1-sp-1', '1-1'])
    checkOrder(['1.0.RC2', '1.0-RC3', '1.0.1'])
  })

  test('equalities', () => {
    checkEqual('1.foo', '1-foo')
    for (const v of ['1.ga', '1-ga', '1-0', '1.0', '1']) checkEqual(v, '1')
    checkEqual('1-a1', '1-alpha-1')
  })

  test('never throws, and versions Maven refuses sort first', () => {
    const long = `1.${'0'.repeat(300)}`
    expect(compareMaven(long, '0')).toBe(-1)
    expect(compareMaven('0', long)).toBe(1)
    expect(compareMaven('', '1')).toBe(-1)
    expect(compareMaven('-', '.')).toBe(0)
  })
})
