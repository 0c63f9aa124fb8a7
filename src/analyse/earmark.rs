//! Earmarked shares: how much of an allocation goes to the targets of an earmark.

use crate::model::{Cents, Earmark};

use super::FundUsage;

/// The share of an allocation's programmed money that reaches an earmark's targets.
#[derive(Clone, Debug)]
pub struct EarmarkShare<'a> {
    pub earmark: &'a Earmark,
    /// Money on interventions whose targets include one of the earmark's.
    pub earmarked: Cents,
    /// All money programmed on the allocation.
    pub total: Cents,
}

impl<'a> EarmarkShare<'a> {
    /// Only interventions with one of the earmark's targets count (`comunita` counts for none).
    pub fn of(usage: &FundUsage, earmark: &'a Earmark) -> EarmarkShare<'a> {
        let earmarked = usage
            .lines
            .iter()
            .filter(|l| {
                l.intervention
                    .targets
                    .iter()
                    .any(|t| earmark.targets.contains(&t.value))
            })
            .map(|l| l.line.amount.value)
            .sum();
        EarmarkShare {
            earmark,
            earmarked,
            total: usage.programmed(),
        }
    }

    /// Whether `earmarked / total >= min_share`, compared exactly.
    pub fn is_met(&self) -> bool {
        self.earmarked.get() * 10_000 >= i128::from(self.earmark.min_share) * self.total.get()
    }

    /// How much more must reach the targets, the total staying the same.
    pub fn missing(&self) -> Cents {
        // Amounts are never negative, so rounding up is (n + d - 1) / d.
        let required = (i128::from(self.earmark.min_share) * self.total.get() + 9_999) / 10_000;
        Cents::new((required - self.earmarked.get()).max(0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Binds, Target};

    fn share(earmarked: i128, total: i128, min_share: u32) -> (bool, i128) {
        let earmark = Earmark {
            targets: vec![Target::Minori],
            min_share,
            binds: Binds::Allocation,
            from: None,
            until: None,
            source: None,
            url: None,
        };
        let share = EarmarkShare {
            earmark: &earmark,
            earmarked: Cents::new(earmarked),
            total: Cents::new(total),
        };
        (share.is_met(), share.missing().get())
    }

    #[test]
    fn exact_at_the_boundary() {
        // 50 % of 1.000,01 is 500,005: 500,00 misses by one cent after rounding up.
        assert_eq!(share(50_000, 100_001, 5000), (false, 1));
        assert_eq!(share(50_001, 100_001, 5000), (true, 0));
        assert_eq!(share(50_000, 100_000, 5000), (true, 0));
        assert_eq!(share(49_999, 100_000, 5000), (false, 1));
        assert_eq!(share(0, 0, 5000), (true, 0));
        assert_eq!(share(1, 3, 3333), (true, 0));
    }
}
