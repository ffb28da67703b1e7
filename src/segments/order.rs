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

/// The items gathered in `staged` after `mark`: those of the loop that set it.
pub(crate) fn since<T>(staged: &[T], mark: usize) -> &[T] {
    staged.get(mark..).unwrap_or_default()
}

/// Moves the items gathered in `staged` after `mark` into a list of exactly their number.
///
/// A loop reader gathers a loop's items in a list it keeps for a whole set, then moves them
/// out with this when the loop ends: one allocation per list and no spare room, where growing
/// the loop's own list costs a reallocation per item while it is short. A loop that notes the
/// length of the gathering list as its mark when it begins takes only its own items, even when
/// a loop of its kind is read inside it.
#[inline]
pub(crate) fn unstage<T>(staged: &mut Vec<T>, mark: usize) -> Vec<T> {
    if mark >= staged.len() {
        // Most lists of most loops are empty: no allocation, and no call.
        return Vec::new();
    }
    // A new list of exactly the items' number; `staged` keeps its room.
    staged.split_off(mark)
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

    #[test]
    fn a_loop_takes_what_was_staged_since_its_mark_in_a_list_of_that_size() {
        let mut staged = vec!['a', 'b', 'c', 'd', 'e'];
        let inner = unstage(&mut staged, 3);
        assert_eq!(inner, ['d', 'e']);
        assert_eq!(inner.capacity(), 2);
        assert_eq!(since(&staged, 1), ['b', 'c']);
        let whole = unstage(&mut staged, 0);
        assert_eq!(
            (whole.as_slice(), whole.capacity()),
            (&['a', 'b', 'c'][..], 3)
        );
        assert!(staged.is_empty());
        assert!(staged.capacity() >= 5, "the gathering list keeps its room");
        // A mark past the end (never set by a loop) takes nothing, and does not panic.
        assert!(unstage(&mut staged, 4).is_empty());
        assert!(since(&staged, 4).is_empty());
    }
}
