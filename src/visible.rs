//! Text from plan files and paths made safe to print: control characters are shown,
//! never obeyed.
//!
//! A name in a plan, a file name or a CSV cell comes from whoever opened the pull
//! request. Printed raw, an escape sequence could recolour a CI log, hide lines, plant
//! a hyperlink or a fake finding; a bidirectional control could reorder what a reviewer
//! reads. Every format meant for people or CI logs prints user text through
//! [`visible`]: each C0 control (line breaks and tabs included) becomes its Unicode
//! control picture (`␛`, `␊`), DEL becomes `␡`, and C1 controls and bidirectional
//! controls become `�`. Each character is replaced by exactly one, so columns of
//! source excerpts stay aligned.

use std::borrow::Cow;

/// `text` with every control character replaced by a visible one.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_hidden) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(shown_as).collect())
}

/// Whether `c` would act on a terminal or on the order of the text instead of showing.
pub fn is_hidden(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// What `c` is printed as: itself, or the visible character standing for it.
pub fn shown_as(c: char) -> char {
    match c {
        '\0'..='\x1f' => char::from_u32(0x2400 + u32::from(c)).unwrap_or('\u{FFFD}'),
        '\x7f' => '\u{2421}',
        c if is_hidden(c) => '\u{FFFD}',
        c => c,
    }
}

/// The Unicode bidirectional formatting characters (UAX #9).
fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

#[cfg(test)]
mod tests {
    use super::visible;

    #[test]
    fn escape_sequences_and_line_breaks_are_shown_not_obeyed() {
        assert_eq!(visible("\x1b[31mrosso\x1b[0m"), "␛[31mrosso␛[0m");
        assert_eq!(visible("a\r\nb\tc\x7f"), "a␍␊b␉c␡");
        assert_eq!(visible("\u{9b}31m \u{202e}txt.exe"), "�31m �txt.exe");
    }

    #[test]
    fn ordinary_text_is_borrowed_as_it_is() {
        let text = "Comune di Taviano – 8.000 abitanti, «attività»";
        assert!(matches!(visible(text), std::borrow::Cow::Borrowed(t) if t == text));
    }
}
