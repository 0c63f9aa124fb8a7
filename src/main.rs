//! The `pdz` binary: the command line comes with the check command.

fn main() {}
