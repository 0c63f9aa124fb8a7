//! What every request passes before a page is made: only GET and HEAD, a bounded
//! address, one Host header naming this server (against DNS rebinding), and the headers
//! that keep a page from loading or running anything but pdz's own.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::middleware::Next;
use axum::response::Response;

use super::listen::Arrived;
use super::params;
use super::plain;
use crate::i18n::{Lang, Message};

/// The longest address accepted (path and query).
pub const MAX_URI: usize = 4096;

/// Nothing but pdz's own style sheet and script; report styles are inline.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self' 'unsafe-inline'; \
script-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; \
frame-ancestors 'none'; base-uri 'none'";

/// The Host names a request may carry besides the address it arrived at.
pub struct Guard {
    /// Names given with `--allow-host`, lower case.
    pub names: Vec<String>,
    /// The language of the refusals when the query does not ask for one.
    pub lang: Lang,
}

impl Guard {
    /// Whether a Host header names this server as the request reached it: the IP address
    /// the connection arrived at, `localhost` when that address is a loopback one, or a
    /// name allowed on the command line; with the port the connection arrived at (none
    /// written means 80). Any other IP address is refused: a name can be rebound to it.
    pub fn allows(&self, host: &str, arrived: SocketAddr) -> bool {
        let Some((name, port)) = split_host(host) else {
            return false;
        };
        if port.unwrap_or(80) != arrived.port() {
            return false;
        }
        let name = name.to_ascii_lowercase();
        let bare = name.trim_start_matches('[').trim_end_matches(']');
        if let Ok(ip) = bare.parse::<IpAddr>() {
            return name.starts_with('[') == ip.is_ipv6()
                && ip.to_canonical() == arrived.ip().to_canonical();
        }
        (name == "localhost" && arrived.ip().to_canonical().is_loopback())
            || self.names.contains(&name)
    }
}

/// `name[:port]` or `[v6][:port]`; `None` when the port is not a number or the brackets
/// are unbalanced.
fn split_host(host: &str) -> Option<(&str, Option<u16>)> {
    let port = |text: &str| text.parse::<u16>().ok();
    if host.starts_with('[') {
        let end = host.find(']')?;
        let (name, after) = host.split_at(end + 1);
        return match after.strip_prefix(':') {
            Some(text) => Some((name, Some(port(text)?))),
            None if after.is_empty() => Some((name, None)),
            None => None,
        };
    }
    match host.rsplit_once(':') {
        Some((name, text)) => Some((name, Some(port(text)?))),
        None => Some((host, None)),
    }
}

/// The middleware: refuses what the server does not serve, adds the headers.
pub async fn check(State(guard): State<Arc<Guard>>, request: Request, next: Next) -> Response {
    let lang = params::lang_of(request.uri(), guard.lang);
    if request.method() != Method::GET && request.method() != Method::HEAD {
        let mut refused = plain::answer(
            StatusCode::METHOD_NOT_ALLOWED,
            lang,
            &Message::new("serve-read-only"),
        );
        refused
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return secured(refused);
    }
    if request.uri().to_string().len() > MAX_URI {
        return secured(plain::answer(
            StatusCode::URI_TOO_LONG,
            lang,
            &Message::new("serve-uri-too-long").with("limit", MAX_URI),
        ));
    }
    let arrived = request.extensions().get::<Arrived>().copied();
    if let Err((status, key)) = host_check(&guard, request.headers(), request.uri(), arrived) {
        return secured(plain::answer(status, lang, &Message::new(key)));
    }
    secured(next.run(request).await)
}

/// Whether the request names this server: exactly one Host header (or, without one, an
/// absolute address), allowed by the guard for the address the request arrived at.
fn host_check(
    guard: &Guard,
    headers: &HeaderMap,
    uri: &Uri,
    arrived: Option<Arrived>,
) -> Result<(), (StatusCode, &'static str)> {
    let hosts: Vec<&HeaderValue> = headers.get_all(header::HOST).iter().collect();
    let authority = uri.authority().map(|a| a.as_str());
    let host = match hosts.as_slice() {
        [one] => one.to_str().ok(),
        [] => authority,
        _ => None,
    }
    .ok_or((StatusCode::BAD_REQUEST, "serve-one-host"))?;
    let allowed = |name: &str| arrived.is_some_and(|Arrived(at)| guard.allows(name, at));
    // An absolute address (`GET http://name/ HTTP/1.1`) names a host too: both must pass.
    if allowed(host) && authority.is_none_or(allowed) {
        Ok(())
    } else {
        Err((StatusCode::MISDIRECTED_REQUEST, "serve-wrong-host"))
    }
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

    fn at(address: &str) -> SocketAddr {
        address.parse().unwrap()
    }

    #[test]
    fn only_the_address_the_request_reached_passes() {
        let guard = Guard {
            names: vec!["ufficio.local".into()],
            lang: Lang::It,
        };
        let loopback = at("127.0.0.1:8080");
        for host in [
            "127.0.0.1:8080",
            "localhost:8080",
            "LOCALHOST:8080",
            "ufficio.local:8080",
        ] {
            assert!(guard.allows(host, loopback), "{host}");
        }
        for host in [
            "10.1.2.3:8080",
            "[::1]:8080",
            "127.0.0.2:8080",
            "evil.example:8080",
            "127.0.0.1:8081",
            "127.0.0.1",
            "localhost.evil.example:8080",
            "localhost:x",
            "localhost:",
            "",
            "[::1",
        ] {
            assert!(!guard.allows(host, loopback), "{host}");
        }
        let v6 = at("[::1]:8080");
        assert!(guard.allows("[::1]:8080", v6));
        assert!(guard.allows("localhost:8080", v6));
        assert!(!guard.allows("127.0.0.1:8080", v6));
        assert!(!guard.allows("::1:8080", v6));
        // Listening on every address: the one the connection came in on, and no name.
        let lan = at("192.168.1.20:80");
        assert!(guard.allows("192.168.1.20", lan));
        assert!(guard.allows("192.168.1.20:80", lan));
        assert!(!guard.allows("localhost", lan));
        assert!(!guard.allows("10.0.0.5", lan));
        // An IPv4 client of a dual-stack socket arrives at a mapped address.
        assert!(guard.allows("127.0.0.1:8080", at("[::ffff:127.0.0.1]:8080")));
    }
}
