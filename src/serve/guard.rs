//! What every request passes before a page is made: only GET and HEAD, a bounded
//! address, a Host header naming this server (against DNS rebinding), and the headers
//! that keep a page from loading or running anything but pdz's own.

use std::net::IpAddr;
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The longest address accepted (path and query).
const MAX_URI: usize = 4096;

/// Nothing but pdz's own style sheet and script; report styles are inline.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self' 'unsafe-inline'; \
script-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; \
frame-ancestors 'none'; base-uri 'none'";

/// The Host names a request may carry.
pub struct Guard {
    /// The port the server listens on.
    pub port: u16,
    /// Names allowed besides IP addresses and `localhost` (`--allow-host`), lower case.
    pub names: Vec<String>,
}

impl Guard {
    /// Whether a Host header names this server: an IP address (a rebinding attack needs a
    /// name), `localhost`, or a name allowed on the command line; with this port.
    pub fn allows(&self, host: &str) -> bool {
        let (name, port) = split_host(host);
        if port.is_some_and(|port| port != self.port) {
            return false;
        }
        let name = name.to_ascii_lowercase();
        name.trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>()
            .is_ok()
            || name == "localhost"
            || self.names.contains(&name)
    }
}

/// `name[:port]` or `[v6][:port]`; a port that is not a number is `Some(0)`.
fn split_host(host: &str) -> (&str, Option<u16>) {
    let port = |text: &str| Some(text.parse().unwrap_or(0));
    if let Some(rest) = host.strip_prefix('[') {
        let Some(end) = rest.find(']') else {
            return (host, Some(0));
        };
        let (name, after) = host.split_at(end + 2);
        return match after.strip_prefix(':') {
            Some(text) => (name, port(text)),
            None if after.is_empty() => (name, None),
            None => (host, Some(0)),
        };
    }
    match host.rsplit_once(':') {
        Some((name, text)) => (name, port(text)),
        None => (host, None),
    }
}

/// The middleware: refuses what the server does not serve, adds the headers.
pub async fn check(State(guard): State<Arc<Guard>>, request: Request, next: Next) -> Response {
    if request.method() != Method::GET && request.method() != Method::HEAD {
        let mut refused =
            (StatusCode::METHOD_NOT_ALLOWED, "pdz serve is read-only\n").into_response();
        refused
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return secured(refused);
    }
    if request.uri().to_string().len() > MAX_URI {
        return secured((StatusCode::URI_TOO_LONG, "pdz: address too long\n").into_response());
    }
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .or_else(|| request.uri().authority().map(|a| a.as_str()));
    if !host.is_some_and(|host| guard.allows(host)) {
        return secured(
            (
                StatusCode::MISDIRECTED_REQUEST,
                "pdz serve answers only to its own address (the Host header names another server)\n",
            )
                .into_response(),
        );
    }
    secured(next.run(request).await)
}

fn secured(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CONTENT_SECURITY_POLICY),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_this_servers_names_pass() {
        let guard = Guard {
            port: 8080,
            names: vec!["ufficio.local".into()],
        };
        for host in [
            "127.0.0.1:8080",
            "localhost:8080",
            "[::1]:8080",
            "LOCALHOST:8080",
            "10.0.0.5:8080",
            "ufficio.local:8080",
            "127.0.0.1",
        ] {
            assert!(guard.allows(host), "{host}");
        }
        for host in [
            "evil.example:8080",
            "127.0.0.1:8081",
            "localhost.evil.example:8080",
            "localhost:x",
            "",
            "[::1]:80",
        ] {
            assert!(!guard.allows(host), "{host}");
        }
    }
}
