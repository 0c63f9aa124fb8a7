//! The cents parser on arbitrary text: never panics, and what it accepts it writes
//! back in a form that parses to the same amount.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pdz::model::Cents;

fuzz_target!(|text: &str| {
    if let Ok(cents) = Cents::parse(text) {
        assert!(cents.get() >= 0, "{text:?} parsed negative");
        assert_eq!(
            Cents::parse(&cents.to_plain()).ok(),
            Some(cents),
            "{text:?}"
        );
        assert_eq!(
            Cents::parse(&cents.to_fixed()).ok(),
            Some(cents),
            "{text:?}"
        );
    }
});
