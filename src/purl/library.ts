// packageurl-js, loaded on first use. Loading it builds an Intl.Collator (about 15 ms of ICU set-up), which the
// common purls never need (see fastPurl in purl.ts). esbuild bundles the require() call in place, so the
// bundle stays self-contained; under the test runner (ESM, no `require`) createRequire loads it.
import { createRequire } from 'node:module'
import type { PackageURL } from 'packageurl-js'

let library: { PackageURL: typeof PackageURL } | undefined

export function packageUrlLibrary(): { PackageURL: typeof PackageURL } {
  library ??=
    typeof require === 'function'
      ? // eslint-disable-next-line @typescript-eslint/no-require-imports
        require('packageurl-js')
      : createRequire(import.meta.url)('packageurl-js')
  return library!
}
