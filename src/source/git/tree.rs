//! The entries of a tree, from `git ls-tree -r -z -l`: each with its object id, so that
//! no file is ever asked of git by its name (a name may hold a newline, or not be UTF-8).

/// One entry of a tree listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// `100644`, `100755` for files, `120000` for symbolic links, `160000` for submodules.
    pub mode: String,
    /// `blob` for files and symbolic links, `commit` for submodules.
    pub kind: String,
    /// The object id, in hexadecimal: only `[0-9a-f]`.
    pub oid: String,
    /// The blob's size in bytes; `None` for what is not a blob.
    pub size: Option<u64>,
    /// The path from the repository's root, as git stores it: any bytes but NUL.
    pub name: Vec<u8>,
}

impl Entry {
    /// Whether the entry is a blob: something that can be read as a file.
    pub fn is_blob(&self) -> bool {
        self.kind == "blob"
    }

    /// Whether the entry is a symbolic link (a blob holding the path it points at).
    pub fn is_link(&self) -> bool {
        self.mode == "120000"
    }
}

/// Parses a NUL-separated long listing, `<mode> <type> <oid> <size>\t<path>\0` per entry.
/// `None` if an entry does not have that shape: git said something unexpected.
pub fn parse_listing(listing: &[u8]) -> Option<Vec<Entry>> {
    listing
        .split(|b| *b == 0)
        .filter(|record| !record.is_empty())
        .map(parse_entry)
        .collect()
}

/// One record of the listing. The path follows the first tab: the fields before it hold
/// no tab, the path may hold anything.
fn parse_entry(record: &[u8]) -> Option<Entry> {
    let tab = record.iter().position(|b| *b == b'\t')?;
    let (meta, name) = (&record[..tab], &record[tab + 1..]);
    let meta = std::str::from_utf8(meta).ok()?;
    let mut fields = meta.split_whitespace();
    let (mode, kind, oid, size) = (
        fields.next()?,
        fields.next()?,
        fields.next()?,
        fields.next()?,
    );
    if fields.next().is_some() || name.is_empty() || !is_object_id(oid) {
        return None;
    }
    let size = match size {
        "-" => None,
        digits => Some(digits.parse().ok()?),
    };
    Some(Entry {
        mode: mode.to_string(),
        kind: kind.to_string(),
        oid: oid.to_string(),
        size,
        name: name.to_vec(),
    })
}

/// A SHA-1 or SHA-256 object id: nothing that `git cat-file` could read as a name.
pub fn is_object_id(text: &str) -> bool {
    matches!(text.len(), 40 | 64) && text.bytes().all(|b| b.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    const OID: &str = "0123456789abcdef0123456789abcdef01234567";

    #[test]
    fn names_keep_newlines_tabs_and_bytes_that_are_not_utf8() {
        let listing = format!(
            "100644 blob {OID}      12\tplans/x/a\nb\t.yaml\0\
             160000 commit {OID}       -\tplans/x/sub.yaml\0"
        );
        let mut bytes = listing.into_bytes();
        bytes.extend_from_slice(format!("120000 blob {OID} 3\tplans/").as_bytes());
        bytes.extend_from_slice(b"\xff.yaml\0");
        let entries = parse_listing(&bytes).unwrap();
        assert_eq!(entries.len(), 3);
        assert_eq!(entries[0].name, b"plans/x/a\nb\t.yaml");
        assert_eq!((entries[0].size, entries[0].is_blob()), (Some(12), true));
        assert_eq!((entries[1].size, entries[1].is_blob()), (None, false));
        assert_eq!(entries[2].name, b"plans/\xff.yaml");
        assert!(entries[2].is_link() && !entries[0].is_link());
    }

    #[test]
    fn unexpected_shapes_are_refused() {
        for record in [
            "100644 blob nothex 1\ta.yaml\0".to_string(),
            format!("100644 blob {OID} 1 a.yaml\0"),
            format!("100644 blob {OID} x\ta.yaml\0"),
            format!("100644 blob {OID} 1\t\0"),
        ] {
            assert_eq!(parse_listing(record.as_bytes()), None, "{record:?}");
        }
        assert_eq!(parse_listing(b""), Some(Vec::new()));
    }
}
