//! The built-in catalogues: national LEPS and fund programmes with their rules.
//!
//! They are data files (`leps.yaml`, `programmes.yaml`) compiled into the
//! binary and read with the same loader as plans, so every entry is held to
//! the plan format and keeps its legal source.

pub mod parameters;

use std::sync::OnceLock;

use crate::load::file_sections::{self, FileSections};
use crate::load::lower::{Lower, programme};
use crate::model::{FileId, Id, Leps, Programme};
use crate::yaml::Attempt;

const LEPS: &str = include_str!("leps.yaml");
const PROGRAMMES: &str = include_str!("programmes.yaml");

/// National LEPS and built-in programmes.
#[derive(Debug, Default)]
pub struct Builtin {
    pub leps: Vec<Leps>,
    pub programmes: Vec<Programme>,
}

/// The built-in catalogues, read once.
pub fn builtin() -> &'static Builtin {
    static BUILTIN: OnceLock<Builtin> = OnceLock::new();
    // The data is compiled in and tested to read cleanly; should it not, the
    // plan's references to it are reported as unknown rather than crashing.
    BUILTIN.get_or_init(|| read().unwrap_or_default())
}

/// Reads the catalogues, or says what is wrong with them.
pub fn read() -> Result<Builtin, String> {
    let mut lower = Lower::default();
    let leps = decode(LEPS, &mut lower)?
        .leps
        .iter()
        .filter_map(Attempt::as_option)
        .map(|entry| Leps {
            id: Id::unchecked(&entry.id.value.0),
            name: entry.name.clone().unwrap_or_default(),
            required: entry.required.unwrap_or(true),
            source: entry.source.clone(),
            url: entry.url.clone(),
            from: entry
                .from
                .as_ref()
                .and_then(|y| lower.year(y))
                .map(|y| y.value),
            until: entry
                .until
                .as_ref()
                .and_then(|y| lower.year(y))
                .map(|y| y.value),
            reason: entry.reason.clone(),
            declared_at: None,
        })
        .collect();
    let programmes = decode(PROGRAMMES, &mut lower)?
        .programmes
        .iter()
        .filter_map(Attempt::as_option)
        .filter_map(|entry| programme(entry, &mut lower))
        .map(|p| Programme {
            declared_at: None,
            ..p
        })
        .collect();
    if !lower.findings.is_empty() {
        return Err(format!("{:?}", lower.findings));
    }
    Ok(Builtin { leps, programmes })
}

fn decode(text: &str, lower: &mut Lower) -> Result<FileSections, String> {
    let decoded =
        file_sections::decode(text, FileId(u32::MAX), lower).map_err(|p| format!("{p:?}"))?;
    match decoded.value {
        Some(file) if decoded.problems.is_empty() => Ok(file),
        _ => Err(format!("{:?}", decoded.problems)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::FundKind;

    #[test]
    fn catalogues_read_cleanly_with_sources() {
        let builtin = read().unwrap();
        assert_eq!(builtin.leps.len(), 18);
        // Every level has its act, the year it applies from, and a reason when not required.
        for leps in &builtin.leps {
            assert!(leps.source.is_some() && leps.from.is_some(), "{}", leps.id);
            assert!(leps.required || leps.reason.is_some(), "{}", leps.id);
        }
        assert_eq!(builtin.programmes.len(), 30);
        // Every programme and every rule parameter has its act.
        for p in &builtin.programmes {
            assert!(p.source.is_some(), "{}", p.id);
            assert!(
                p.rules.earmarks.iter().all(|e| e.source.is_some()),
                "{}",
                p.id
            );
            assert!(p.rules.cap.iter().all(|c| c.source.is_some()), "{}", p.id);
            assert!(
                p.rules.spend_by.iter().all(|d| d.source.is_some()),
                "{}",
                p.id
            );
            assert!(p.rules.scope.iter().all(|s| s.source.is_some()), "{}", p.id);
        }
        let pnrr: Vec<_> = builtin
            .programmes
            .iter()
            .filter(|p| p.kind == FundKind::Pnrr)
            .map(|p| {
                (
                    p.id.as_str(),
                    p.rules.cap.as_ref().map(|c| c.value.to_plain()),
                )
            })
            .collect();
        assert_eq!(
            pnrr,
            [
                ("pnrr-m5c2-1.1.1", Some("211500".into())),
                ("pnrr-m5c2-1.1.2", Some("2460000".into())),
                ("pnrr-m5c2-1.1.3", Some("330000".into())),
                ("pnrr-m5c2-1.1.4", Some("210000".into())),
                ("pnrr-m5c2-1.2", Some("715000".into())),
                ("pnrr-m5c2-1.3.1", Some("710000".into())),
                ("pnrr-m5c2-1.3.2", Some("1090000".into())),
            ]
        );
        let fnps = builtin
            .programmes
            .iter()
            .find(|p| p.id.as_str() == "fnps")
            .unwrap();
        // 40 % for the annualità 2019, 50 % from 2020, for minors only, on the Region's quota.
        let shares: Vec<_> = fnps
            .rules
            .earmarks
            .iter()
            .map(|e| (e.min_share, e.from.map(|y| y.to_string())))
            .collect();
        assert_eq!(
            shares,
            [(4000, Some("2019".into())), (5000, Some("2020".into()))]
        );
        assert!(
            fnps.rules
                .earmarks
                .iter()
                .all(|e| e.targets == [crate::model::Target::Minori]
                    && e.binds == crate::model::Binds::Region)
        );
        let fna = builtin
            .programmes
            .iter()
            .find(|p| p.id.as_str() == "fna")
            .unwrap();
        assert_eq!(
            fna.rules.earmarks[0].targets,
            [crate::model::Target::DisabilitaGravissima]
        );
    }
}
