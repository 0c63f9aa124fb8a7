//! The `pdz` binary: runs the command line and maps its outcome to an exit code.

use std::io::ErrorKind;
use std::process::ExitCode;

fn main() -> ExitCode {
    match pdz::cli::run(std::env::args_os()) {
        Ok(outcome) => ExitCode::from(outcome.exit_code()),
        // The reader went away (`pdz ... | head`): nothing left to say.
        Err(error)
            if error
                .downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == ErrorKind::BrokenPipe) =>
        {
            ExitCode::SUCCESS
        }
        Err(error) => {
            anstream::eprintln!("pdz: {error:#}");
            ExitCode::from(2)
        }
    }
}
