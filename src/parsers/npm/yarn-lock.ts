// yarn.lock: yarn 1 ("classic", `# yarn lockfile v1`) and yarn 2+ ("berry", YAML with `__metadata`).
// The two share a file name and little else; this module tells them apart and hands over.
import { ParseError, type ParseInput, type ParseResult } from '../../model.js'
import { readBerryLock } from './yarn-berry.js'
import { readClassicLock } from './yarn-classic.js'
import { YarnLock } from './yarn-common.js'
import { readBerry, readClassic } from './yarn-syml.js'

const CLASSIC_HEADER = /^# yarn lockfile v1\r?$/m
const BERRY_METADATA = /^["']?__metadata["']?\s*:/m

/** Berry or classic, from the header or the metadata, else from how the first field line is written. */
function flavour(text: string): 'classic' | 'berry' | undefined {
  if (BERRY_METADATA.test(text)) return 'berry'
  if (CLASSIC_HEADER.test(text)) return 'classic'
  const field = /^[ \t]+("[^"\n]*"|[^\s"':#]+)(:?)[ \t]*(\S?)/m.exec(text)
  if (!field) return undefined
  if (field[2] === ':' && field[3] !== '') return 'berry' // "  version: 1.0.0"
  if (field[2] === '' && field[3] !== '') return 'classic' // '  version "1.0.0"'
  return undefined
}

export function parseYarnLock(input: ParseInput): ParseResult {
  const { text } = input
  if (text.trim() === '') throw new ParseError('empty file, expected a yarn lockfile')
  const kind = flavour(text)
  if (!kind)
    throw new ParseError(
      'not a yarn lockfile: no "# yarn lockfile v1" header, no __metadata and no entries',
      1,
    )
  const r = new YarnLock(input)
  if (kind === 'classic') {
    const doc = readClassic(text)
    const versioned = doc.entries.some((e) => typeof (e.value as { version?: unknown }).version === 'string')
    if (!CLASSIC_HEADER.test(text) && !versioned)
      throw new ParseError(
        'not a yarn lockfile: no "# yarn lockfile v1" header and no entry with a version',
        1,
      )
    readClassicLock(r, doc)
    return r.result('yarn.lock v1 (classic)')
  }
  const doc = readBerry(text)
  if (
    !BERRY_METADATA.test(text) &&
    !doc.entries.some((e) => typeof (e.value as { resolution?: unknown })?.resolution === 'string')
  )
    throw new ParseError('not a yarn lockfile: no __metadata and no entry with a resolution', 1)
  const version = readBerryLock(r, doc)
  return r.result(version ? `yarn.lock v${version} (berry)` : 'yarn.lock (berry)')
}
