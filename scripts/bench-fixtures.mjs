// Synthetic lockfiles for `npm run bench`, made the same way every time: sizes the real corpus lacks.
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const hex = (seed) => createHash('sha256').update(String(seed)).digest('hex')

/**
 * A uv.lock of `n` registry packages (a root with 40 direct dependencies, up to 4 dependencies each, an sdist
 * and 2 wheels per package, 30 wheels for every tenth): about the shape and size of a large real one.
 */
export function writeUvLock(dir, n = 1100) {
  mkdirSync(dir, { recursive: true })
  let s = 'version = 1\nrevision = 3\nrequires-python = ">=3.10"\n\n'
  s += '[[package]]\nname = "root"\nversion = "0.1.0"\nsource = { editable = "." }\ndependencies = [\n'
  for (let i = 0; i < 40; i++) s += `    { name = "pkg-${i}" },\n`
  s += ']\n\n'
  for (let i = 0; i < n; i++) {
    s += `[[package]]\nname = "pkg-${i}"\nversion = "1.${i}.0"\nsource = { registry = "https://pypi.org/simple" }\n`
    const deps = [1, 2, 3, 4].map((k) => i + k * 37).filter((d) => d < n)
    if (deps.length) s += `dependencies = [\n${deps.map((d) => `    { name = "pkg-${d}" },\n`).join('')}]\n`
    const file = (name, seed) =>
      `{ url = "https://files.pythonhosted.org/packages/${hex(seed).slice(0, 2)}/${name}", hash = "sha256:${hex(`h${seed}`)}", size = 12345 }`
    s += `sdist = ${file(`pkg-${i}-1.${i}.0.tar.gz`, `s${i}`)}\nwheels = [\n`
    for (let k = 0; k < (i % 10 === 0 ? 30 : 2); k++)
      s += `    ${file(`pkg_${i}-1.${i}.0-cp3${k}-cp3${k}-manylinux_2_17_x86_64.whl`, `w${i}.${k}`)},\n`
    s += ']\n\n'
  }
  writeFileSync(join(dir, 'uv.lock'), s)
  writeFileSync(join(dir, 'pyproject.toml'), '[project]\nname = "root"\nversion = "0.1.0"\n')
  return dir
}
