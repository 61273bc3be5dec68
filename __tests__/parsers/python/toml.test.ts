import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as smolParse } from 'smol-toml'
import {
  distributionFiles,
  headerLines,
  parseToml,
  parseTomlFast,
  Skimmed,
} from '../../../src/parsers/python/toml.js'
import { TESTDATA } from '../../helpers/parse.js'

/** The lockfiles of the Python readers: the fast reader must take them all, and agree with smol-toml. */
const LOCKFILES = [
  'python/brain-games/uv.lock',
  'python/filewatch/poetry.lock',
  'python/gilded-rose-python/pdm.lock',
  'python/poetry-v1/poetry.lock',
  'python/poetry-v2/poetry.lock',
  'python/uv-workspace/uv.lock',
  'python/pdm-groups/pdm.lock',
  'python/pdm-v42/pdm.lock',
  'python/tk-image-viewer/pylock.toml',
  'python/pylock-named/pylock.web.toml',
]

/** smol-toml's result as plain JSON (no lockfile here has a bare date but pylock-multi, tested apart). */
function reference(text: string): unknown {
  return JSON.parse(JSON.stringify(smolParse(text)))
}

describe('the fast TOML reader for lockfiles', () => {
  test.each(LOCKFILES)('%s: read by the fast path, same result as smol-toml', (file) => {
    const text = readFileSync(join(TESTDATA, file), 'utf8')
    expect(parseTomlFast(text)).toEqual(reference(text))
  })

  test('bare dates and times are kept as their text (pylock upload-time)', () => {
    const text = readFileSync(join(TESTDATA, 'python/pylock-multi/pylock.toml'), 'utf8')
    const doc = parseTomlFast(text) as { packages: Array<{ sdist?: { 'upload-time': unknown } }> }
    expect(doc.packages[2].sdist!['upload-time']).toBe('2024-06-01T10:00:00Z')
    // everything else as smol-toml has it
    const strip = (v: unknown): unknown =>
      JSON.parse(JSON.stringify(v, (k, x: unknown) => (k === 'upload-time' ? undefined : x)))
    expect(strip(parseTomlFast(text))).toEqual(strip(reference(text)))
  })

  test.each([
    ['escapes', 'a = "tab\\there \\"q\\" \\\\ \\u00e9 \\U0001F600"\nb = \'C:\\path\'\n'],
    [
      'comments and CRLF',
      '# top\r\n[t] # header\r\nk = 1 # c\r\nl = [ # open\r\n  1, # one\r\n  2,\r\n]\r\n',
    ],
    ['numbers and booleans', 'i = -17\nj = +3\nf = 1.5e3\ng = -0.25\nt = true\nu = false\n'],
    ['quoted keys', '["a.b"]\n"c d" = 1\n\'e\' = { "f g" = 2 }\n'],
    [
      'nested arrays of tables',
      '[[p]]\nn = 1\n[[p.w]]\nx = 1\n[[p.w]]\nx = 2\n[p.meta]\ny = 3\n[[p]]\nn = 2\n',
    ],
    ['empty inline table and array', 'a = {}\nb = []\nc = [[1, 2], ["x"]]\n'],
    ['implicit then explicit table', '[a.b]\nx = 1\n[a]\ny = 2\n'],
  ])('%s: same as smol-toml', (_what, text) => {
    expect(parseTomlFast(text)).toEqual(reference(text))
    expect(parseToml(text, 'x')).toEqual(reference(text))
  })

  test.each([
    ['multi-line strings', 'a = """\nline\n"""\n'],
    ['dotted keys', 'a.b = 1\n'],
    ['special floats', 'a = inf\n'],
    ['underscores in numbers', 'a = 1_000\n'],
    ['a local date-time with a space', 'a = 1979-05-27 07:32:00\n'],
  ])('%s: left to smol-toml, with the same result', (_what, text) => {
    expect(() => parseTomlFast(text)).toThrow()
    expect(parseToml(text, 'x')).toEqual(smolParse(text))
  })

  test.each([
    ['a table defined twice', '[a]\nx = 1\n[a]\ny = 2\n', 3],
    ['a key defined twice', 'x = 1\nx = 2\n', 2],
    ['a table over an inline table', 'a = { b = 1 }\n[a.c]\nd = 2\n', 2],
    ['an unclosed string', '[a]\nx = "abc\n', 2],
    ['an unclosed array', 'x = [1, 2\n', 2],
    ['a bare word', 'x = abc\n', 1],
  ])('%s: the error and its line come from smol-toml', (_what, text, line) => {
    expect(() => parseTomlFast(text)).toThrow()
    let error: unknown
    try {
      parseToml(text, 'uv.lock')
    } catch (err) {
      error = err
    }
    expect(error).toMatchObject({
      name: 'ParseError',
      message: expect.stringMatching(/^not valid TOML \(uv\.lock\): /),
      line,
    })
  })

  test('headerLines: the lines of each [[package]] header, in order', () => {
    const text =
      '[[package]]\nname = "a"\n\n[[package]] # b\nname = "b"\n[[package.wheels]]\nx = "[[package]]"\n[[package]]\n'
    expect(headerLines(text, '[[package]]')).toEqual([1, 4, 8])
  })

  describe('skimmed file lists', () => {
    const files = (doc: unknown, i: number, key: string) =>
      (doc as Record<string, Array<Record<string, unknown>>>).package[i][key]

    test('uv wheels are left as text and read straight from it, as smol-toml would have them', () => {
      const text = readFileSync(join(TESTDATA, 'python/brain-games/uv.lock'), 'utf8')
      const doc = parseToml(text, 'uv.lock', new Set(['wheels']))
      const ref = smolParse(text) as unknown
      for (let i = 1; i < 10; i++) {
        const wheels = files(doc, i, 'wheels')
        expect(wheels).toBeInstanceOf(Skimmed)
        const expected = (files(ref, i, 'wheels') as unknown as Array<{ url: string; hash: string }>).map(
          (w) => ({
            kind: 'url',
            location: w.url,
            hash: w.hash,
            sha256: w.hash.slice('sha256:'.length),
          }),
        )
        expect(distributionFiles(wheels)).toEqual(expected)
        expect((wheels as Skimmed).parse()).toEqual(JSON.parse(JSON.stringify(files(ref, i, 'wheels'))))
      }
    })

    test('Poetry / PDM {file, hash} lists', () => {
      const text = readFileSync(join(TESTDATA, 'python/gilded-rose-python/pdm.lock'), 'utf8')
      const doc = parseToml(text, 'pdm.lock', new Set(['files']))
      expect(files(doc, 0, 'files')).toBeInstanceOf(Skimmed)
      expect(distributionFiles(files(doc, 0, 'files'))).toEqual([
        {
          kind: 'file',
          location: 'astroid-3.1.0-py3-none-any.whl',
          hash: 'sha256:951798f922990137ac090c53af473db7ab4e70c770e6d7fae0cec59f74411819',
          sha256: '951798f922990137ac090c53af473db7ab4e70c770e6d7fae0cec59f74411819',
        },
        {
          kind: 'file',
          location: 'astroid-3.1.0.tar.gz',
          hash: 'sha256:ac248253bfa4bd924a0de213707e7ebeeb3138abeb48d798784ead1e56d419d4',
          sha256: 'ac248253bfa4bd924a0de213707e7ebeeb3138abeb48d798784ead1e56d419d4',
        },
      ])
    })

    test('another shape is parsed as TOML; a list with comments is not skimmed', () => {
      const text =
        '[[package]]\nwheels = [\n  { hash = "sha256:ab", url = "https://x/a.whl" },\n]\n' +
        '[[package]]\nwheels = [ # note\n  { url = "https://x/b.whl", hash = "sha256:cd" },\n]\n'
      const doc = parseToml(text, 'uv.lock', new Set(['wheels']))
      expect(files(doc, 0, 'wheels')).toBeInstanceOf(Skimmed)
      expect(distributionFiles(files(doc, 0, 'wheels'))).toEqual([
        { kind: 'url', location: 'https://x/a.whl', hash: 'sha256:ab' },
      ])
      expect(files(doc, 1, 'wheels')).toEqual([{ url: 'https://x/b.whl', hash: 'sha256:cd' }])
      expect(distributionFiles(files(doc, 1, 'wheels'))).toEqual([
        { kind: 'url', location: 'https://x/b.whl', hash: 'sha256:cd' },
      ])
    })

    test('a syntax error inside a skimmed list is reported with its line in the file when it is read', () => {
      const text = '[[package]]\nname = "a"\nwheels = [\n  { url = },\n]\n'
      const doc = parseToml(text, 'uv.lock', new Set(['wheels']))
      let error: unknown
      try {
        distributionFiles(files(doc, 0, 'wheels'))
      } catch (err) {
        error = err
      }
      expect(error).toMatchObject({
        name: 'ParseError',
        message: expect.stringMatching(/^not valid TOML \(uv\.lock\)/),
        line: 4,
      })
    })
  })
})
