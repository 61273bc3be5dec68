import { compareCargo } from '../../src/versions/cargo.js'

const sorted = (list: string[]) => [...list].sort(compareCargo)
const shuffled = (list: string[]) => [...list].reverse() // the sort must restore the order from any input

describe('compareCargo: SemVer 2.0.0 precedence', () => {
  test('the SemVer spec example chain, from any input order', () => {
    const chain = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.0.1',
      '1.1.0',
      '2.0.0',
    ]
    expect(sorted(shuffled(chain))).toEqual(chain)
    expect(sorted(['2.0.0', '1.0.0-rc.1', '1.0.0-alpha', '1.1.0', '1.0.0'])).toEqual([
      '1.0.0-alpha',
      '1.0.0-rc.1',
      '1.0.0',
      '1.1.0',
      '2.0.0',
    ])
  })

  test('numeric parts compare as numbers, not text', () => {
    expect(compareCargo('0.9.0', '0.10.0')).toBe(-1)
    expect(compareCargo('1.0.10', '1.0.9')).toBe(1)
    expect(compareCargo('10.0.0', '9.99.99')).toBe(1)
    // numeric pre-release identifiers below alphanumeric ones, and by value among themselves
    expect(compareCargo('1.0.0-2', '1.0.0-10')).toBe(-1)
    expect(compareCargo('1.0.0-10', '1.0.0-alpha')).toBe(-1)
  })

  test('build metadata does not count for precedence but still orders deterministically', () => {
    // serde_yaml 0.9.34+deprecated is a real crates.io version (in the alacritty lockfile)
    expect(compareCargo('0.9.34+deprecated', '0.9.33')).toBe(1)
    expect(compareCargo('0.9.34+deprecated', '0.9.35')).toBe(-1)
    expect(compareCargo('1.0.0+build.2', '1.0.0-rc.1')).toBe(1)
    // equal precedence: no build metadata first, then by the build identifiers; never 0 for different text
    expect(compareCargo('1.0.0', '1.0.0+a')).toBe(-1)
    expect(compareCargo('1.0.0+a', '1.0.0+b')).toBe(-1)
    expect(compareCargo('1.0.0+2', '1.0.0+10')).toBe(-1)
    expect(compareCargo('1.0.0+b', '1.0.0+a')).toBe(1)
    expect(compareCargo('1.0.0+a', '1.0.0+a')).toBe(0)
    const list = ['1.0.0+zzz', '1.0.0', '1.0.0+aaa', '0.9.0+x', '1.0.0-rc.1+x']
    expect(sorted(list)).toEqual(['0.9.0+x', '1.0.0-rc.1+x', '1.0.0', '1.0.0+aaa', '1.0.0+zzz'])
    expect(sorted(shuffled(list))).toEqual(sorted(list))
  })

  test('never throws: what is not SemVer sorts first, as text', () => {
    for (const odd of ['', 'latest', '1.0', '01.2.3', '1.2.3.4', '18446744073709551616.0.0', 'v', '*'])
      expect(() => compareCargo(odd, '1.0.0')).not.toThrow()
    expect(compareCargo('1.0', '0.0.1')).toBe(-1) // "1.0" is not SemVer (Cargo would reject it)
    expect(compareCargo('garbage', '0.0.0')).toBe(-1)
    expect(compareCargo('abc', 'abd')).toBe(-1)
    expect(compareCargo('abc', 'abc')).toBe(0)
    expect(sorted(['1.0.0', 'x', '0.1.0', 'a'])).toEqual(['a', 'x', '0.1.0', '1.0.0'])
  })
})
