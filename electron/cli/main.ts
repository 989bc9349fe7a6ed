// Entry point of `npm run cli`.
import { runCli } from './cli';

runCli(process.argv.slice(2), { out: (t) => console.log(t), err: (t) => console.error(t) }).then(
  // exitCode, not exit(): exit() would cut off output still being written to a pipe.
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
