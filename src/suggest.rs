//! "Did you mean ...?": the closest known word to a mistyped one.

/// Longest word compared, in bytes.
const MAX_WORD_BYTES: usize = 100;

/// The candidate most similar to `word`, if one is similar enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    // Similarity takes time in the product of the lengths: no suggestion for words longer
    // than any real id or field name, so a hostile plan of long ids cannot stall the check.
    if word.len() > MAX_WORD_BYTES {
        return None;
    }
    let word = word.to_lowercase();
    candidates
        .into_iter()
        .filter(|candidate| candidate.len() <= MAX_WORD_BYTES)
        .map(|candidate| (similarity(&word, candidate), candidate))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}

fn similarity(word: &str, candidate: &str) -> f64 {
    let jaro = strsim::jaro_winkler(word, candidate);
    // Short edit distances count too: `fnsp` for `fnps`, `2021` for `2022`.
    let distance = strsim::damerau_levenshtein(word, candidate);
    let longest = word.chars().count().max(candidate.chars().count()).max(1);
    let edit = if distance <= 2 && distance * 3 <= longest {
        0.9 - 0.05 * distance as f64
    } else {
        0.0
    };
    jaro.max(edit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_words_get_no_suggestion() {
        let long = "a".repeat(MAX_WORD_BYTES + 1);
        let near = format!("{}b", &long[1..]);
        assert_eq!(closest(&long, [near.as_str()]), None);
        assert_eq!(closest(&near, [long.as_str()]), None);
        let fits = "a".repeat(MAX_WORD_BYTES);
        assert_eq!(closest(&fits, [fits.as_str()]), Some(fits.as_str()));
    }

    #[test]
    fn finds_typos_not_strangers() {
        let funds = ["fnps-2021", "fnps-2022", "qsfp-2021", "fna-2021"];
        assert_eq!(closest("fnps-2012", funds), Some("fnps-2021"));
        assert_eq!(closest("fnsp-2022", funds), Some("fnps-2022"));
        assert_eq!(closest("nmae", ["name", "id", "area"]), Some("name"));
        assert_eq!(closest("Minori", ["minori", "famiglie"]), Some("minori"));
        assert_eq!(closest("budget", ["name", "id", "area"]), None);
        assert_eq!(closest("x", ["name"]), None);
    }
}
