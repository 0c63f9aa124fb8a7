//! Closed word lists of the plan format (targets, management modes, ...).

/// A domain enum written in plan files as one of a fixed set of words.
pub trait Vocabulary: Copy + Sized + 'static {
    /// Every word with its value, in the order the format documents them.
    const WORDS: &'static [(&'static str, Self)];

    /// The value a word stands for.
    fn from_word(word: &str) -> Option<Self> {
        Self::WORDS
            .iter()
            .find(|(w, _)| *w == word)
            .map(|(_, v)| *v)
    }

    /// The word that stands for this value.
    fn word(self) -> &'static str
    where
        Self: PartialEq,
    {
        Self::WORDS
            .iter()
            .find(|(_, v)| *v == self)
            .map_or("", |(w, _)| w)
    }

    /// Every word, for messages and the JSON Schema.
    fn words() -> impl Iterator<Item = &'static str> {
        Self::WORDS.iter().map(|(w, _)| *w)
    }
}

/// Declares a fieldless enum together with its [`Vocabulary`] words.
macro_rules! vocabulary {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $word:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($(#[$vmeta])* $variant,)+ }

        impl $crate::model::Vocabulary for $name {
            const WORDS: &'static [(&'static str, Self)] = &[$(($word, $name::$variant),)+];
        }
    };
}
pub(crate) use vocabulary;
