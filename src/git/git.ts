// Runs git as a reader of the repository: hooks and fsmonitor off, no prompts, nothing from the repository run.
import { spawn } from 'node:child_process'

export class GitError extends Error {
  constructor(
    message: string,
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(message)
    this.name = 'GitError'
  }
}

// A repository's own config could name programs git runs (core.fsmonitor, hooks); these switch them off.
const SAFE_CONFIG = ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false']

// Variables that would point git at another repository than the one asked for.
const LOCATING = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_NAMESPACE',
  'GIT_COMMON_DIR',
]

function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' }
  for (const name of LOCATING) delete env[name]
  return env
}

/** Runs `git <args>` in `dir`; resolves with its standard output, rejects with a GitError naming stderr. */
export function git(dir: string, args: readonly string[], input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...SAFE_CONFIG, ...args], {
      cwd: dir,
      env: gitEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', (error) => reject(new GitError(`git ${args[0]}: ${error.message}`, null, '')))
    child.on('close', (code) => {
      const stderr = Buffer.concat(err).toString('utf8').trim()
      if (code === 0) resolve(Buffer.concat(out))
      else
        reject(
          new GitError(
            `git ${args[0]} failed (exit ${code})${stderr ? `: ${stderr.split('\n').slice(-3).join(' ')}` : ''}`,
            code,
            stderr,
          ),
        )
    })
    // git may exit before reading all of its input (a bad revision); that is reported by the exit code.
    child.stdin.on('error', () => {})
    child.stdin.end(input ?? '')
  })
}

/** Reads objects with one `git cat-file --batch`: their content by object id (missing ones are left out). */
export async function readObjects(dir: string, oids: readonly string[]): Promise<Map<string, Buffer>> {
  const found = new Map<string, Buffer>()
  const unique = [...new Set(oids)]
  if (unique.length === 0) return found
  const out = await git(dir, ['cat-file', '--batch'], unique.join('\n') + '\n')
  let at = 0
  while (at < out.length) {
    const eol = out.indexOf(0x0a, at)
    if (eol < 0) break
    const header = out.subarray(at, eol).toString('utf8').split(' ')
    at = eol + 1
    if (header[1] === 'missing' || header[1] === 'ambiguous') continue
    const size = Number(header[2])
    if (!Number.isSafeInteger(size))
      throw new GitError(`git cat-file: unexpected output "${header.join(' ')}"`, 0, '')
    found.set(header[0], out.subarray(at, at + size))
    at += size + 1 // the content is followed by a newline
  }
  return found
}
