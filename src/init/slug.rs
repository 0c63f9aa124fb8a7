//! Ids from names: lowercase ASCII words joined by dashes.

/// The slug of a name: `Città di Gallipoli` → `citta-di-gallipoli`. Accented
/// vowels lose their accent; anything else that is not a letter or digit
/// separates words.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn folds_accents_and_joins_words() {
        assert_eq!(slug("Città di Gallipoli"), "citta-di-gallipoli");
        assert_eq!(
            slug("  Zona Sociale n. 10 — Terni "),
            "zona-sociale-n-10-terni"
        );
        assert_eq!(slug("***"), "");
    }
}
