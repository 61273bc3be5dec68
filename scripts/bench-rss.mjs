// Preloaded by scripts/bench.mjs (node --import): writes the process's peak memory to the file
// named by LOCKGRAPH_BENCH_RSS when it exits.
import { writeFileSync } from 'node:fs'

const file = process.env.LOCKGRAPH_BENCH_RSS
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)))
