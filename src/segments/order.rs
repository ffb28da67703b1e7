//! How loop models fill their lists: built segments placed in guide order, whatever the order
//! they were given in, and read items stored without spare room.

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

/// Pushes onto a loop's list, growing it one item at a time while it holds fewer than four.
/// Most lists of a loop hold one to three items; a `Vec` grows from nothing to room for four,
/// which the loop would then give back with a reallocation once it is read, or keep.
#[inline]
pub(crate) fn push_tight<T>(list: &mut Vec<T>, item: T) {
    if list.len() == list.capacity() && list.len() < 4 {
        list.reserve_exact(1);
    }
    list.push(item);
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

    #[test]
    fn a_short_list_holds_no_spare_room() {
        let mut list = Vec::new();
        push_tight(&mut list, 'a');
        assert_eq!(list.capacity(), 1);
        push_tight(&mut list, 'b');
        push_tight(&mut list, 'c');
        assert_eq!(list.capacity(), 3);
        for item in ['d', 'e', 'f'] {
            push_tight(&mut list, item);
        }
        assert_eq!(list, ['a', 'b', 'c', 'd', 'e', 'f']);
    }
}
