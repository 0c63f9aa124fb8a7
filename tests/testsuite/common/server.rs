//! A `pdz serve` started for a test on a free loopback port, stopped when dropped, and
//! plain HTTP/1.1 requests to it (raw, so a test can send exactly the bytes it means).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How long the server may take to start, and a request to be answered.
const PATIENCE: Duration = Duration::from_secs(30);

/// A running server.
pub struct Server {
    child: Child,
    /// What the server prints on stderr after its address, line by line.
    said: mpsc::Receiver<String>,
    /// `http://127.0.0.1:PORT`, without a trailing slash.
    pub url: String,
    pub port: u16,
}

/// An answer.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    /// Header names in lower case.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

impl Server {
    /// Starts `pdz serve ARGS --port 0` in `dir` and waits for the address it prints.
    pub fn start(dir: &Path, args: &[&str]) -> Server {
        Server::start_with(dir, args, &[])
    }

    /// Like [`Server::start`], with environment variables set (`Some`) or removed (`None`).
    pub fn start_with(dir: &Path, args: &[&str], env: &[(&str, Option<&str>)]) -> Server {
        let mut child = super::pdz_command(dir, env)
            .arg("serve")
            .args(args)
            .args(["--port", "0"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("pdz serve starts");
        let stderr = child.stderr.take().unwrap();
        let (sender, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
        let deadline = Instant::now() + PATIENCE;
        let mut said = Vec::new();
        let url = loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match lines.recv_timeout(left) {
                Ok(line) => {
                    if let Some(at) = line.find("http://") {
                        let url: String = line[at..]
                            .chars()
                            .take_while(|c| !c.is_whitespace())
                            .collect();
                        break url.trim_end_matches('/').to_string();
                    }
                    said.push(line);
                }
                Err(_) => {
                    let _ = child.kill();
                    panic!("pdz serve printed no address: {said:?}");
                }
            }
        };
        let port = url.rsplit(':').next().unwrap().parse().unwrap();
        Server {
            child,
            said: lines,
            url,
            port,
        }
    }

    /// The next line the server prints on stderr, `None` when none comes within 30 s.
    pub fn next_said(&self) -> Option<String> {
        self.said.recv_timeout(PATIENCE).ok()
    }

    /// `GET path` with this server's Host.
    pub fn get(&self, path: &str) -> Reply {
        self.raw(&format!(
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\n\r\n",
            self.port
        ))
    }

    /// Sends `request` as it is and reads the whole answer.
    pub fn raw(&self, request: &str) -> Reply {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).expect("connects");
        stream.set_read_timeout(Some(PATIENCE)).unwrap();
        stream.write_all(request.as_bytes()).unwrap();
        let mut bytes = Vec::new();
        stream.read_to_end(&mut bytes).expect("an answer in time");
        parse(&bytes)
    }

    /// Asks `/generation` every 50 ms, as an open page does, and returns each generation
    /// seen (a new one when it changes), until `until` says stop or `timeout` passes;
    /// `during` runs once the first answer has arrived.
    pub fn generations(
        &self,
        timeout: Duration,
        during: impl FnOnce(),
        until: impl Fn(&[u64]) -> bool,
    ) -> Vec<u64> {
        let deadline = Instant::now() + timeout;
        let mut seen: Vec<u64> = Vec::new();
        let mut during = Some(during);
        while Instant::now() < deadline && !until(&seen) {
            let reply = self.get("/generation");
            assert_eq!(reply.status, 200, "{}", reply.text());
            let generation = reply.text().trim().parse().expect("a number");
            if seen.last() != Some(&generation) {
                seen.push(generation);
            }
            if let Some(during) = during.take() {
                during();
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        seen
    }

    /// Sends `signal` (`INT`, `TERM`, `HUP`) to the server and waits for it to end: its
    /// exit code, `None` when a signal ended it or it did not end within 30 s.
    pub fn stop_with(&mut self, signal: &str) -> Option<i32> {
        let sent = Command::new("kill")
            .arg(format!("-{signal}"))
            .arg(self.child.id().to_string())
            .status()
            .expect("kill runs");
        assert!(sent.success(), "kill -{signal}");
        let deadline = Instant::now() + PATIENCE;
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().expect("the server can be waited for") {
                return status.code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Splits an HTTP/1.1 answer (body whole or chunked).
fn parse(bytes: &[u8]) -> Reply {
    let split = bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete header");
    let head = String::from_utf8_lossy(&bytes[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .expect("a status line");
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let mut body = bytes[split + 4..].to_vec();
    if headers
        .iter()
        .any(|(n, v)| n == "transfer-encoding" && v.contains("chunked"))
    {
        body = unchunk(&body);
    }
    Reply {
        status,
        headers,
        body,
    }
}

fn unchunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(end) = data.windows(2).position(|w| w == b"\r\n") {
        let size = String::from_utf8_lossy(&data[..end]);
        let size = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        let start = end + 2;
        out.extend_from_slice(&data[start..start + size]);
        data = &data[start + size + 2..];
    }
    out
}
