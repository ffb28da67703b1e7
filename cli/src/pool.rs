//! Work on transaction sets spread over one thread per core, with the results handed on in
//! input order, so that a command's output does not depend on how many cores did the work.
//!
//! The reading thread numbers the pieces of its output as it goes: a set sent to a worker, or
//! a piece it made itself ([`Pool::ready`]). Finished pieces wait until those before them are
//! done and are then handed to the caller's sink, one at a time, in that order.

use std::collections::BTreeMap;
use std::io;
use std::num::NonZeroUsize;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Mutex, mpsc};

use x12_claims::envelope::{OwnedTransactionSet, TransactionSet};

/// At most this many threads work on sets.
const MAX_WORKERS: usize = 8;

/// A set larger than this stays on the reading thread: a copy for another thread would hold it
/// in memory twice.
const COPY_LIMIT: usize = 8 << 20;

/// A set to work on, with the number of its piece.
type Job = (u64, OwnedTransactionSet);

/// A finished piece with its number; `None` when the work on it panicked.
type Finished<T> = (u64, Option<T>);

/// The number of cores this process may use.
pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, NonZeroUsize::get)
}

/// Runs `body` with a pool of `cores` threads (at most [`MAX_WORKERS`]) doing `work` on the
/// sets it sends. On one core there are no threads: every set is left to the reading thread.
pub fn run<T, W, B, O>(cores: usize, work: &W, body: B) -> O
where
    T: Send,
    W: Fn(&TransactionSet<'_>) -> T + Sync,
    B: FnOnce(Pool<'_, T>) -> O,
{
    let workers = if cores > 1 { cores.min(MAX_WORKERS) } else { 0 };
    let (jobs, queue) = mpsc::sync_channel::<Job>(workers * 2);
    let queue = Mutex::new(queue);
    let (done, finished) = mpsc::channel::<Finished<T>>();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let (queue, done) = (&queue, done.clone());
            scope.spawn(move || {
                loop {
                    // Ends when the pool is dropped (no more jobs) or the lock is poisoned.
                    let Ok(Ok((n, set))) = queue.lock().map(|q| q.recv()) else {
                        return;
                    };
                    // A panic is a bug; it is reported as an error for that piece rather than
                    // leaving the reading thread waiting for it.
                    let piece = catch_unwind(AssertUnwindSafe(|| work(&set.as_set()))).ok();
                    if done.send((n, piece)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(done);
        body(Pool {
            jobs: (workers > 0).then_some(jobs),
            finished: &finished,
            given: 0,
            next: 0,
            waiting: BTreeMap::new(),
            copy_limit: COPY_LIMIT,
        })
    })
}

/// The workers as the reading thread sees them. Every method that can hand finished pieces on
/// takes the sink they go to; a sink error stops and is returned.
pub struct Pool<'r, T> {
    /// `None` on one core, and once finished.
    jobs: Option<mpsc::SyncSender<Job>>,
    finished: &'r mpsc::Receiver<Finished<T>>,
    /// The number the next piece gets.
    given: u64,
    /// The number of the next piece to hand on.
    next: u64,
    /// Pieces finished before the one to hand on next.
    waiting: BTreeMap<u64, T>,
    /// Sets larger than this stay on the reading thread.
    copy_limit: usize,
}

impl<T> Pool<'_, T> {
    /// Keeps sets larger than `bytes` on the reading thread, so that tests reach that path
    /// with small inputs.
    #[cfg(test)]
    pub fn limit_copies(&mut self, bytes: usize) {
        self.copy_limit = bytes;
    }

    /// Sends `set` to the workers and hands on the pieces that are ready. Returns `false`, and
    /// sends nothing, when there are no workers or the set is too large to copy: the caller then
    /// makes its piece itself, with [`Pool::ready`] or after [`Pool::drain`].
    pub fn send<E: From<io::Error>>(
        &mut self,
        set: &TransactionSet<'_>,
        sink: &mut dyn FnMut(T) -> Result<(), E>,
    ) -> Result<bool, E> {
        let Some(jobs) = &self.jobs else {
            return Ok(false);
        };
        if set.as_bytes().len() > self.copy_limit
            || jobs.send((self.given, set.to_owned_set())).is_err()
        {
            return Ok(false);
        }
        self.given += 1;
        while let Ok((n, piece)) = self.finished.try_recv() {
            self.put(n, piece, sink)?;
        }
        Ok(true)
    }

    /// Adds a piece made on the reading thread, after every piece given before it.
    pub fn ready<E: From<io::Error>>(
        &mut self,
        piece: T,
        sink: &mut dyn FnMut(T) -> Result<(), E>,
    ) -> Result<(), E> {
        let n = self.given;
        self.given += 1;
        self.put(n, Some(piece), sink)
    }

    /// Waits for every piece given so far and hands them on: after it the caller may write to
    /// the sink's output directly.
    pub fn drain<E: From<io::Error>>(
        &mut self,
        sink: &mut dyn FnMut(T) -> Result<(), E>,
    ) -> Result<(), E> {
        while self.next < self.given {
            let Ok((n, piece)) = self.finished.recv() else {
                return Err(io::Error::other("the worker threads stopped").into());
            };
            self.put(n, piece, sink)?;
        }
        Ok(())
    }

    /// No more sets: the workers finish theirs and stop, and every piece is handed on.
    pub fn finish<E: From<io::Error>>(
        mut self,
        sink: &mut dyn FnMut(T) -> Result<(), E>,
    ) -> Result<(), E> {
        self.jobs = None;
        self.drain(sink)
    }

    /// Files piece `n` and hands on every piece now in order.
    fn put<E: From<io::Error>>(
        &mut self,
        n: u64,
        piece: Option<T>,
        sink: &mut dyn FnMut(T) -> Result<(), E>,
    ) -> Result<(), E> {
        let Some(piece) = piece else {
            return Err(
                io::Error::other("internal error: work on a transaction set panicked").into(),
            );
        };
        self.waiting.insert(n, piece);
        while let Some(piece) = self.waiting.remove(&self.next) {
            self.next += 1;
            sink(piece)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use x12_claims::envelope::Document;

    /// An interchange of `count` sets whose sizes vary a lot, so that workers finish them out of
    /// order; set n has control number n.
    fn input(count: usize) -> Vec<u8> {
        let mut sets = String::new();
        for n in 0..count {
            let notes = if n % 5 == 0 { 3000 } else { 1 };
            let body = "NTE*ADD*SOME TEXT~".repeat(notes);
            sets.push_str(&format!("ST*999*{n:04}~{body}SE*{}*{n:04}~", notes + 2));
        }
        format!(
            "ISA*00*          *00*          *ZZ*A              *ZZ*B              *240405*0800*^*00501*000000501*0*P*:~\
             GS*FA*A*B*20240405*0800*501*X*005010X231A1~{sets}GE*{count}*501~IEA*1*000000501~"
        )
        .into_bytes()
    }

    /// The control numbers of the sets of `input`, each sent to the pool (or made here when
    /// refused) with a piece made here between every two, in the order the sink got them.
    fn order(cores: usize, input: &[u8]) -> Vec<String> {
        let document = Document::parse(input).unwrap();
        // Work that takes time in proportion to the set's size.
        let work = |set: &TransactionSet<'_>| {
            let segments = set.segments().filter(Result::is_ok).count();
            format!("{}", set.header().control_number).repeat(usize::from(segments > 0))
        };
        run(cores, &work, |mut pool| {
            let mut got = Vec::new();
            let mut sink = |piece: String| -> io::Result<()> {
                got.push(piece);
                Ok(())
            };
            for set in document.transaction_sets() {
                if !pool.send(set, &mut sink).unwrap() {
                    pool.ready(work(set), &mut sink).unwrap();
                }
                pool.ready("-".to_owned(), &mut sink).unwrap();
            }
            pool.finish(&mut sink).unwrap();
            got
        })
    }

    #[test]
    fn pieces_are_handed_on_in_the_order_they_were_given() {
        let input = input(40);
        let expected: Vec<String> = (0..40)
            .flat_map(|n| [format!("{n:04}"), "-".into()])
            .collect();
        for cores in [1, 2, 4] {
            assert_eq!(order(cores, &input), expected, "{cores} cores");
        }
    }

    #[test]
    fn a_panic_in_the_work_is_an_error_not_a_hang() {
        let input = input(3);
        let document = Document::parse(&input).unwrap();
        let work = |set: &TransactionSet<'_>| -> u8 {
            assert!(set.header().control_number != "0001", "planted");
            0
        };
        let result = run(2, &work, |mut pool| {
            let mut sink = |_: u8| -> io::Result<()> { Ok(()) };
            for set in document.transaction_sets() {
                assert!(pool.send(set, &mut sink)?);
            }
            pool.finish(&mut sink)
        });
        let error = result.unwrap_err();
        assert!(error.to_string().contains("panicked"), "{error}");
    }
}
