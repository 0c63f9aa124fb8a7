//! `staffing`: the social-worker ratio against 1:5,000 and 1:4,000, and the contribution bands.

use super::context::Context;
use super::model::{Block, Cell, Report, Role, Row, Table};
use crate::analyse::Staffing;
use crate::analyse::staffing::{
    CONTRIBUTION_START_RESIDENTS, FIRST_BAND, LEP_RESIDENTS, OBJECTIVE_RESIDENTS, SECOND_BAND,
};
use crate::i18n::Message;
use crate::model::{Contract, Hundredths};

pub fn build(cx: &Context) -> Report {
    let Some(staffing) = Staffing::of(cx.plan) else {
        return Report {
            id: "staffing",
            title: cx.t("report-staffing"),
            blocks: vec![Block::Paragraph {
                text: cx.t("staffing-no-staff"),
            }],
            tidy: None,
        };
    };
    let fte = |h: Hundredths| Cell::Decimal(u128::from(h.get()));
    let ratio = |residents: Option<u64>| {
        residents.map_or_else(
            || cx.t("staffing-none"),
            |r| cx.tr(Message::new("staffing-one-every").with("residents", r)),
        )
    };
    let needed = |residents| Cell::Count(u128::from(staffing.needed(residents)));
    let facts = Table {
        id: "ratio",
        title: cx.t("staffing-ratio-table"),
        columns: vec![cx.t("col-item"), cx.t("col-value")],
        rows: vec![
            Row::item(vec![
                Cell::Text(cx.t("fact-population")),
                Cell::Count(u128::from(staffing.population)),
            ]),
            Row::item(vec![
                Cell::Text(cx.t("staffing-permanent")),
                fte(staffing.permanent),
            ]),
            Row::item(vec![
                Cell::Text(cx.t("staffing-ratio-now")),
                Cell::Text(ratio(staffing.residents_per_worker())),
            ]),
            Row::item(vec![Cell::Text(cx.t("staffing-all")), fte(staffing.all)]),
            Row::item(vec![
                Cell::Text(cx.t("staffing-ratio-all")),
                Cell::Text(ratio(staffing.residents_per_any_worker())),
            ]),
            Row::item(vec![
                Cell::Text(cx.t("staffing-needed-lep")),
                needed(LEP_RESIDENTS),
            ]),
            Row::item(vec![
                Cell::Text(cx.t("staffing-needed-objective")),
                needed(OBJECTIVE_RESIDENTS),
            ]),
            Row::item(vec![
                Cell::Text(cx.t("staffing-meets-lep")),
                Cell::Check(staffing.meets(LEP_RESIDENTS)),
            ]),
            Row::item(vec![
                Cell::Text(cx.t("staffing-meets-lep-all")),
                Cell::Check(staffing.all_meet(LEP_RESIDENTS)),
            ]),
        ],
    };

    let now = staffing.contribution();
    let at_lep = staffing.contribution_at(LEP_RESIDENTS);
    let at_objective = staffing.contribution_at(OBJECTIVE_RESIDENTS);
    let band_row =
        |label: Message,
         per_worker,
         pick: fn(&crate::analyse::Contribution) -> crate::model::Cents| {
            Row::item(vec![
                Cell::Text(cx.tr(label)),
                Cell::Money(per_worker),
                Cell::Money(pick(&now)),
                Cell::Money(pick(&at_lep)),
                Cell::Money(pick(&at_objective)),
            ])
        };
    let bands = Table {
        id: "bands",
        title: cx.t("staffing-bands"),
        columns: vec![
            cx.t("col-band"),
            cx.t("col-per-worker"),
            cx.t("col-contribution-now"),
            cx.tr(Message::new("col-contribution-lep")
                .with("workers", staffing.needed(LEP_RESIDENTS))),
            cx.tr(Message::new("col-contribution-objective")
                .with("workers", staffing.needed(OBJECTIVE_RESIDENTS))),
        ],
        rows: vec![
            band_row(
                Message::new("staffing-band")
                    .with("from", CONTRIBUTION_START_RESIDENTS)
                    .with("to", LEP_RESIDENTS),
                FIRST_BAND,
                |c| c.first_band,
            ),
            band_row(
                Message::new("staffing-band")
                    .with("from", LEP_RESIDENTS)
                    .with("to", OBJECTIVE_RESIDENTS),
                SECOND_BAND,
                |c| c.second_band,
            ),
            Row::new(
                Role::Total,
                vec![
                    Cell::Text(cx.t("row-total")),
                    Cell::Empty,
                    Cell::Money(now.total()),
                    Cell::Money(at_lep.total()),
                    Cell::Money(at_objective.total()),
                ],
            ),
        ],
    };

    let staff = cx.plan.staff.as_deref().unwrap_or_default();
    let mut list = Table {
        id: "staff",
        title: cx.t("staffing-list"),
        columns: vec![cx.t("col-role"), cx.t("col-contract"), cx.t("col-fte")],
        rows: staff
            .iter()
            .map(|s| {
                Row::item(vec![
                    Cell::Text(cx.role_label(&s.role.value)),
                    Cell::Text(s.contract.map_or_else(String::new, |c| contract(cx, c))),
                    fte(s.fte.value),
                ])
            })
            .collect(),
    };
    list.rows.push(Row::new(
        Role::Total,
        vec![
            Cell::Text(cx.t("row-total")),
            Cell::Empty,
            fte(staff.iter().map(|s| s.fte.value).sum()),
        ],
    ));
    Report {
        id: "staffing",
        title: cx.t("report-staffing"),
        blocks: vec![Block::Table(facts), Block::Table(bands), Block::Table(list)],
        tidy: None,
    }
}

fn contract(cx: &Context, contract: Contract) -> String {
    cx.t(match contract {
        Contract::Permanent => "contract-permanent",
        Contract::FixedTerm => "contract-fixed-term",
        Contract::External => "contract-external",
    })
}
