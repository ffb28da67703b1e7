//! Placing built segments in guide order, for loops that take segments in any order.

/// Adds `item` to `list` after every item of the same or an earlier rank, so that items of one
/// rank keep the order they were added in and the list stays in rank (guide) order.
pub(crate) fn insert_ranked<T>(list: &mut Vec<T>, item: T, rank: impl Fn(&T) -> usize) {
    let own = rank(&item);
    let at = list
        .iter()
        .rposition(|other| rank(other) <= own)
        .map_or(0, |i| i + 1);
    list.insert(at, item);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_order_the_list_and_equal_ranks_keep_their_order() {
        let mut list = Vec::new();
        for item in [(2, 'a'), (0, 'b'), (2, 'c'), (1, 'd'), (0, 'e')] {
            insert_ranked(&mut list, item, |&(rank, _)| rank);
        }
        assert_eq!(list, [(0, 'b'), (0, 'e'), (1, 'd'), (2, 'a'), (2, 'c')]);
    }
}
