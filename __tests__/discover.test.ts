import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { discover } from '../src/discover.js'
import { choosePackageManager, diskSource } from '../src/scan.js'

describe('discover', () => {
  let root: string
  let outside: string
  const put = (base: string, path: string) => {
    mkdirSync(join(base, path, '..'), { recursive: true })
    writeFileSync(join(base, path), '{}')
  }

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'lg-discover-'))
    outside = mkdtempSync(join(tmpdir(), 'lg-outside-'))
    for (const p of [
      'package-lock.json',
      'apps/web/package-lock.json',
      'apps/web/node_modules/dep/package-lock.json',
      'apps/web/node_modules/.package-lock.json',
      '.git/package-lock.json',
      'vendor/package-lock.json',
      'target/package-lock.json',
      'dist/package-lock.json',
      'examples/demo/package-lock.json',
      'libs/both/package-lock.json',
      'libs/both/npm-shrinkwrap.json',
      'notes/package.json',
    ])
      put(root, p)
    put(outside, 'secret/package-lock.json')
    symlinkSync(join(outside, 'secret'), join(root, 'escape'))
    symlinkSync(join(root, 'apps'), join(root, 'apps-again'))
    symlinkSync(join(outside, 'secret', 'package-lock.json'), join(root, 'libs', 'linked-lock.json'))
    mkdirSync(join(root, 'linked'))
    symlinkSync(join(outside, 'secret', 'package-lock.json'), join(root, 'linked', 'package-lock.json'))
  })
  afterAll(() => {
    rmSync(root, { recursive: true, force: true })
    rmSync(outside, { recursive: true, force: true })
  })

  test('finds lockfiles, skipping VCS, installed dependencies, vendor and build output', () => {
    const { files } = discover(root)
    expect(files.map((f) => `${f.path} ${f.format.id}`)).toEqual([
      'apps/web/package-lock.json npm-package-lock',
      'examples/demo/package-lock.json npm-package-lock',
      'libs/both/npm-shrinkwrap.json npm-shrinkwrap',
      'package-lock.json npm-package-lock',
    ])
  })

  test('never follows a symbolic link out of the root; a link inside it is read once', () => {
    const { files, skipped } = discover(root)
    expect(files.some((f) => f.path.startsWith('escape') || f.path.startsWith('linked'))).toBe(false)
    expect(skipped).toContainEqual({ path: 'escape', reason: 'symbolic link out of the root' })
    expect(skipped).toContainEqual({
      path: 'linked/package-lock.json',
      reason: 'symbolic link out of the root',
    })
    expect(files.filter((f) => f.path.endsWith('web/package-lock.json'))).toHaveLength(1)
  })

  test('npm-shrinkwrap.json takes precedence over package-lock.json in the same folder', () => {
    expect(discover(root).skipped).toContainEqual({
      path: 'libs/both/package-lock.json',
      reason: 'npm-shrinkwrap.json in the same folder takes precedence',
    })
  })

  test('exclude globs prune folders and files', () => {
    expect(discover(root, ['examples/**']).files.map((f) => f.path)).not.toContain(
      'examples/demo/package-lock.json',
    )
    expect(discover(root, ['examples']).files.map((f) => f.path)).not.toContain(
      'examples/demo/package-lock.json',
    )
    expect(discover(root, ['**/web/*.json']).files.map((f) => f.path)).not.toContain(
      'apps/web/package-lock.json',
    )
    expect(discover(root, ['**/web/*.json']).files).toHaveLength(3)
  })
})

describe('several JavaScript lockfiles in one folder', () => {
  let root: string
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'lg-managers-'))
    write('declared/package.json', JSON.stringify({ name: 'a', packageManager: 'pnpm@9.15.9+sha512.abc' }))
    write('declared/package-lock.json', '{}')
    write('declared/pnpm-lock.yaml', '')
    write('undeclared/package.json', JSON.stringify({ name: 'b' }))
    write('undeclared/package-lock.json', '{}')
    write('undeclared/yarn.lock', '')
    write('single/package.json', JSON.stringify({ name: 'c', packageManager: 'yarn@4.5.1' }))
    write('single/package-lock.json', '{}')
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  test('packageManager in package.json picks the lockfile; without it all are read, with a note', () => {
    const { files } = discover(root)
    const chosen = choosePackageManager(files, diskSource(root))
    expect(chosen.found.map((f) => f.path)).toEqual([
      'declared/pnpm-lock.yaml',
      'single/package-lock.json',
      'undeclared/package-lock.json',
      'undeclared/yarn.lock',
    ])
    expect(chosen.skipped).toEqual([
      { path: 'declared/package-lock.json', reason: 'declared/package.json says "packageManager": pnpm' },
    ])
    expect(chosen.issues).toEqual([
      {
        file: 'undeclared/package.json',
        severity: 'info',
        message:
          'locked by more than one package manager (package-lock.json, yarn.lock); all are read — set "packageManager" in package.json to read only the one in use',
      },
    ])
  })
})
