import {
  isMavenRange,
  mavenSpecAdmits,
  parseMavenRange,
  selectMavenVersion,
} from '../../src/versions/maven.js'

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
