import { readTextForCli } from './files';
import { runCli } from './run';

// `... | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// Thin wrapper: all behaviour lives in runCli so it can be tested without spawning a process.
// Commands catch their own read and write errors; this is the last net, so a user never sees a
// Node stack, only a Dutch sentence and exit code 1.
try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: readTextForCli,
  });
} catch (error) {
  process.stderr.write(`Er ging onverwacht iets mis: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
