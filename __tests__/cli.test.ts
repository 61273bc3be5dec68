// The bundled CLI (dist/cli.js) run as a child process, as a user runs it.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { TESTDATA } from './helpers/parse.js'

const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js')
const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8'))

function lockgraph(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, SOURCE_DATE_EPOCH: '1700000000' },
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

interface Bom {
  components: Array<{ type: string; name: string; group?: string; version?: string; purl?: string }>
}
const libraries = (bom: Bom) => bom.components.filter((c) => c.type === 'library')
const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)

describe('lockgraph CLI', () => {
  let work: string
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'lg-cli-'))
  })
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  test('--version and --help', () => {
    expect(lockgraph(['--version'], work)).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' })
    const help = lockgraph(['--help'], work)
    expect(help.code).toBe(0)
    for (const word of [
      'lockgraph sbom [PATH]',
      '--format',
      '--output',
      '--exclude',
      '--strict',
      'cyclonedx-json',
    ])
      expect(help.stdout).toContain(word)
  })

  test('several formats (repeated and comma lists) go into --output-dir under their own names', () => {
    const out = join(work, 'formats')
    const r = lockgraph(
      [
        'sbom',
        join(TESTDATA, 'sbom', 'multi'),
        '--format',
        'cyclonedx-json',
        '--format',
        'cyclonedx-xml,cyclonedx-json',
        '--spec-version',
        '1.5',
        '--output-dir',
        out,
      ],
      work,
    )
    expect(r.code).toBe(0)
    expect(r.stderr).toContain(`wrote ${join(out, 'sbom.cdx.json')}\nwrote ${join(out, 'sbom.cdx.xml')}\n`)
    const json = JSON.parse(readFileSync(join(out, 'sbom.cdx.json'), 'utf8'))
    expect(json.specVersion).toBe('1.5')
    const xml = readFileSync(join(out, 'sbom.cdx.xml'), 'utf8')
    expect(xml).toContain('<bom xmlns="http://cyclonedx.org/schema/bom/1.5"')
    // the same components in both
    expect(xml.match(/<component type="library"/g)).toHaveLength(libraries(json).length)
  })

  test('format and spec-version mistakes are usage errors that say what is supported', () => {
    const multi = join(TESTDATA, 'sbom', 'multi')
    const badFormat = lockgraph(['sbom', multi, '--format', 'cyclonedx-yaml'], work)
    expect(badFormat.code).toBe(2)
    expect(badFormat.stderr).toContain(
      'unknown SBOM format "cyclonedx-yaml" (supported: cyclonedx-json, cyclonedx-xml',
    )
    const badVersion = lockgraph(['sbom', multi, '--spec-version', '1.3'], work)
    expect(badVersion.code).toBe(2)
    expect(badVersion.stderr).toContain(
      `spec version "1.3" is not one of the asked formats' (cyclonedx-json: 1.4, 1.5, 1.6, 1.7)`,
    )
    const twoToOne = lockgraph(
      ['sbom', multi, '--format', 'cyclonedx-json,cyclonedx-xml', '-o', 'x.json'],
      work,
    )
    expect(twoToOne.code).toBe(2)
    expect(twoToOne.stderr).toContain(
      '--output names one file, but 2 formats were asked for: use --output-dir',
    )
    expect(existsSync(join(work, 'x.json'))).toBe(false)
  })

  test('sbom PATH --format cyclonedx-json --output - writes the SBOM to stdout', () => {
    const r = lockgraph(
      ['sbom', join(TESTDATA, 'npm', 'app-npm11'), '--format', 'cyclonedx-json', '--output', '-'],
      work,
    )
    expect(r.code).toBe(0)
    const bom: Bom = JSON.parse(r.stdout)
    const libs = libraries(bom)
    expect(libs).toHaveLength(1127)
    expect(new Set(libs.map((c) => `${c.group ? c.group + '/' : ''}${c.name}@${c.version}`)).size).toBe(1127)
    expect(r.stderr).toContain('1127 packages in 1 projects from 1 lockfiles (npm: 1127)')
  })

  test('by default the SBOM goes to ./sbom.cdx.json', () => {
    const cwd = join(work, 'default-out')
    mkdirSync(cwd)
    cpSync(join(TESTDATA, 'npm', 'curso-node-table'), cwd, { recursive: true })
    const r = lockgraph(['sbom'], cwd)
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('')
    expect(libraries(JSON.parse(readFileSync(join(cwd, 'sbom.cdx.json'), 'utf8')))).toHaveLength(17)
  })

  test('dist/cli.js is self-contained: it runs from a folder with no node_modules and no package.json', () => {
    const alone = join(work, 'alone')
    mkdirSync(alone)
    cpSync(CLI, join(alone, 'cli.js'))
    const r = spawnSync(
      process.execPath,
      [join(alone, 'cli.js'), 'sbom', join(TESTDATA, 'npm', 'curso-node-table'), '-o', '-'],
      {
        cwd: alone,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: alone, NODE_PATH: '' },
      },
    )
    expect(r.status).toBe(0)
    expect(libraries(JSON.parse(r.stdout))).toHaveLength(17)
    // every writer, and license normalization (Composer states licenses), with nothing installed
    const all = spawnSync(
      process.execPath,
      [
        join(alone, 'cli.js'),
        'sbom',
        join(TESTDATA, 'sbom', 'multi'),
        '--format',
        'cyclonedx-json,cyclonedx-xml,spdx-json,spdx3-json',
        '--output-dir',
        join(alone, 'out'),
      ],
      { cwd: alone, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: alone, NODE_PATH: '' } },
    )
    expect(all.status).toBe(0)
    const cdx = JSON.parse(readFileSync(join(alone, 'out', 'sbom.cdx.json'), 'utf8'))
    expect(cdx.components.filter((c: { licenses?: unknown }) => c.licenses)).toHaveLength(24)
    const spdx = JSON.parse(readFileSync(join(alone, 'out', 'sbom.spdx.json'), 'utf8'))
    expect(spdx.spdxVersion).toBe('SPDX-2.3')
    expect(readFileSync(join(alone, 'out', 'sbom.cdx.xml'), 'utf8')).toContain('<id>MIT</id>')
    expect(JSON.parse(readFileSync(join(alone, 'out', 'sbom.spdx3.json'), 'utf8'))['@context']).toContain(
      '3.0.1',
    )
  })

  test('PATH may name one lockfile', () => {
    const r = lockgraph(
      ['sbom', join(TESTDATA, 'npm', 'vscode-ext-npm-lock-v3', 'package-lock.json'), '-o', '-'],
      work,
    )
    expect(r.code).toBe(0)
    expect(libraries(JSON.parse(r.stdout))).toHaveLength(34)
  })

  describe('broken lockfiles next to good ones', () => {
    let repo: string
    beforeAll(() => {
      repo = join(work, 'mixed')
      cpSync(join(TESTDATA, 'npm', 'curso-node-table'), join(repo, 'good'), { recursive: true })
      cpSync(join(TESTDATA, 'npm', 'generator-core'), join(repo, 'legacy'), { recursive: true })
      const text = readFileSync(join(TESTDATA, 'npm', 'vscode-ext-npm-lock-v3', 'package-lock.json'), 'utf8')
      mkdirSync(join(repo, 'truncated'))
      writeFileSync(join(repo, 'truncated', 'package-lock.json'), text.slice(0, 2000))
      mkdirSync(join(repo, 'future'))
      writeFileSync(
        join(repo, 'future', 'package-lock.json'),
        '{\n  "name": "f",\n  "lockfileVersion": 9,\n  "packages": {}\n}\n',
      )
      mkdirSync(join(repo, 'html'))
      writeFileSync(join(repo, 'html', 'package-lock.json'), '<html>502 Bad Gateway</html>\n')
    })

    test('each gets one clear message with file and line; the good ones are in the SBOM; exit 0', () => {
      const r = lockgraph(['sbom', repo, '-o', join(work, 'mixed.json')], work)
      expect(r.code).toBe(0)
      const truncatedLine = readFileSync(join(repo, 'truncated', 'package-lock.json'), 'utf8').split(
        '\n',
      ).length
      expect(r.stderr).toContain(
        `truncated/package-lock.json:${truncatedLine}: error: not valid JSON: unexpected end of file (truncated?); file skipped`,
      )
      expect(r.stderr).toContain(
        'future/package-lock.json:3: error: unknown lockfileVersion 9: lockgraph reads versions 1, 2 and 3; file skipped',
      )
      expect(r.stderr).toContain(
        'html/package-lock.json:1: error: not valid JSON: unexpected "<html>502 Ba"; file skipped',
      )
      noStackTrace(r.stderr)
      const names = libraries(JSON.parse(readFileSync(join(work, 'mixed.json'), 'utf8'))).map(
        (c) => `${c.name}@${c.version}`,
      )
      expect(names).toHaveLength(17 + 7)
      expect(names).toContain('yargs@17.4.1')
      expect(names).toContain('optimist@0.6.1')
    })

    test('--strict turns the problems into exit code 1, and still writes the SBOM', () => {
      const out = join(work, 'strict.json')
      const r = lockgraph(['sbom', repo, '--strict', '-o', out], work)
      expect(r.code).toBe(1)
      expect(existsSync(out)).toBe(true)
      // notes (info) alone do not fail --strict
      expect(lockgraph(['sbom', join(repo, 'legacy'), '--strict', '-o', '-'], work).code).toBe(0)
    })

    test('--exclude leaves paths out', () => {
      const r = lockgraph(
        [
          'sbom',
          repo,
          '--exclude',
          'truncated/**',
          '--exclude',
          'future',
          '--exclude',
          'html/*.json',
          '-o',
          '-',
          '--strict',
        ],
        work,
      )
      expect(r.code).toBe(0)
      expect(r.stderr).not.toContain('error')
    })
  })

  test.each([
    [['sbom', '--no-such-flag'], /unknown option '--no-such-flag'/i],
    [['sbom', '--format', 'pdf'], /unknown SBOM format "pdf" \(supported: cyclonedx-json, cyclonedx-xml/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['sbom', 'does/not/exist'], /no such file or folder: does\/not\/exist/],
    [['sbom', 'a', 'b'], /sbom takes one PATH/],
  ])('usage error %j: exit 2 with a message, no stack trace', (args, message) => {
    const r = lockgraph(args, work)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
    noStackTrace(r.stderr)
  })

  test('nothing readable: exit 2', () => {
    const empty = join(work, 'empty')
    mkdirSync(join(empty, 'node_modules', 'x'), { recursive: true })
    writeFileSync(join(empty, 'node_modules', 'x', 'package-lock.json'), '{}')
    expect(lockgraph(['sbom', empty], work)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('no lockfiles found'),
    })
    const bad = join(work, 'only-bad')
    mkdirSync(bad)
    writeFileSync(join(bad, 'package-lock.json'), '{')
    const r = lockgraph(['sbom', bad, '-o', join(work, 'none.json')], work)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('none of the 1 lockfiles could be read')
    expect(existsSync(join(work, 'none.json'))).toBe(false)
  })
})
