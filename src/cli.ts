#!/usr/bin/env node
// The lockgraph command line. Exit codes: 0 done, 1 problems with --strict, 2 usage error or nothing readable.
import { main } from './cli/main.js'

// Output piped into a reader that stops early (`| head`): stop quietly, as other command-line tools do.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw err
  })

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
})
