import { escapeUntrusted } from '../../src/render/escape.js'

describe('escapeUntrusted', () => {
  test.each([
    ['lodash', 'lodash'],
    ['1.2.3-rc.1', '1.2.3-rc.1'],
    ['MIT OR Apache-2.0', 'MIT OR Apache-2.0'],
    ['@babel/core', '@\u200bbabel/core'],
    ['a|b', 'a&#124;b'],
    ['<b>x</b>', '&#60;b&#62;x&#60;/b&#62;'],
    ['[x](http://e.example)', '&#91;x&#93;&#40;http:\u200b//e.example&#41;'],
    ['see www.e.example', 'see www\u200b.e.example'],
    ['fixes #12', 'fixes &#35;\u200b12'],
    ['gh-12 and GH-3', 'gh-\u200b12 and GH-\u200b3'],
    ['a\r\nb\u2028c\u0000d', 'a  b c d'],
    ['`x`', '&#96;x&#96;'],
  ])('%j → %j', (input, expected) => {
    expect(escapeUntrusted(input)).toBe(expected)
  })

  test('cut to the limit, never inside a surrogate pair', () => {
    expect(escapeUntrusted('a'.repeat(300))).toBe(`${'a'.repeat(199)}…`)
    const emoji = `${'a'.repeat(198)}😀tail`
    expect(escapeUntrusted(emoji)).toBe(`${'a'.repeat(198)}…`)
    expect(escapeUntrusted('abcdef', 4)).toBe('abc…')
  })
})
