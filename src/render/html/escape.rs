//! How every value a template writes into HTML or SVG is escaped: markup characters as
//! entities, and control characters from the plan (an escape, a bell, a carriage return,
//! a right-to-left override) shown as `src/visible.rs` shows them in every other format,
//! never written raw. Line feeds and tabs stay: they are whitespace to a browser.

use std::io::Write;

use crate::visible::{is_hidden, shown_in_text};

/// Tera's escape function for pdz's templates (reports, council documents, `pdz serve`).
pub fn html(input: &str, out: &mut dyn Write) -> std::io::Result<()> {
    let mut buffer = [0; 4];
    let mut start = 0;
    for (at, c) in input.char_indices() {
        let entity: Option<&[u8]> = match c {
            '&' => Some(b"&amp;"),
            '<' => Some(b"&lt;"),
            '>' => Some(b"&gt;"),
            '"' => Some(b"&quot;"),
            '\'' => Some(b"&#39;"),
            _ => None,
        };
        let shown = (entity.is_none() && is_hidden(c) && shown_in_text(c) != c).then(|| {
            shown_in_text(c)
                .encode_utf8(&mut buffer)
                .as_bytes()
                .to_vec()
        });
        if entity.is_none() && shown.is_none() {
            continue;
        }
        out.write_all(&input.as_bytes()[start..at])?;
        match (entity, shown) {
            (Some(entity), _) => out.write_all(entity)?,
            (None, Some(shown)) => out.write_all(&shown)?,
            (None, None) => {}
        }
        start = at + c.len_utf8();
    }
    out.write_all(&input.as_bytes()[start..])
}

#[cfg(test)]
mod tests {
    use super::html;

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
}
