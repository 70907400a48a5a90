// `parallax` with the test doubles wired in: `node --import tsx test/helpers/brief-cli.ts brief …`.
import { CommanderError } from 'commander'
import { createProgram } from '../../src/program.js'
import { doubles } from './doubles.js'

try {
  await createProgram(doubles).parseAsync(process.argv)
} catch (error) {
  if (!(error instanceof CommanderError)) throw error
  process.exitCode = error.exitCode
}
