//! The LEPS of servizio sociale professionale: social workers per resident,
//! and the State contribution it earns (L. 178/2020, art. 1, c. 797).
//!
//! Two counts, because the readings differ: the contribution counts only
//! permanent (*tempo indeterminato*) social workers, in full-time equivalents;
//! the LEP itself is worded on the social workers "impiegati nei servizi sociali
//! territoriali", which some readings take as every contract and others (the
//! DM 4/2/2021 monitoring) as permanent staff only.

use crate::model::{Cents, Contract, Hundredths, Plan, SOCIAL_WORKER_ROLE};

/// Residents per social worker at the LEP (1:5,000), the objective (1:4,000),
/// and the start of the contribution (1:6,500).
pub const LEP_RESIDENTS: u64 = 5_000;
pub const OBJECTIVE_RESIDENTS: u64 = 4_000;
pub const CONTRIBUTION_START_RESIDENTS: u64 = 6_500;

/// Yearly contribution per social worker beyond 1:6,500 up to 1:5,000, and beyond 1:5,000 up to 1:4,000.
pub const FIRST_BAND: Cents = Cents::from_euro(40_000);
pub const SECOND_BAND: Cents = Cents::from_euro(20_000);

/// The social-worker ratio of an ambito.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Staffing {
    pub population: u64,
    /// Permanent assistenti sociali, in full-time equivalents: the contribution's basis.
    pub permanent: Hundredths,
    /// Assistenti sociali with any contract (or none written), in full-time equivalents.
    pub all: Hundredths,
}

/// The yearly State contribution, by band.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Contribution {
    /// 40,000 € per social worker beyond 1:6,500 up to 1:5,000.
    pub first_band: Cents,
    /// 20,000 € per social worker beyond 1:5,000 up to 1:4,000.
    pub second_band: Cents,
}

impl Contribution {
    pub fn total(self) -> Cents {
        self.first_band + self.second_band
    }
}

impl Staffing {
    /// The ratio from the plan's `staff` section; `None` when the plan has none.
    pub fn of(plan: &Plan) -> Option<Staffing> {
        let staff = plan.staff.as_ref()?;
        let social_workers = || {
            staff
                .iter()
                .filter(|s| s.role.value.as_str() == SOCIAL_WORKER_ROLE)
        };
        Some(Staffing {
            population: plan.ambito.population(),
            permanent: social_workers()
                .filter(|s| s.contract == Some(Contract::Permanent))
                .map(|s| s.fte.value)
                .sum(),
            all: social_workers().map(|s| s.fte.value).sum(),
        })
    }

    /// Whether there is at least one permanent social worker per `residents` residents.
    pub fn meets(&self, residents: u64) -> bool {
        meets(self.permanent, self.population, residents)
    }

    /// Whether there is at least one social worker of any contract per `residents` residents.
    pub fn all_meet(&self, residents: u64) -> bool {
        meets(self.all, self.population, residents)
    }

    /// Residents per permanent social worker, rounded; `None` without any.
    pub fn residents_per_worker(&self) -> Option<u64> {
        residents_per(self.permanent, self.population)
    }

    /// Residents per social worker of any contract, rounded; `None` without any.
    pub fn residents_per_any_worker(&self) -> Option<u64> {
        residents_per(self.all, self.population)
    }

    /// Whole social workers needed for one per `residents` residents.
    pub fn needed(&self, residents: u64) -> u64 {
        self.population.div_ceil(residents)
    }

    /// The contribution the current permanent staff earns.
    pub fn contribution(&self) -> Contribution {
        contribution(self.population, i128::from(self.permanent.get()) * UNIT)
    }

    /// The contribution with the whole permanent social workers [`Self::needed`]
    /// for one per `residents` residents: the figure beside "needed" in reports.
    pub fn contribution_at(&self, residents: u64) -> Contribution {
        let workers = i128::from(self.needed(residents)) * 100 * UNIT;
        contribution(self.population, workers)
    }
}

fn meets(fte: Hundredths, population: u64, residents: u64) -> bool {
    u128::from(fte.get()) * u128::from(residents) >= u128::from(population) * 100
}

fn residents_per(fte: Hundredths, population: u64) -> Option<u64> {
    let fte = u128::from(fte.get());
    (fte > 0).then(|| ((u128::from(population) * 100 + fte / 2) / fte) as u64)
}

/// Counts of workers are compared in units of 1/(100 × 260,000) of a worker, 260,000 being
/// the least common multiple of 6,500, 5,000 and 4,000: every threshold is a whole number.
const UNIT: i128 = 260_000;

/// Workers for one per `residents` residents, in units.
fn workers_at(population: u64, residents: u64) -> i128 {
    i128::from(population) * 100 * UNIT / i128::from(residents)
}

/// The bands, exactly, each rounded half up to the cent.
fn contribution(population: u64, workers: i128) -> Contribution {
    let start = workers_at(population, CONTRIBUTION_START_RESIDENTS);
    let lep = workers_at(population, LEP_RESIDENTS);
    let objective = workers_at(population, OBJECTIVE_RESIDENTS);
    let band = |per_worker: Cents, from: i128, to: i128| {
        let workers_in_band = workers.clamp(from, to) - from;
        let divisor = 100 * UNIT;
        Cents::new((per_worker.get() * workers_in_band * 2 + divisor) / (divisor * 2))
    };
    Contribution {
        first_band: band(FIRST_BAND, start, lep),
        second_band: band(SECOND_BAND, lep, objective),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn staffing(population: u64, fte: &str) -> Staffing {
        Staffing {
            population,
            permanent: Hundredths::parse(fte).unwrap(),
            all: Hundredths::parse(fte).unwrap(),
        }
    }

    #[test]
    fn casarano_figures() {
        let s = staffing(70_345, "13");
        assert!(!s.meets(LEP_RESIDENTS));
        assert_eq!(s.residents_per_worker(), Some(5_411));
        assert_eq!(
            (s.needed(LEP_RESIDENTS), s.needed(OBJECTIVE_RESIDENTS)),
            (15, 18)
        );
        // 13 - 70,345/6,500 = 2.1776923... workers: 87,107.692 euro, rounded to the cent.
        assert_eq!(s.contribution().first_band, Cents::new(8_710_769));
        // 4 - 20,000/6,500 = 0.9230769... workers: 36,923.0769 euro rounds up to .08.
        assert_eq!(
            staffing(20_000, "4").contribution().first_band,
            Cents::new(3_692_308)
        );
        assert_eq!(s.contribution().second_band, Cents::ZERO);
    }

    #[test]
    fn bands_at_their_boundaries() {
        // 65,000 residents: 10 workers at 1:6,500, 13 at 1:5,000, 16.25 at 1:4,000.
        let at = |fte: &str| staffing(65_000, fte).contribution();
        assert_eq!(at("10").total(), Cents::ZERO);
        assert_eq!(at("9").total(), Cents::ZERO);
        assert_eq!(at("11").first_band, Cents::from_euro(40_000));
        assert_eq!(at("13").first_band, Cents::from_euro(120_000));
        assert_eq!(at("13").second_band, Cents::ZERO);
        assert_eq!(at("14").first_band, Cents::from_euro(120_000));
        assert_eq!(at("14").second_band, Cents::from_euro(20_000));
        assert_eq!(at("16.25").second_band, Cents::from_euro(65_000));
        assert_eq!(at("20").second_band, Cents::from_euro(65_000));
        assert!(staffing(65_000, "13").meets(LEP_RESIDENTS));
        assert!(!staffing(65_000, "12.99").meets(LEP_RESIDENTS));
        assert!(staffing(65_000, "16.25").meets(OBJECTIVE_RESIDENTS));
        assert_eq!(staffing(65_000, "0").residents_per_worker(), None);
    }

    #[test]
    fn contribution_at_the_workers_needed() {
        let s = staffing(70_345, "13");
        // 15 workers: 14.069 - 10.8223 = 3.246692 x 40,000 = 129,867.69 in the first band,
        // 15 - 14.069 = 0.931 x 20,000 = 18,620.00 in the second.
        let at_lep = s.contribution_at(LEP_RESIDENTS);
        assert_eq!(at_lep.first_band, Cents::new(12_986_769));
        assert_eq!(at_lep.second_band, Cents::new(1_862_000));
        assert_eq!(at_lep.total(), Cents::new(14_848_769));
        // 18 workers: beyond 17.58625 (1:4,000) nothing more: 70,345.00 in the second band.
        let at_objective = s.contribution_at(OBJECTIVE_RESIDENTS);
        assert_eq!(at_objective.total(), Cents::new(20_021_269));
    }

    #[test]
    fn two_readings_of_the_ratio() {
        // Casarano: 13 permanent and 4 fixed-term social workers for 70,345 residents.
        let s = Staffing {
            population: 70_345,
            permanent: Hundredths::parse("13").unwrap(),
            all: Hundredths::parse("17").unwrap(),
        };
        assert!(!s.meets(LEP_RESIDENTS));
        assert!(s.all_meet(LEP_RESIDENTS));
        assert!(!s.all_meet(OBJECTIVE_RESIDENTS));
        assert_eq!(s.residents_per_any_worker(), Some(4_138));
    }
}
