//! What a user or a catalogue reads besides the code: the licence files the manifest
//! names, and `publiccode.yml` for the Developers Italia catalogue: its required fields
//! (standard 0.4) and their agreement with the manifest are asserted here; its values
//! against the standard's lists are checked by TypeScript with SchemaStore's definitions
//! (`ci_clients.rs`; the reference parser is a Go program no registry here serves).

use std::path::Path;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_licences_the_manifest_names_are_there() {
    assert_eq!(env!("CARGO_PKG_LICENSE"), "MIT OR Apache-2.0");
    let mit = read("LICENSE-MIT");
    assert!(mit.starts_with("Copyright (c) 2026 The pdz authors\n"));
    assert!(mit.contains("Permission is hereby granted, free of charge"));
    let apache = read("LICENSE-APACHE");
    assert!(apache.contains("Apache License\n                        Version 2.0, January 2004"));
    assert!(apache.trim_end().ends_with("END OF TERMS AND CONDITIONS"));
}

#[test]
fn publiccode_yml_has_the_required_fields_and_agrees_with_the_manifest() {
    let code = crate::common::yaml_value(&read("publiccode.yml")).unwrap();
    assert_eq!(code["publiccodeYmlVersion"], "0.4");
    assert_eq!(code["name"], "pdz");
    assert_eq!(code["url"], env!("CARGO_PKG_REPOSITORY"));
    assert_eq!(code["softwareVersion"], env!("CARGO_PKG_VERSION"));
    assert_eq!(code["legal"]["license"], env!("CARGO_PKG_LICENSE"));
    let closed = |field: &str, allowed: &[&str]| {
        let value = code[field].as_str().unwrap_or_else(|| panic!("{field}"));
        assert!(allowed.contains(&value), "{field}: {value}");
    };
    closed(
        "developmentStatus",
        &["concept", "development", "beta", "stable", "obsolete"],
    );
    closed(
        "softwareType",
        &[
            "standalone/mobile",
            "standalone/iot",
            "standalone/desktop",
            "standalone/web",
            "standalone/backend",
            "standalone/other",
            "addon",
            "library",
            "configurationFiles",
        ],
    );
    for platform in code["platforms"].as_array().unwrap() {
        let platform = platform.as_str().unwrap();
        assert!(
            ["web", "windows", "mac", "linux", "ios", "android"].contains(&platform),
            "{platform}"
        );
    }
    assert!(!code["categories"].as_array().unwrap().is_empty());
    assert_eq!(code["maintenance"]["type"], "community");
    assert_eq!(code["localisation"]["localisationReady"], true);
    assert_eq!(
        code["localisation"]["availableLanguages"],
        serde_json::json!(["it", "en"])
    );
    for lang in ["it", "en"] {
        let description = &code["description"][lang];
        let short = description["shortDescription"].as_str().unwrap();
        assert!(short.chars().count() <= 150, "{lang}: {short}");
        let long = description["longDescription"].as_str().unwrap();
        let length = long.chars().count();
        assert!((150..=10000).contains(&length), "{lang}: {length}");
        assert!(!description["features"].as_array().unwrap().is_empty());
    }
}
