//! The seed scenarios in `examples/`: each passes `pdz check` and its report shows
//! what its README says it shows.

use crate::common::pdz;

fn report(args: &[&str]) -> String {
    let run = pdz(args);
    assert_eq!(run.code, 0, "pdz {}: {}", args.join(" "), run.stderr);
    run.stdout
}

#[test]
fn terni_serves_all_eight_comuni_with_every_intervention() {
    let md = report(&[
        "report",
        "comuni",
        "examples/terni-zona-sociale-10",
        "--format",
        "md",
    ]);
    for comune in [
        "Terni",
        "Acquasparta",
        "Arrone",
        "Ferentillo",
        "Montefranco",
        "Polino",
        "San Gemini",
        "Stroncone",
    ] {
        let row = md
            .lines()
            .find(|l| l.starts_with(&format!("| {comune} |")))
            .unwrap_or_else(|| panic!("{comune} in:\n{md}"));
        assert!(
            row.contains("| 8 |"),
            "all 8 interventions reach {comune}: {row}"
        );
    }
    assert!(md.contains("**130.229**"), "residents at 31/12/2020: {md}");
    let check = pdz(&["check", "examples/terni-zona-sociale-10"]);
    assert_eq!(check.code, 0);
    assert!(
        check.stdout.contains("pnrr-missing-cup"),
        "{}",
        check.stdout
    );
}

#[test]
fn the_segretariato_keeps_its_promise_in_indicators() {
    let md = report(&[
        "report",
        "interventions",
        "examples/segretariato-potenziato",
        "--detail",
        "--format",
        "md",
    ]);
    assert!(
        md.contains("| Ore di apertura settimanali | ore | 6 | 21 |"),
        "{md}"
    );
    assert!(
        md.contains("| Utenti al mese | persone | 50 | 120 |"),
        "{md}"
    );
    assert!(md.contains("Cooperativa sociale La Gardenia"), "{md}");
}

#[test]
fn piombino_puts_each_need_beside_the_interventions_of_its_area() {
    let md = report(&[
        "report",
        "needs",
        "examples/piombino-tavolo-tecnico",
        "--format",
        "md",
    ]);
    for (area, money) in [
        ("Povertà ed emergenza abitativa", "€ 270.000,00"),
        ("Minori e famiglie", "€ 105.000,00"),
        ("Disabilità", "€ 75.000,00"),
    ] {
        assert!(md.contains(&format!("| **{area}** |")), "{area}: {md}");
        assert!(md.contains(&format!("**{money}**")), "{money}: {md}");
    }
}

#[test]
fn cremona_splits_the_co_financing_by_population_to_the_cent() {
    let md = report(&[
        "report",
        "comuni",
        "examples/cremona-riorganizzazione",
        "--format",
        "md",
    ]);
    let total = md
        .lines()
        .find(|l| l.starts_with("| **Totale**"))
        .expect("a total row");
    for amount in [
        "€ 600.000,00",
        "€ 640.000,00",
        "€ 680.000,00",
        "€ 1.920.000,00",
    ] {
        assert!(total.contains(amount), "{amount} in {total}");
    }
    let summary = report(&[
        "report",
        "summary",
        "examples/cremona-riorganizzazione",
        "--format",
        "md",
    ]);
    assert!(
        summary.contains("€ 1.500.000,00"),
        "the ASL's money by kind: {summary}"
    );
}
