import { comparePep440, satisfiesPep440 } from '../../src/versions/pep440.js'

const sign = (a: string, b: string) => comparePep440(a, b)

describe('comparePep440', () => {
  test('the order PEP 440 gives, on a list that exercises every part of a version', () => {
    // Each version is strictly greater than the one before (from PEP 440's examples and packaging's tests).
    const ordered = [
      '1.0.dev456',
      '1.0a1',
      '1.0a2.dev456',
      '1.0a12.dev456',
      '1.0a12',
      '1.0b1.dev456',
      '1.0b2',
      '1.0b2.post345.dev456',
      '1.0b2.post345',
      '1.0rc1.dev456',
      '1.0rc1',
      '1.0',
      '1.0+abc.5',
      '1.0+abc.7',
      '1.0+5',
      '1.0.post456.dev34',
      '1.0.post456',
      '1.0.15',
      '1.1.dev1',
      '1.1',
      '1.10',
      '2!0.1',
    ]
    for (let i = 0; i + 1 < ordered.length; i++) {
      expect([ordered[i], ordered[i + 1], sign(ordered[i], ordered[i + 1])]).toEqual([
        ordered[i],
        ordered[i + 1],
        -1,
      ])
      expect(sign(ordered[i + 1], ordered[i])).toBe(1)
    }
    const shuffled = [...ordered].reverse()
    expect(shuffled.sort(comparePep440)).toEqual(ordered)
  })

  test('normalization: equal versions written differently compare equal', () => {
    const equal: Array<[string, string]> = [
      ['1.0', '1.0.0'],
      ['1', '1.0.0.0'],
      ['1.01', '1.1'],
      ['1.0RC1', '1.0rc1'],
      ['1.0c1', '1.0rc1'],
      ['1.0alpha1', '1.0a1'],
      ['1.0-beta.2', '1.0b2'],
      ['1.0-1', '1.0.post1'],
      ['1.0.rev1', '1.0.post1'],
      ['1.0-dev1', '1.0.dev1'],
      ['v1.0', '1.0'],
      ['0!1.0', '1.0'],
      ['1.0+UBUNTU.1', '1.0+ubuntu-1'],
      ['  1.0 ', '1.0'],
    ]
    for (const [a, b] of equal) expect([a, b, sign(a, b)]).toEqual([a, b, 0])
  })

  test('the hard cases the brief names', () => {
    expect(sign('1.0.post1', '1.0')).toBe(1)
    expect(sign('1.0.dev1', '1.0a1')).toBe(-1)
    expect(sign('1.0a1', '1.0b1')).toBe(-1)
    expect(sign('1.0b1', '1.0rc1')).toBe(-1)
    expect(sign('1.0rc1', '1.0')).toBe(-1)
    expect(sign('1.0+local', '1.0')).toBe(1)
    expect(sign('1!1.0', '2.0')).toBe(1) // an epoch beats any release
    expect(sign('1.0.post1.dev1', '1.0')).toBe(1) // a dev release of a post release is still after 1.0
    expect(sign('1.0.post1.dev1', '1.0.post1')).toBe(-1)
    expect(sign('1.0a1.post1', '1.0a2')).toBe(-1)
    expect(sign('1.0.dev1+x', '1.0.dev1')).toBe(1)
    expect(sign('2.0', '10.0')).toBe(-1) // numeric, not string, order
    expect(sign('1.0+abc', '1.0+5')).toBe(-1) // numeric local segments sort after alphanumeric ones
  })

  test('versions that are not PEP 440 never throw: they sort before valid ones, and as strings among themselves', () => {
    expect(sign('2004d', '1.0')).toBe(-1)
    expect(sign('1.0', 'latest')).toBe(1)
    expect(sign('abc', 'abd')).toBe(-1)
    expect(sign('dev-branch', 'dev-branch')).toBe(0)
    expect(sign('Foo', 'foo')).not.toBe(0) // distinct strings stay distinct (a total order)
    expect(sign('', '1.0')).toBe(-1)
    expect(sign('1.0 ', ' 1.0')).toBe(0)
    expect(['1.0', 'zzz', '0.9', 'aaa'].sort(comparePep440)).toEqual(['aaa', 'zzz', '0.9', '1.0'])
  })
})

test('satisfiesPep440', () => {
  expect(satisfiesPep440('2.0.1', '>=2,<3')).toBe(true)
  expect(satisfiesPep440('3.0.0', '>=2,<3')).toBe(false)
  expect(satisfiesPep440('1.4.2', '==1.4.*')).toBe(true)
  expect(satisfiesPep440('2.2.5', '~=2.2')).toBe(true)
  expect(satisfiesPep440('3.0', '~=2.2')).toBe(false)
  expect(satisfiesPep440('not-a-version', '>=1')).toBeUndefined()
  expect(satisfiesPep440('1.0', '>>1')).toBeUndefined()
})
