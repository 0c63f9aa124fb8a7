//! Sharing an amount among comuni by population, to the cent, with the
//! largest-remainder method: the shares always add up exactly to the amount.

use crate::model::Cents;

/// Splits `amount` in proportion to `weights` (populations). Each share is the
/// exact proportion rounded down to the cent; the cents left over go one each
/// to the largest remainders, ties to the earlier entry. All weights zero:
/// everything goes to nobody but the shares are zero and the rest is unassigned,
/// so callers pass at least one positive weight.
pub fn largest_remainder(amount: Cents, weights: &[u64]) -> Vec<Cents> {
    let total: i128 = weights.iter().map(|w| i128::from(*w)).sum();
    if total == 0 {
        return vec![Cents::ZERO; weights.len()];
    }
    let amount = amount.get();
    let mut shares: Vec<(i128, i128)> = weights
        .iter()
        .map(|w| {
            let exact = amount * i128::from(*w);
            (exact / total, exact % total)
        })
        .collect();
    let assigned: i128 = shares.iter().map(|(share, _)| share).sum();
    let mut order: Vec<usize> = (0..shares.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(shares[i].1));
    for &i in order.iter().take((amount - assigned).max(0) as usize) {
        shares[i].0 += 1;
    }
    shares
        .into_iter()
        .map(|(share, _)| Cents::new(share))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(cents: i128, weights: &[u64]) -> Vec<i128> {
        largest_remainder(Cents::new(cents), weights)
            .into_iter()
            .map(Cents::get)
            .collect()
    }

    #[test]
    fn shares_add_up_exactly() {
        assert_eq!(split(100, &[1, 1, 1]), [34, 33, 33]);
        assert_eq!(split(200, &[1, 1, 1]), [67, 67, 66]);
        assert_eq!(split(1, &[5, 3, 2]), [1, 0, 0]);
        assert_eq!(split(0, &[5, 3]), [0, 0]);
        assert_eq!(split(100, &[0, 0]), [0, 0]);
        // Casarano's comuni, € 464.000,00 of co-financing.
        let populations = [19_577, 5_732, 11_167, 8_761, 9_444, 4_215, 11_449];
        let shares = split(46_400_000, &populations);
        assert_eq!(shares.iter().sum::<i128>(), 46_400_000);
        assert_eq!(shares[0], 12_913_111); // 12,913,110.8 rounded up by the largest remainder
    }
}
