//! What a plain scalar means under the YAML 1.2 core schema: null, boolean, number or text.
//!
//! Only `true`/`false` (any case style) are booleans, so `yes`, `no` and `on`
//! stay text; numbers keep the text written, so no amount passes through a float.

use super::item::ScalarKind;

/// What a plain (unquoted) scalar stands for.
pub fn plain(text: &str) -> ScalarKind {
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
    let digits = |s: &str, radix: u32| !s.is_empty() && s.chars().all(|c| c.is_digit(radix));
    if let Some(hex) = text.strip_prefix("0x") {
        return digits(hex, 16);
    }
    if let Some(octal) = text.strip_prefix("0o") {
        return digits(octal, 8);
    }
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    if matches!(unsigned, ".inf" | ".Inf" | ".INF") || matches!(text, ".nan" | ".NaN" | ".NAN") {
        return true;
    }
    let (mantissa, exponent) = match unsigned.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e)),
        None => (unsigned, None),
    };
    let mantissa_ok = match mantissa.split_once('.') {
        Some((whole, fraction)) => {
            (whole.is_empty() && digits(fraction, 10))
                || (digits(whole, 10) && (fraction.is_empty() || digits(fraction, 10)))
        }
        None => digits(mantissa, 10),
    };
    let exponent_ok = exponent.is_none_or(|e| digits(e.strip_prefix(['-', '+']).unwrap_or(e), 10));
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
