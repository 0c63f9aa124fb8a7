//! What a plain scalar means under the YAML 1.2 core schema: null, boolean, number or text.
//!
//! Only `true`/`false` (any case style) are booleans, so `yes`, `no` and `on`
//! stay text; numbers keep the text written, so no amount passes through a float.

use super::item::ScalarKind;

/// What a plain (unquoted) scalar stands for.
pub fn plain(text: &str) -> ScalarKind {
    // Most scalars are keys and words: a letter that starts no null, boolean or number.
    if text
        .as_bytes()
        .first()
        .is_some_and(|b| b.is_ascii_alphabetic() && !b"nNtTfF".contains(b))
    {
        return ScalarKind::Text;
    }
    match text {
        "" | "~" | "null" | "Null" | "NULL" => ScalarKind::Null,
        "true" | "True" | "TRUE" => ScalarKind::Bool(true),
        "false" | "False" | "FALSE" => ScalarKind::Bool(false),
        _ if is_number(text) => ScalarKind::Number,
        _ => ScalarKind::Text,
    }
}

/// Integers and floats of the core schema, including `.inf` and `.nan`.
fn is_number(text: &str) -> bool {
    let digits =
        |s: &[u8], radix: u32| !s.is_empty() && s.iter().all(|&b| char::from(b).is_digit(radix));
    let bytes = text.as_bytes();
    if let Some(hex) = bytes.strip_prefix(b"0x") {
        return digits(hex, 16);
    }
    if let Some(octal) = bytes.strip_prefix(b"0o") {
        return digits(octal, 8);
    }
    let unsigned = bytes
        .strip_prefix(b"-")
        .or_else(|| bytes.strip_prefix(b"+"))
        .unwrap_or(bytes);
    if matches!(unsigned, b".inf" | b".Inf" | b".INF")
        || matches!(bytes, b".nan" | b".NaN" | b".NAN")
    {
        return true;
    }
    let (mantissa, exponent) = match unsigned.iter().position(|&b| b == b'e' || b == b'E') {
        Some(at) => (&unsigned[..at], Some(&unsigned[at + 1..])),
        None => (unsigned, None),
    };
    let mantissa_ok = match mantissa.iter().position(|&b| b == b'.') {
        Some(at) => {
            let (whole, fraction) = (&mantissa[..at], &mantissa[at + 1..]);
            (whole.is_empty() && digits(fraction, 10))
                || (digits(whole, 10) && (fraction.is_empty() || digits(fraction, 10)))
        }
        None => digits(mantissa, 10),
    };
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e
            .strip_prefix(b"-")
            .or_else(|| e.strip_prefix(b"+"))
            .unwrap_or(e);
        digits(e, 10)
    });
    mantissa_ok && exponent_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(text: &str) -> bool {
        plain(text) == ScalarKind::Number
    }

    #[test]
    fn core_schema() {
        assert_eq!(plain("~"), ScalarKind::Null);
        assert_eq!(plain("True"), ScalarKind::Bool(true));
        for text in ["yes", "no", "on", "off", "y"] {
            assert_eq!(plain(text), ScalarKind::Text, "{text}");
        }
        for text in [
            "0", "80000", "-5", "+3", "80000.50", "1e3", "1.5E+2", ".5", "1.", ".inf", "-.Inf",
            ".nan", "0x7E9", "0o17", "075016",
        ] {
            assert!(number(text), "{text}");
        }
        for text in [
            "1_000",
            "80.000,50",
            "1.2.3",
            "e3",
            "0x",
            "abc",
            "2022-11-28",
            "-",
            ".",
        ] {
            assert!(!number(text), "{text}");
        }
    }
}
