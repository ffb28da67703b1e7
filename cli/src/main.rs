//! The `x12` command: inspect and reformat X12 files, streaming, in bounded memory.
//!
//! Exit codes: 0 success, 1 invalid input, 2 usage or I/O error.

mod convert;
mod error;
mod fmt;
mod inspect;
mod json;
mod output;
mod pool;
#[cfg(test)]
mod sample;
mod text;
mod validate;

use std::fs::File;
use std::io::{self, BufWriter, Read};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use x12_claims::syntax::{Delimiters, Layout, WriteOptions};

use crate::error::{CliError, OK, USAGE_OR_IO};
use crate::inspect::Report;

/// The allocator of the command. Converting a transaction set (`json`, `from-json`) or checking
/// an 837P builds its typed model, a few small vectors per loop, and drops it: with the system
/// allocator, allocating and freeing them costs more, and `x12 from-json` runs about a quarter
/// faster with this one (its peak memory stays in the tens of megabytes). `x12 validate` checks
/// an 835 without building its model and runs as fast with either.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const AFTER_HELP: &str = "\
Exit codes: 0 success, 1 invalid input (the message names the file and the place), \
2 usage or I/O error. FILE may be - for standard input.";

/// Inspect, reformat and convert healthcare X12 EDI files (837P claims, 835 remittances).
///
/// Files are read as a stream: memory stays bounded by the largest transaction set.
#[derive(Debug, Parser)]
#[command(name = "x12", version, after_help = AFTER_HELP)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Inspect(InspectArgs),
    Fmt(FmtArgs),
    Json(JsonArgs),
    FromJson(FromJsonArgs),
    Validate(ValidateArgs),
}

/// Check each transaction set against its typed model and report what is wrong, and where
///
/// 835 sets are checked against the balancing rules (each line, each claim, the payment total),
/// the structure rules, the X12 standard's element lengths and syntax notes, and the codes,
/// uses and repeats the guide gives each loop; 837P sets against the claim rules (charges,
/// codes, REF*F8 on replacements and voids, diagnoses and pointers, NPIs and taxonomy codes,
/// the billing provider, the HL shape, the guide's required segments and loops, repeats,
/// element lengths, codes and uses), and both against their models. Exits 0 when no error is found, 1 when one
/// is. Reads each file as a stream, one set at a time.
///
/// Text output: one line per finding, `FILE: set 835 0001: error 835-B2 2000[1]/2100[3] CLP04
/// at segment 27 (byte 1042): ...: expected 90, found 95`, then a summary line per file.
///
/// JSON output (--json): {"format": 1, "files": [{"file", "transaction_sets": [{"id",
/// "control_number", "segment", "offset", "status": "checked" | "refused" | "skipped",
/// "findings": [{"severity", "rule", "loop", "segment", "offset", "expected", "actual",
/// "message"}]}], "envelope": (findings, as above), "error": null | {"kind", "message"}, "sets",
/// "errors", "warnings"}]}
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP, verbatim_doc_comment)]
struct ValidateArgs {
    /// Files to read (- for standard input).
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Write a JSON document instead of text.
    #[arg(long)]
    json: bool,
}

/// Write the JSON form of a file, which `x12 from-json` turns back into the same bytes.
///
/// Every interchange, group and transaction set, each segment with its elements as text and
/// its line break. Written as the file is read, one transaction set at a time.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
struct JsonArgs {
    /// File to read (- for standard input).
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// Write to OUT (replaced whole at the end) instead of standard output.
    #[arg(short, long, value_name = "OUT")]
    output: Option<PathBuf>,
}

/// Write the X12 of a JSON document made by `x12 json` (possibly edited).
#[derive(Debug, Args)]
#[command(name = "from-json", after_help = AFTER_HELP)]
struct FromJsonArgs {
    /// JSON file to read (- for standard input).
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// Write to OUT (replaced whole at the end) instead of standard output.
    #[arg(short, long, value_name = "OUT")]
    output: Option<PathBuf>,
}

/// List the interchanges, groups and transaction sets of each file
///
/// Shows senders, receivers, control numbers, versions, transaction types, segment counts and
/// delimiters, with trailer problems (counts, control numbers) as warnings.
///
/// The JSON document (--json), written as the file is read (cli/README.md tells every field):
///
///   {"format": 1, "files": [{
///     "file", "preamble_bytes", "bytes", "segments", "interchanges_count", "groups_count",
///     "transaction_sets_count", "warnings_count", "error": null | {"kind", "message"},
///     "interchanges": [{
///       "offset", "segment", "control_number", "sender_qualifier", "sender",
///       "receiver_qualifier", "receiver", "date", "time", "version", "usage",
///       "delimiters": {"element", "component", "repetition", "segment"},
///       "acknowledgments": [{"offset", "segment", "control_number", "date", "time",
///                            "code", "note"}],
///       "groups": [{
///         "offset", "segment", "control_number", "functional_id", "sender", "receiver",
///         "date", "time", "version",
///         "transaction_sets": [{"offset", "segment", "id", "control_number", "version",
///                               "segments", "trailer"}],
///         "trailer"}],
///       "trailer"}]}]}
///
///   trailer: null | {"offset", "segment", "declared", "counted", "control_number",
///                    "warnings": [{"message", "offset", "segment"}]}
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP, verbatim_doc_comment)]
struct InspectArgs {
    /// Files to read (- for standard input).
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Write a JSON document instead of text.
    #[arg(long)]
    json: bool,
}

/// Rewrite a file, by default byte for byte; the options change the layout or the delimiters.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
struct FmtArgs {
    /// File to read (- for standard input).
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// Write to OUT (through a temporary file beside it, renamed at the end) instead of
    /// standard output.
    #[arg(short, long, value_name = "OUT")]
    output: Option<PathBuf>,
    /// One segment per line (a line feed after each terminator).
    #[arg(long, conflicts_with = "single_line")]
    segment_per_line: bool,
    /// Each interchange on one line (nothing after the terminators).
    #[arg(long)]
    single_line: bool,
    /// Write with these delimiters: element, component, repetition (optional), segment, as '*:^~'
    /// (\n, \r, \t and \xHH escapes are understood).
    #[arg(long, value_name = "DELIMITERS", value_parser = parse_delimiters)]
    delimiters: Option<Delimiters>,
}

fn parse_delimiters(text: &str) -> Result<Delimiters, String> {
    text.parse().map_err(|e| format!("{e}"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    ExitCode::from(match cli.command {
        Command::Inspect(args) => run_inspect(&args),
        Command::Fmt(args) => run_fmt(&args),
        Command::Json(args) => {
            let name = display_name(&args.file);
            let mut warn = |message: &str| eprintln!("x12 json: {name}: warning: {message}");
            finish(
                "json",
                &name,
                open(&args.file)
                    .and_then(|source| convert::to_json(source, args.output.as_deref(), &mut warn)),
            )
        }
        Command::Validate(args) => run_validate(&args),
        Command::FromJson(args) => finish(
            "from-json",
            &display_name(&args.file),
            open(&args.file).and_then(|source| convert::from_json(source, args.output.as_deref())),
        ),
    })
}

/// The exit code of a command on one file, with its message on standard error.
fn finish(command: &str, name: &str, result: Result<(), CliError>) -> u8 {
    match result {
        Ok(()) | Err(CliError::BrokenPipe) => OK,
        Err(e) => {
            eprintln!("x12 {command}: {name}: {e}");
            e.exit_code()
        }
    }
}

/// The name of an input in messages: `<stdin>` for `-`.
fn display_name(path: &std::path::Path) -> String {
    if path.as_os_str() == "-" {
        "<stdin>".to_owned()
    } else {
        path.display().to_string()
    }
}

/// Opens an input; `-` is standard input.
fn open(path: &std::path::Path) -> Result<Box<dyn Read>, CliError> {
    if path.as_os_str() == "-" {
        Ok(Box::new(io::stdin().lock()))
    } else {
        let file = File::open(path)?;
        if file.metadata()?.is_dir() {
            return Err(CliError::Io(io::Error::other("is a directory")));
        }
        Ok(Box::new(file))
    }
}

fn run_inspect(args: &InspectArgs) -> u8 {
    let stdout = BufWriter::with_capacity(64 * 1024, io::stdout().lock());
    let mut report: Box<dyn Report> = if args.json {
        match json::JsonReport::new(stdout) {
            Ok(report) => Box::new(report),
            Err(e) => return output_failed("inspect", e),
        }
    } else {
        Box::new(text::TextReport::new(stdout))
    };
    let mut code = OK;
    for path in &args.files {
        let name = display_name(path);
        let outcome = match open(path) {
            Ok(source) => inspect::inspect(&name, source, report.as_mut()),
            Err(e) => report_unopened(&name, e, report.as_mut()),
        };
        match outcome {
            Ok(None) => {}
            Ok(Some(e)) => {
                eprintln!("x12 inspect: {name}: {e}");
                code = code.max(e.exit_code());
            }
            Err(e) => return output_failed("inspect", e),
        }
    }
    match report.finish() {
        Ok(()) => code,
        Err(e) => output_failed("inspect", e),
    }
}

/// An input that could not be opened still gets its entry in the report.
fn report_unopened(
    name: &str,
    e: CliError,
    report: &mut dyn Report,
) -> io::Result<Option<CliError>> {
    report.file_start(name)?;
    report.file_end(&inspect::Summary::default(), Some(&e))?;
    Ok(Some(e))
}

/// Writing the report failed: quietly done when the reader went away, else an I/O error.
fn output_failed(command: &str, e: io::Error) -> u8 {
    match CliError::from(e) {
        CliError::BrokenPipe => OK,
        e => {
            eprintln!("x12 {command}: writing the output: {e}");
            USAGE_OR_IO
        }
    }
}

fn run_fmt(args: &FmtArgs) -> u8 {
    let name = display_name(&args.file);
    let mut options = WriteOptions::default();
    if args.segment_per_line {
        options = options.with_layout(Layout::Lf);
    } else if args.single_line {
        options = options.with_layout(Layout::None);
    }
    if let Some(delimiters) = args.delimiters {
        options = options.with_delimiters(delimiters);
    }
    let mut warn = |message: &str| eprintln!("x12 fmt: {name}: warning: {message}");
    let result = open(&args.file)
        .and_then(|source| fmt::to_output(source, args.output.as_deref(), options, &mut warn));
    finish("fmt", &name, result)
}

fn run_validate(args: &ValidateArgs) -> u8 {
    let result = output::write_to(None, |out| {
        let mut code = OK;
        if args.json {
            out.write_all(b"{\"format\":1,\"files\":[")?;
        }
        for (n, path) in args.files.iter().enumerate() {
            let name = display_name(path);
            if args.json && n > 0 {
                out.write_all(b",")?;
            }
            let outcome = open(path)
                .and_then(|source| validate::validate(&name, source, args.json, &mut *out));
            match outcome {
                Ok((tally, fatal)) => {
                    if let Some(e) = fatal {
                        eprintln!("x12 validate: {name}: {e}");
                        code = code.max(e.exit_code());
                    }
                    if tally.errors > 0 {
                        code = code.max(error::INVALID);
                    }
                }
                Err(CliError::BrokenPipe) => return Err(CliError::BrokenPipe),
                Err(e) => {
                    eprintln!("x12 validate: {name}: {e}");
                    code = code.max(e.exit_code());
                    if args.json {
                        let entry = serde_json::json!({"file": name, "error":
                            {"kind": e.kind(), "message": e.to_string()}});
                        write!(out, "{entry}")?;
                    }
                }
            }
        }
        if args.json {
            out.write_all(b"]}\n")?;
        }
        Ok(code)
    });
    match result {
        Ok(code) => code,
        Err(CliError::BrokenPipe) => OK,
        Err(e) => {
            eprintln!("x12 validate: writing the output: {e}");
            USAGE_OR_IO
        }
    }
}
