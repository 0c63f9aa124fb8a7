//! How many findings the formats for people and CI logs show: at most [`MAX_PER_FILE`]
//! per file and [`MAX_SHOWN`] in all, then one line saying how many more there were.
//! A plan of 10,000 mistakes still prints a few hundred, in time and space bounded.

use foldhash::HashMap;

use crate::i18n::{self, Lang, Message};
use crate::model::FileId;

/// Most findings shown whose primary label is in one file.
pub const MAX_PER_FILE: usize = 100;

/// Most findings shown in one output.
pub const MAX_SHOWN: usize = 500;

/// The findings shown so far, per file and in all, and those left out.
#[derive(Default)]
pub struct Cap {
    per_file: HashMap<(usize, FileId), usize>,
    shown: usize,
    hidden: usize,
}

impl Cap {
    /// Whether a finding of `file` (of the `plan`-th plan of the output) is shown;
    /// counts it either way.
    pub fn admit(&mut self, plan: usize, file: FileId) -> bool {
        let in_file = self.per_file.entry((plan, file)).or_default();
        if *in_file >= MAX_PER_FILE || self.shown >= MAX_SHOWN {
            self.hidden += 1;
            return false;
        }
        *in_file += 1;
        self.shown += 1;
        true
    }

    /// `… and N more findings not shown …`, if any were left out.
    pub fn more(&self, lang: Lang) -> Option<String> {
        (self.hidden > 0).then(|| {
            let more = Message::new("findings-not-shown")
                .with("count", self.hidden)
                .with("per_file", MAX_PER_FILE)
                .with("shown", MAX_SHOWN);
            i18n::tr(lang, &more)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_per_file_and_in_all() {
        let mut cap = Cap::default();
        let a: usize = (0..150).filter(|_| cap.admit(0, FileId(0))).count();
        assert_eq!(a, MAX_PER_FILE);
        // The same file id of another plan is another file.
        let b = (0..150).filter(|_| cap.admit(1, FileId(0))).count();
        assert_eq!(b, MAX_PER_FILE);
        let rest = (0..1_000)
            .filter(|i| cap.admit(2, FileId(*i as u32)))
            .count();
        assert_eq!(rest, MAX_SHOWN - 2 * MAX_PER_FILE);
        assert_eq!(cap.hidden, 100 + 1_000 - rest);
        let more = cap.more(Lang::En).unwrap();
        assert!(more.contains("800 more findings not shown"), "{more}");
        assert!(Cap::default().more(Lang::It).is_none());
    }
}
