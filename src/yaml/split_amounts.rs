//! Italian amounts cut in two by a flow mapping: in `{ fnps-2024: 250.000,00 }`
//! the comma ends the entry, so YAML reads the amount `250.000` and a key `00`
//! with no value. An Italian writer meant one amount; it is put back together
//! (`250.000,00`) so that it is reported once, with the right fix.

use super::node::{Node, NodeKind, Scalar};

/// Rejoins, everywhere in `node`, an amount split by a comma in a flow mapping.
/// `text` is the source the spans point into.
pub fn rejoin(node: &mut Node, text: &str) {
    match &mut node.kind {
        NodeKind::List(items) => items.iter_mut().for_each(|item| rejoin(item, text)),
        NodeKind::Mapping(entries) => {
            let mut i = 0;
            while i < entries.len() {
                if i + 1 < entries.len() && is_split(&entries[i].1, &entries[i + 1], text) {
                    let (cents_key, _) = entries.remove(i + 1);
                    let value = &mut entries[i].1;
                    if let NodeKind::Scalar(scalar) = &value.kind {
                        let cents = cents_key.as_text().unwrap_or_default();
                        value.kind = NodeKind::Scalar(Scalar {
                            text: format!("{},{cents}", scalar.text),
                            number: false,
                        });
                    }
                    value.end = cents_key.end;
                }
                rejoin(&mut entries[i].1, text);
                i += 1;
            }
        }
        NodeKind::Null | NodeKind::Bool(_) | NodeKind::Scalar(_) => {}
    }
}

/// `250.000` then `,00:` with no value, written with no space around the comma.
fn is_split(value: &Node, next: &(Node, Node), text: &str) -> bool {
    let (key, key_value) = next;
    let NodeKind::Scalar(amount) = &value.kind else {
        return false;
    };
    let Some(cents) = key.as_text() else {
        return false;
    };
    let between = text.get(value.end as usize..key.start as usize);
    matches!(key_value.kind, NodeKind::Null)
        && between == Some(",")
        && (1..=2).contains(&cents.len())
        && cents.bytes().all(|b| b.is_ascii_digit())
        && thousands_grouped(&amount.text)
}

/// `250`, `250.000`, `1.250.000`: digits, grouped by dots in threes after the first group.
fn thousands_grouped(text: &str) -> bool {
    let mut groups = text.split('.');
    let first = groups.next().unwrap_or_default();
    !first.is_empty()
        && first.bytes().all(|b| b.is_ascii_digit())
        && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::*;

    fn value_of(text: &str, key: &str) -> (Option<String>, usize) {
        let node = parse(text).unwrap();
        let entries = match &node.kind {
            NodeKind::Mapping(entries) => entries.len(),
            _ => 0,
        };
        (
            node.get(key).and_then(|n| n.as_text()).map(str::to_string),
            entries,
        )
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
}
