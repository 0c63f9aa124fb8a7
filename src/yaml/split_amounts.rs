//! Italian amounts cut in two by a flow mapping: in `{ fnps-2024: 250.000,00 }`
//! the comma ends the entry, so YAML reads the amount `250.000` and a key `00`
//! with no value. An Italian writer meant one amount; it is put back together
//! (`250.000,00`) so that it is reported once, with the right fix.

use std::borrow::Cow;

use super::item::{Item, ItemKind, Scalar, ScalarKind};

/// Whether a mapping's value may be the first half of a split amount: `250`, `250.000`.
pub fn may_be_split(value: &Item) -> bool {
    value.text().is_some_and(|text| thousands_grouped(text))
}

/// The value `250.000` followed by the key `00` (written `,00` with no space around the
/// comma) and that key's empty value, as one amount; `None` when they are not that.
/// `text` is the source the spans point into.
pub fn rejoin<'a>(
    value: &Item<'a>,
    key: &Item<'a>,
    key_value: &Item<'a>,
    text: &str,
) -> Option<Item<'a>> {
    let amount = value.text()?;
    let cents = key.text()?;
    let between = text.get(value.end as usize..key.start as usize);
    let split = key_value.is_null()
        && between == Some(",")
        && (1..=2).contains(&cents.len())
        && cents.bytes().all(|b| b.is_ascii_digit())
        && thousands_grouped(amount);
    split.then(|| Item {
        kind: ItemKind::Scalar(Scalar {
            text: Cow::Owned(format!("{amount},{cents}")),
            kind: ScalarKind::Text,
        }),
        start: value.start,
        end: key.end,
    })
}

/// `250`, `250.000`, `1.250.000`: digits, grouped by dots in threes after the first group.
fn thousands_grouped(text: &str) -> bool {
    let bytes = text.as_bytes();
    let first = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let rest = &bytes[first..];
    first > 0
        && rest.len().is_multiple_of(4)
        && rest
            .chunks_exact(4)
            .all(|group| group[0] == b'.' && group[1..].iter().all(u8::is_ascii_digit))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::marker::PhantomData;

    use crate::model::FileId;

    /// The mapping's entries as read, and the text of `key`.
    fn value_of(text: &str, key: &str) -> (Option<String>, usize) {
        let map = PhantomData::<BTreeMap<String, Option<String>>>;
        let decoded = super::super::decode(text, FileId(0), map).unwrap();
        let map = decoded.value.unwrap();
        (map.get(key).cloned().flatten(), map.len())
    }

    #[test]
    fn an_italian_amount_split_by_a_flow_comma_is_one_value() {
        assert_eq!(
            value_of("{ a: 250.000,00 }", "a"),
            (Some("250.000,00".into()), 1)
        );
        assert_eq!(
            value_of("{ a: 1.250.000,50, b: 2 }", "a"),
            (Some("1.250.000,50".into()), 2)
        );
        assert_eq!(value_of("{ a: 12000,5 }", "a"), (Some("12000,5".into()), 1));
    }

    #[test]
    fn real_entries_are_left_alone() {
        // A space after the comma, a key with a value, a key that is not cents.
        assert_eq!(value_of("{ a: 250, 00 }", "a").1, 2);
        assert_eq!(value_of("{ a: 250,00: 1 }", "a").1, 2);
        assert_eq!(value_of("{ a: 250,abc }", "a").1, 2);
        assert_eq!(value_of("{ a: 25.00,00 }", "a").1, 2);
    }

    #[test]
    fn thousands_are_grouped_by_three() {
        for grouped in ["250", "250.000", "1.250.000", "0"] {
            assert!(super::thousands_grouped(grouped), "{grouped}");
        }
        for other in [
            "",
            ".000",
            "250.",
            "250.00",
            "1.2500",
            "1,250",
            "a.000",
            "1.000.0a0",
        ] {
            assert!(!super::thousands_grouped(other), "{other}");
        }
    }
}
