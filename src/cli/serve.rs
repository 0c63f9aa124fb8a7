//! `pdz serve PATH`: the plan in the browser, live while it is edited.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;

use crate::i18n::{self, Lang, Message};
use crate::serve::{self, Config, Notice, ServeError};

use super::Outcome;

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The plan: a directory or a file, or a folder of plans.
    #[arg(value_name = "PATH")]
    pub path: PathBuf,

    /// The port to listen on (0: any free port).
    #[arg(long, default_value_t = 8080)]
    pub port: u16,

    /// The address to listen on (an IP address, or `localhost`); one other machines reach
    /// needs `--allow-remote`.
    #[arg(long, value_name = "ADDRESS", default_value = "127.0.0.1", value_parser = bind_address)]
    pub bind: IpAddr,

    /// Let other machines see the plan (no authentication; read-only).
    #[arg(long)]
    pub allow_remote: bool,

    /// A host name the pages may be asked for besides the address listened on (and
    /// `localhost` on loopback): a name of this machine, with `--allow-remote`.
    #[arg(long, value_name = "NAME")]
    pub allow_host: Vec<String>,

    /// Open the overview in the browser.
    #[arg(long)]
    pub open: bool,
}

pub fn run(args: &ServeArgs, lang: Lang) -> anyhow::Result<Outcome> {
    let config = Config {
        path: args.path.clone(),
        address: args.bind,
        port: args.port,
        allow_remote: args.allow_remote,
        allow_hosts: args.allow_host.clone(),
        lang,
    };
    let remote = !args.bind.is_loopback();
    let open = args.open;
    let result = serve::run(config, |notice| match notice {
        Notice::Listening(address) => {
            let url = format!("http://{address}/");
            if remote {
                say(
                    lang,
                    &Message::new("serve-remote-warning").with("address", address.to_string()),
                );
            }
            say(
                lang,
                &Message::new("serve-started").with("url", url.as_str()),
            );
            if open {
                // No browser is not a failure: the address is printed above.
                if let Err(error) = open::that_detached(&url) {
                    say(
                        lang,
                        &Message::new("serve-no-browser").with("error", i18n::io_reason(&error)),
                    );
                }
            }
        }
        Notice::NotWatching(error) => say(
            lang,
            &Message::new("serve-watch-failed").with("error", error),
        ),
    });
    let message = match result {
        Ok(()) => return Ok(Outcome::Clean),
        Err(ServeError::NotLoopback(address)) => {
            Message::new("serve-remote-needs-flag").with("address", address.to_string())
        }
        Err(ServeError::Path(message)) => {
            // Worded as `pdz check` says it, with its own `pdz:`.
            anstream::eprintln!("{}", i18n::tr(lang, &message));
            return Ok(Outcome::Failed);
        }
        Err(ServeError::Bind(address, error)) => bind_failed(address, &error),
        Err(ServeError::Io(error)) => {
            Message::new("serve-io").with("error", i18n::io_reason(&error))
        }
        Err(ServeError::Templates(error)) => Message::new("report-template").with("error", error),
    };
    anstream::eprintln!("pdz: {}", i18n::tr(lang, &message));
    Ok(Outcome::Failed)
}

/// Why the server cannot listen, said plainly: the port is taken or reserved, the address
/// is not this machine's; the system's words only for anything else.
fn bind_failed(address: SocketAddr, error: &std::io::Error) -> Message {
    use std::io::ErrorKind;
    match error.kind() {
        ErrorKind::AddrInUse => {
            Message::new("serve-port-taken").with("port", address.port().to_string())
        }
        ErrorKind::PermissionDenied => {
            Message::new("serve-port-denied").with("port", address.port().to_string())
        }
        ErrorKind::AddrNotAvailable => {
            Message::new("serve-address-unavailable").with("address", address.ip().to_string())
        }
        _ => Message::new("serve-bind-failed")
            .with("address", address.to_string())
            .with("error", i18n::io_reason(error)),
    }
}

/// `--bind`: an IP address, or `localhost` (the loopback address 127.0.0.1).
fn bind_address(text: &str) -> Result<IpAddr, String> {
    if text.eq_ignore_ascii_case("localhost") {
        return Ok(IpAddr::V4(Ipv4Addr::LOCALHOST));
    }
    text.parse()
        .map_err(|_| format!("`{text}`: not an IP address nor `localhost`"))
}

fn say(lang: Lang, message: &Message) {
    anstream::eprintln!("{}", i18n::tr(lang, message));
}
