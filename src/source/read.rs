//! Reading one file: size limit, UTF-8 check, byte-order mark.

use std::path::Path;

use crate::limits;

/// What went wrong reading a file.
#[derive(Debug)]
pub enum ReadProblem {
    Io(std::io::Error),
    /// Larger than [`limits::MAX_FILE_BYTES`].
    TooLarge {
        bytes: u64,
    },
    /// Not UTF-8: the text (with U+FFFD in place of bad bytes) and the offset of the first bad byte.
    NotUtf8 {
        lossy: String,
        offset: usize,
    },
}

/// Reads a plan file as text, without its byte-order mark.
pub fn read_text(path: &Path) -> Result<String, ReadProblem> {
    let bytes_on_disk = std::fs::metadata(path).map_err(ReadProblem::Io)?.len();
    if bytes_on_disk > limits::MAX_FILE_BYTES {
        return Err(ReadProblem::TooLarge {
            bytes: bytes_on_disk,
        });
    }
    let bytes = std::fs::read(path).map_err(ReadProblem::Io)?;
    decode_text(bytes)
}

/// Checks UTF-8 and drops a leading byte-order mark.
pub fn decode_text(mut bytes: Vec<u8>) -> Result<String, ReadProblem> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        ReadProblem::NotUtf8 {
            lossy: String::from_utf8_lossy(e.as_bytes()).into_owned(),
            offset,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_bom_and_reports_bad_byte() {
        assert_eq!(decode_text(b"\xEF\xBB\xBFa: 1".to_vec()).unwrap(), "a: 1");
        match decode_text(b"a: 1\nb: \xFF\n".to_vec()) {
            Err(ReadProblem::NotUtf8 { lossy, offset }) => {
                assert_eq!(offset, 8);
                assert_eq!(&lossy[..offset], "a: 1\nb: ");
            }
            other => panic!("{other:?}"),
        }
    }
}
