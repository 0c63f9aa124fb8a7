//! How every value a template writes into HTML or SVG is escaped: markup characters as
//! entities, and control characters from the plan (an escape, a bell, a carriage return,
//! a right-to-left override) shown as `src/visible.rs` shows them in every other format,
//! never written raw. Line feeds and tabs stay: they are whitespace to a browser.

use std::convert::Infallible;
use std::io::Write;

use crate::visible::{is_hidden, shown_as};

/// Tera's escape function for pdz's templates (reports, council documents, `pdz serve`).
pub fn html(input: &str, out: &mut dyn Write) -> std::io::Result<()> {
    escaped_pieces(input, |piece| out.write_all(piece.as_bytes()))
}

/// Appends `input` escaped as [`html`] escapes it, for HTML written in Rust.
pub fn push_html(out: &mut String, input: &str) {
    let Ok(()) = escaped_pieces::<Infallible>(input, |piece| {
        out.push_str(piece);
        Ok(())
    });
}

/// Hands `input` to `write` piece by piece, escaped: runs of plain text as they are, each
/// markup character as its entity, each control character as its visible stand-in.
fn escaped_pieces<E>(input: &str, mut write: impl FnMut(&str) -> Result<(), E>) -> Result<(), E> {
    let mut buffer = [0; 4];
    let mut start = 0;
    for (at, c) in input.char_indices() {
        let replacement: &str = match c {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            '\'' => "&#39;",
            '\n' | '\t' => continue,
            c if is_hidden(c) => shown_as(c).encode_utf8(&mut buffer),
            _ => continue,
        };
        write(&input[start..at])?;
        write(replacement)?;
        start = at + c.len_utf8();
    }
    write(&input[start..])
}

#[cfg(test)]
mod tests {
    use super::{html, push_html};

    fn escaped(text: &str) -> String {
        let mut out = Vec::new();
        html(text, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn markup_is_text_and_controls_are_shown() {
        assert_eq!(
            escaped("<b>\"Taviano\" & 'Ugento'</b>"),
            "&lt;b&gt;&quot;Taviano&quot; &amp; &#39;Ugento&#39;&lt;/b&gt;"
        );
        assert_eq!(
            escaped("Piano \u{202e}9102\u{1b}[31m\u{7}\r\nriga\tdue"),
            "Piano �9102␛[31m␇␍\nriga\tdue"
        );
        assert_eq!(escaped("àèìòù €"), "àèìòù €");
    }

    #[test]
    fn pushed_text_is_escaped_alike() {
        let text = "<i>Matino</i> & \u{202e}\u{1b}\n";
        let mut pushed = String::from("già: ");
        push_html(&mut pushed, text);
        assert_eq!(pushed, format!("già: {}", escaped(text)));
    }
}
