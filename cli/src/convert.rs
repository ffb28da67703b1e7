//! `x12 json` and `x12 from-json`: X12 to the crate's JSON form and back, losslessly.
//!
//! `x12 json` makes the JSON of each transaction set on one thread per core (see
//! [`pool`]) and writes it in input order between the envelopes, which the reading
//! thread writes: the output is the same whatever the number of cores.

use std::io::{self, Read, Write};
use std::path::Path;

use x12_claims::envelope::TransactionSet;
use x12_claims::json::{JsonError, read_json, write_json_with, write_set_json};

use crate::error::{CliError, one_line};
use crate::pool::{self, Pool};

impl From<JsonError> for CliError {
    fn from(e: JsonError) -> Self {
        match e {
            JsonError::Envelope(e) => e.into(),
            JsonError::Write(e) => e.into(),
            JsonError::Io(e) => e.into(),
            JsonError::Json(e) if e.is_io() => CliError::Io(e.into()),
            other => CliError::Invalid(one_line(&other.to_string())),
        }
    }
}

/// Writes the JSON form of the X12 in `source`, set by set. Trailer problems go to `warn`.
pub fn to_json<R: Read>(
    source: R,
    output: Option<&Path>,
    warn: &mut dyn FnMut(&str),
) -> Result<(), CliError> {
    crate::output::write_to(output, |out: &mut dyn Write| {
        to_json_on(pool::cores(), source, out, warn)
    })
}

/// [`to_json`] on `cores` cores, to `out`.
fn to_json_on<R: Read>(
    cores: usize,
    source: R,
    out: &mut dyn Write,
    warn: &mut dyn FnMut(&str),
) -> Result<(), CliError> {
    let problems = pool::run(cores, &set_json, |pool| {
        let mut pieces = Pieces {
            pool,
            out,
            buffer: Vec::new(),
        };
        let problems = write_json_with(source, &mut pieces, |pieces, set| pieces.set(set))?;
        pieces.finish()?;
        Ok::<_, JsonError>(problems)
    })?;
    for problem in problems {
        warn(&one_line(&problem.to_string()));
    }
    Ok(())
}

/// The JSON of one set, made on a worker.
fn set_json(set: &TransactionSet<'_>) -> Result<Vec<u8>, JsonError> {
    let mut json = Vec::with_capacity(set.as_bytes().len() * 4);
    write_set_json(&mut json, set)?;
    Ok(json)
}

/// The output as the JSON writer sees it: what it writes between sets is kept as one piece,
/// each set's JSON is another, and the pool writes the pieces to `out` in order.
struct Pieces<'p, 'o> {
    pool: Pool<'p, Result<Vec<u8>, JsonError>>,
    out: &'o mut dyn Write,
    /// Written since the last set.
    buffer: Vec<u8>,
}

/// Writes a finished piece to `out`.
fn write_piece(out: &mut dyn Write, piece: Result<Vec<u8>, JsonError>) -> Result<(), JsonError> {
    Ok(out.write_all(&piece?)?)
}

impl Pieces<'_, '_> {
    /// The JSON of `set` goes here: on a worker when it takes the set, otherwise written here
    /// once every piece before it is out (so that a large set is not held as JSON).
    fn set(&mut self, set: &TransactionSet<'_>) -> Result<(), JsonError> {
        let out = &mut *self.out;
        let sink = &mut |piece| write_piece(out, piece);
        let before = std::mem::take(&mut self.buffer);
        self.pool.ready(Ok(before), sink)?;
        if !self.pool.send(set, sink)? {
            self.pool.drain(sink)?;
            write_set_json(&mut *self.out, set)?;
        }
        Ok(())
    }

    /// Writes what is left, in order.
    fn finish(mut self) -> Result<(), JsonError> {
        let out = &mut *self.out;
        let sink = &mut |piece| write_piece(out, piece);
        self.pool.ready(Ok(self.buffer), sink)?;
        self.pool.finish(sink)?;
        Ok(self.out.flush()?)
    }
}

impl Write for Pieces<'_, '_> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.buffer.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    /// The pieces are written out in [`Pieces::finish`].
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Writes the X12 of the JSON document in `source`.
pub fn from_json<R: Read>(source: R, output: Option<&Path>) -> Result<(), CliError> {
    crate::output::write_to(output, |out: &mut dyn Write| Ok(read_json(source, out)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::remittances;
    use x12_claims::json::write_json;

    /// Typed 835 sets of very different sizes, a typed 837P and untyped sets, in three
    /// interchanges.
    fn input() -> Vec<u8> {
        let mut input = remittances();
        for file in ["telehealth.837p.x12", "two-interchanges.x12"] {
            let path = format!("{}/../tests/data/{file}", env!("CARGO_MANIFEST_DIR"));
            input.extend(std::fs::read(path).unwrap());
        }
        input
    }

    fn json_on(cores: usize, copy_limit: Option<usize>, input: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut warnings = Vec::new();
        let mut warn = |w: &str| warnings.push(w.to_owned());
        match copy_limit {
            None => to_json_on(cores, input, &mut out, &mut warn).unwrap(),
            Some(limit) => pool::run(cores, &set_json, |mut pool| {
                pool.limit_copies(limit);
                let mut pieces = Pieces {
                    pool,
                    out: &mut out,
                    buffer: Vec::new(),
                };
                write_json_with(input, &mut pieces, |p, set| p.set(set)).unwrap();
                pieces.finish().unwrap();
            }),
        }
        assert!(warnings.is_empty(), "{warnings:?}");
        out
    }

    #[test]
    fn sets_made_on_several_threads_give_the_same_json_as_one() {
        let input = input();
        let mut expected = Vec::new();
        assert!(write_json(&input[..], &mut expected).unwrap().is_empty());
        let text = String::from_utf8(expected.clone()).unwrap();
        assert_eq!(text.matches("\"kind\":\"835\"").count(), 31);
        assert_eq!(text.matches("\"kind\":\"837P\"").count(), 2);
        for cores in [1, 2, 4] {
            assert!(json_on(cores, None, &input) == expected, "{cores} cores");
        }
        // The large sets (400 claims, over 20 kB) stay on the reading thread, between sets
        // made on workers.
        assert!(
            json_on(2, Some(20_000), &input) == expected,
            "large sets kept"
        );
        let mut back = Vec::new();
        read_json(&expected[..], &mut back).unwrap();
        assert!(back == input);
    }
}
