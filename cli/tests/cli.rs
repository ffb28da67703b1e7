//! Runs the built `x12` binary: exit codes, standard input, `fmt` round trips on our own
//! fixtures and on the public corpus, and snapshots of `inspect --json`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::print_stdout,
    missing_docs
)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use x12_claims::envelope::Document;
use x12_claims::syntax::Segments;

/// The workspace root: commands run there, so paths in the output are relative to it.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn x12(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_x12"));
    command
        .args(args)
        .current_dir(root())
        .env("RUST_BACKTRACE", "1");
    command
}

fn run(args: &[&str]) -> Output {
    x12(args).output().unwrap()
}

fn run_with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = x12(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    output
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn code(output: &Output) -> i32 {
    output.status.code().unwrap()
}

/// A scratch directory under the target directory, emptied first.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn own_files() -> Vec<PathBuf> {
    files_in(&root().join("tests/data"))
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.is_file() && p.extension().is_none_or(|e| e != "md"))
        .collect();
    files.sort();
    files
}

/// Every file of the public corpus in `../shared`, or nothing (with a notice) when it is
/// absent; in CI (`CI=true`) its absence is a failure.
fn public_files() -> Vec<PathBuf> {
    let dir = root().join("../shared");
    if !dir.is_dir() {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!(
                "CI=true but the shared corpus is missing at {}",
                dir.display()
            );
        }
        eprintln!(
            "notice: {} is absent; skipping tests on the public corpus",
            dir.display()
        );
        return Vec::new();
    }
    ["837p", "835", "other"]
        .iter()
        .flat_map(|folder| files_in(&dir.join("fixtures/public").join(folder)))
        .collect()
}

fn path_arg(path: &Path) -> &str {
    path.to_str().unwrap()
}

// ---- exit codes ----

#[test]
fn a_good_file_exits_0() {
    let output = run(&["inspect", "tests/data/two-interchanges.x12"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(output.stderr.is_empty());
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("interchange 000000011 from ZZ:FVC0001 to ZZ:NWH01"));
    assert!(text.contains("set 835 0001: 17 segments, SE01 17"));
}

#[test]
fn input_that_is_not_x12_exits_1_with_one_line_naming_file_and_place() {
    let dir = scratch("not-x12");
    let path = dir.join("note.txt");
    std::fs::write(&path, "Dear biller,\nplease find the claims attached.\n").unwrap();
    for command in [&["inspect"][..], &["inspect", "--json"], &["fmt"]] {
        let mut args = command.to_vec();
        args.push(path_arg(&path));
        let output = run(&args);
        assert_eq!(code(&output), 1, "{args:?}");
        let message = stderr(&output);
        assert_eq!(message.lines().count(), 1, "{message}");
        assert!(message.contains("note.txt: byte 0: expected an interchange header"));
        assert!(!message.contains("panicked"), "{message}");
    }
}

#[test]
fn a_truncated_isa_exits_1() {
    let input = std::fs::read(root().join("tests/data/two-interchanges.x12")).unwrap();
    let output = run_with_stdin(&["inspect", "-"], &input[..60]);
    assert_eq!(code(&output), 1);
    assert_eq!(
        stderr(&output),
        "x12 inspect: <stdin>: segment 1 ISA (byte 0): the interchange header is cut short: 60 bytes where ISA needs exactly 106\n"
    );
    let output = run_with_stdin(&["fmt", "-"], &input[..60]);
    assert_eq!(code(&output), 1);
    assert!(stderr(&output).starts_with("x12 fmt: <stdin>: segment 1 ISA (byte 0): "));
}

#[test]
fn a_missing_file_exits_2() {
    for args in [
        &["inspect", "tests/data/no-such-file.x12"][..],
        &["inspect", "--json", "tests/data/no-such-file.x12"],
        &["fmt", "tests/data/no-such-file.x12"],
    ] {
        let output = run(args);
        assert_eq!(code(&output), 2, "{args:?}");
        let message = stderr(&output);
        assert!(message.contains("no-such-file.x12: "), "{message}");
        assert_eq!(message.lines().count(), 1, "{message}");
    }
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &[][..],
        &["inspect"],
        &["frobnicate"],
        &["fmt", "--single-line", "--segment-per-line", "x"],
        &["fmt", "--delimiters", "**~", "x"],
    ] {
        assert_eq!(code(&run(args)), 2, "{args:?}");
    }
    assert_eq!(code(&run(&["--help"])), 0);
}

#[test]
fn the_worst_outcome_of_several_files_decides() {
    let output = run(&[
        "inspect",
        "tests/data/two-interchanges.x12",
        "tests/data/no-such-file.x12",
        "tests/data/ta1-two-groups.x12",
    ]);
    assert_eq!(code(&output), 2);
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("tests/data/ta1-two-groups.x12\n"), "{text}");
}

// ---- standard input ----

#[test]
fn dash_reads_standard_input() {
    let path = root().join("tests/data/ta1-two-groups.x12");
    let input = std::fs::read(&path).unwrap();
    let from_stdin = run_with_stdin(&["inspect", "--json", "-"], &input);
    assert_eq!(code(&from_stdin), 0);
    let from_file = run(&["inspect", "--json", "tests/data/ta1-two-groups.x12"]);
    let as_stdin = String::from_utf8(from_file.stdout)
        .unwrap()
        .replace("\"tests/data/ta1-two-groups.x12\"", "\"<stdin>\"");
    assert_eq!(String::from_utf8(from_stdin.stdout).unwrap(), as_stdin);

    let output = run_with_stdin(&["fmt", "-"], &input);
    assert_eq!(code(&output), 0);
    assert_eq!(output.stdout, input);
}

// ---- fmt ----

#[test]
fn fmt_gives_back_our_own_fixtures_byte_for_byte() {
    for path in own_files() {
        let output = run(&["fmt", path_arg(&path)]);
        assert_eq!(code(&output), 0, "{}: {}", path.display(), stderr(&output));
        assert!(
            output.stdout == std::fs::read(&path).unwrap(),
            "{} changed",
            path.display()
        );
    }
}

#[test]
fn fmt_gives_back_every_public_file_the_library_accepts() {
    let (mut accepted, mut refused) = (0, 0);
    for path in public_files() {
        let input = std::fs::read(&path).unwrap();
        let output = run(&["fmt", path_arg(&path)]);
        match Document::parse_unchecked(&input) {
            Ok(_) => {
                accepted += 1;
                assert_eq!(code(&output), 0, "{}: {}", path.display(), stderr(&output));
                assert!(output.stdout == input, "{} changed", path.display());
            }
            Err(e) => {
                refused += 1;
                assert_eq!(code(&output), 1, "{}: {e}", path.display());
            }
        }
    }
    println!("fmt identity: {accepted} public files accepted, {refused} refused");
}

/// An element as its repetitions, each a list of components.
type Element = Vec<Vec<Vec<u8>>>;

/// Each segment as id, then elements → repetitions → components, so that two files written
/// with different delimiters and layouts compare equal when they hold the same data. ISA11
/// and ISA16 hold delimiters themselves and are left out.
fn canonical(input: &[u8]) -> Vec<(String, Vec<Element>)> {
    Segments::new(input)
        .map(|segment| {
            let segment = segment.unwrap();
            let elements = segment
                .elements()
                .enumerate()
                .map(|(i, element)| {
                    if segment.id() == "ISA" && (i + 1 == 11 || i + 1 == 16) {
                        return Vec::new();
                    }
                    element
                        .repetitions()
                        .map(|r| r.components().map(<[u8]>::to_vec).collect())
                        .collect()
                })
                .collect();
            (segment.id().to_owned(), elements)
        })
        .collect()
}

fn check_read_back(path: &Path, options: &[&str], allow_refusal: bool) {
    let input = std::fs::read(path).unwrap();
    let mut args = vec!["fmt"];
    args.extend_from_slice(options);
    args.push(path_arg(path));
    let output = run(&args);
    let what = format!("{} {options:?}", path.display());
    if allow_refusal && code(&output) == 1 {
        // The data holds a byte that the new delimiters would make a delimiter.
        assert!(
            stderr(&output).contains("which is a delimiter in the output"),
            "{what}"
        );
        return;
    }
    assert_eq!(code(&output), 0, "{what}: {}", stderr(&output));
    assert_eq!(canonical(&output.stdout), canonical(&input), "{what}");
    // A second pass with the same options changes nothing more.
    let again = run_with_stdin(&[&args[..args.len() - 1], &["-"]].concat(), &output.stdout);
    assert_eq!(code(&again), 0, "{what}");
    assert!(again.stdout == output.stdout, "{what}: not a fixed point");
}

const OPTIONS: &[&[&str]] = &[
    &["--single-line"],
    &["--segment-per-line"],
    &["--delimiters", "|>!\\n"],
    &["--delimiters", "*:^~", "--segment-per-line"],
    &["--delimiters", "\\x1d\\x1f\\x1e\\x1c", "--single-line"],
];

#[test]
fn layouts_and_delimiters_read_back_to_the_same_segments() {
    for path in own_files() {
        for options in OPTIONS {
            check_read_back(&path, options, false);
        }
    }
}

#[test]
fn layouts_and_delimiters_read_back_on_the_public_corpus() {
    for path in public_files() {
        let input = std::fs::read(&path).unwrap();
        if Document::parse_unchecked(&input).is_err() {
            continue;
        }
        for options in OPTIONS {
            check_read_back(&path, options, true);
        }
    }
}

#[test]
fn single_line_puts_each_interchange_on_one_line() {
    let output = run(&["fmt", "--single-line", "tests/data/ta1-two-groups.x12"]);
    assert!(!output.stdout.contains(&b'\n'));
    let output = run(&["fmt", "--segment-per-line", "tests/data/ta1-two-groups.x12"]);
    let text = String::from_utf8(output.stdout).unwrap();
    assert_eq!(text.lines().count(), 74);
    assert!(text.lines().all(|line| line.ends_with('~')));
}

#[test]
fn fmt_output_file_is_replaced_whole_or_not_at_all() {
    let dir = scratch("fmt-output");
    let out = dir.join("out.x12");
    let out_arg = path_arg(&out);
    let output = run(&["fmt", "tests/data/two-interchanges.x12", "-o", out_arg]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(output.stdout.is_empty());
    let original = std::fs::read(root().join("tests/data/two-interchanges.x12")).unwrap();
    assert_eq!(std::fs::read(&out).unwrap(), original);

    // A failure half-way leaves the previous output in place and no temporary file behind.
    let broken = dir.join("broken.x12");
    std::fs::write(&broken, &original[..original.len() - 20]).unwrap();
    let output = run(&["fmt", path_arg(&broken), "--output", out_arg]);
    assert_eq!(code(&output), 1);
    assert!(stderr(&output).contains("broken.x12: "));
    assert_eq!(std::fs::read(&out).unwrap(), original);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["broken.x12", "out.x12"]);
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let one = std::fs::read(root().join("tests/data/two-interchanges.x12")).unwrap();
    let input = one.repeat(2000);
    let mut child = x12(&["fmt", "--segment-per-line", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // The writer may itself see a broken pipe once the command has stopped.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 3];
    stdout.read_exact(&mut first).unwrap();
    assert_eq!(&first, b"ISA");
    drop(stdout);
    let mut message = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut message)
        .unwrap();
    let status = child.wait().unwrap();
    writer.join().unwrap();
    assert_eq!(status.code(), Some(0), "{message}");
    assert_eq!(message, "");
}

// ---- inspect ----

fn json_of(args: &[&str]) -> (String, serde_json::Value) {
    let output = run(args);
    let text = String::from_utf8(output.stdout).unwrap();
    let value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
    (text, value)
}

#[test]
fn inspect_json_two_interchanges() {
    let (text, _) = json_of(&["inspect", "--json", "tests/data/two-interchanges.x12"]);
    insta::assert_snapshot!("inspect_two_interchanges", text);
}

#[test]
fn inspect_json_ta1_two_groups() {
    let (text, _) = json_of(&["inspect", "--json", "tests/data/ta1-two-groups.x12"]);
    insta::assert_snapshot!("inspect_ta1_two_groups", text);
}

#[test]
fn trailer_problems_are_warnings_attached_to_their_trailer() {
    let input = std::fs::read_to_string(root().join("tests/data/two-interchanges.x12"))
        .unwrap()
        .replace("SE*25*0001", "SE*24*0001")
        .replace("GE|1|501", "GE|1|502");
    let output = run_with_stdin(&["inspect", "-"], input.as_bytes());
    assert_eq!(code(&output), 0);
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains(
        "        warning: segment 27 SE01 (byte 817): declares 24 segments from ST to SE, but 25 were counted\n"
    ), "{text}");
    assert!(text.ends_with("; 2 warnings\n"), "{text}");

    let output = run_with_stdin(&["inspect", "--json", "-"], input.as_bytes());
    assert_eq!(code(&output), 0);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let file = &json["files"][0];
    let set = &file["interchanges"][0]["groups"][0]["transaction_sets"][0];
    assert_eq!(set["trailer"]["declared"], "24");
    assert_eq!(set["trailer"]["counted"], 25);
    assert_eq!(set["trailer"]["warnings"][0]["segment"], 27);
    let group = &file["interchanges"][1]["groups"][0];
    assert_eq!(
        group["trailer"]["warnings"][0]["message"],
        "segment 49 GE02 (byte 1485): control number \"502\" does not match GS06 \"501\""
    );
    assert_eq!(file["warnings_count"], 2);
    assert_eq!(file["error"], serde_json::Value::Null);

    // fmt rewrites such a file all the same, with the warnings on standard error.
    let output = run_with_stdin(&["fmt", "-"], input.as_bytes());
    assert_eq!(code(&output), 0);
    assert_eq!(output.stdout, input.as_bytes());
    assert_eq!(stderr(&output).lines().count(), 2);
}

#[test]
fn an_input_cut_short_still_gives_a_whole_json_document() {
    let input = std::fs::read(root().join("tests/data/ta1-two-groups.x12")).unwrap();
    let output = run_with_stdin(&["inspect", "--json", "-"], &input[..1000]);
    assert_eq!(code(&output), 1);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let file = &json["files"][0];
    let group = &file["interchanges"][0]["groups"][0];
    assert_eq!(group["transaction_sets"].as_array().unwrap().len(), 1);
    assert_eq!(group["trailer"], serde_json::Value::Null);
    assert_eq!(file["interchanges"][0]["trailer"], serde_json::Value::Null);
    assert_eq!(file["error"]["kind"], "invalid");
    let message = file["error"]["message"].as_str().unwrap();
    assert!(message.contains("has no SE"), "{message}");
}

// ---- json and from-json ----

/// `x12 json FILE | x12 from-json -` for one file: the exit codes and the bytes back.
fn through_json(path: &Path) -> (Output, Option<Output>) {
    let json = run(&["json", path_arg(path)]);
    if code(&json) != 0 {
        return (json, None);
    }
    let back = run_with_stdin(&["from-json", "-"], &json.stdout);
    (json, Some(back))
}

#[test]
fn json_and_back_gives_every_accepted_file_byte_for_byte() {
    let mut converted = 0;
    for path in own_files().into_iter().chain(public_files()) {
        let input = std::fs::read(&path).unwrap();
        let accepted = Document::parse_unchecked(&input).is_ok();
        let (json, back) = through_json(&path);
        if !accepted {
            assert_eq!(code(&json), 1, "{}: {}", path.display(), stderr(&json));
            continue;
        }
        let back = back.unwrap_or_else(|| panic!("{}: {}", path.display(), stderr(&json)));
        assert_eq!(code(&back), 0, "{}: {}", path.display(), stderr(&back));
        assert!(
            back.stdout == input,
            "{} changed through JSON",
            path.display()
        );
        converted += 1;
    }
    assert!(converted >= 3, "only {converted} files converted");
}

#[test]
fn json_output_file_and_from_json_output_file() {
    let dir = scratch("json-files");
    let json = dir.join("out.json");
    let x12_out = dir.join("back.x12");
    let input = root().join("tests/data/two-interchanges.x12");
    let output = run(&["json", path_arg(&input), "-o", path_arg(&json)]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(output.stdout.is_empty());
    let document: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    assert_eq!(document["format"], "x12-claims/1");
    let output = run(&["from-json", path_arg(&json), "-o", path_arg(&x12_out)]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(
        std::fs::read(&x12_out).unwrap(),
        std::fs::read(&input).unwrap()
    );
}

#[test]
fn from_json_refuses_bad_json_with_exit_1() {
    for (json, reason) in [
        ("{", "EOF while parsing"),
        (r#"{"format":"x12-claims/9","interchanges":[]}"#, "format"),
    ] {
        let output = run_with_stdin(&["from-json", "-"], json.as_bytes());
        assert_eq!(code(&output), 1, "{json}");
        let message = stderr(&output);
        assert!(
            message.starts_with("x12 from-json: <stdin>: JSON"),
            "{message}"
        );
        assert!(message.contains(reason), "{message}");
        assert_eq!(message.trim_end().lines().count(), 1, "{message}");
    }
}

// ---- validate ----

/// An 835 whose claim pays 95 while its charge less its adjustments is 90.
const UNBALANCED_835: &str = "ISA*00*          *00*          *ZZ*PAYER          *ZZ*CLINIC         *240405*0800*^*00501*000000501*0*P*:~\n\
GS*HP*PAYER*CLINIC*20240405*0800*501*X*005010X221A1~\n\
ST*835*0001~\n\
BPR*I*95*C*CHK************20240405~\n\
TRN*1*CHK1*1234567890~\n\
N1*PR*ACME HEALTH~\n\
N3*1 PAYER WAY~\n\
N4*SPRINGFIELD*IL*62701~\n\
PER*BL*EDI SUPPORT*TE*8005551212~\n\
N1*PE*RIVERSIDE THERAPY*XX*1234567893~\n\
LX*1~\n\
CLP*PCN1*1*180*95*30*12*ICN1~\n\
NM1*QC*1*DOE*JANE~\n\
SVC*HC:90837*180*95~\n\
CAS*CO*45*60~\n\
CAS*PR*3*30~\n\
SE*15*0001~\n\
GE*1*501~\n\
IEA*1*000000501~\n";

#[test]
fn validate_exits_0_on_balanced_files() {
    let files = own_files();
    let args: Vec<&str> = std::iter::once("validate")
        .chain(files.iter().map(|p| path_arg(p)))
        .collect();
    let output = run(&args);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("two-interchanges.x12: 2 transaction sets, 0 errors, 0 warnings"),
        "{text}"
    );
}

#[test]
fn validate_reports_each_broken_rule_with_place_and_amounts_and_exits_1() {
    let output = run_with_stdin(&["validate", "-"], UNBALANCED_835.as_bytes());
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    let text = String::from_utf8(output.stdout).unwrap();
    // The line pays 95 on a charge of 180 less 90 of adjustments (B1), the claim likewise (B2).
    assert!(
        text.contains(
            "<stdin>: set 835 0001: error 835-B1 2000[1]/2100[1]/2110[1] SVC03 at segment 14"
        ),
        "{text}"
    );
    assert!(text.contains("expected 90, found 95"), "{text}");
    assert!(
        text.contains("error 835-B2 2000[1]/2100[1] CLP04 at segment 12"),
        "{text}"
    );
    assert!(
        text.ends_with("<stdin>: 1 transaction sets, 2 errors, 0 warnings\n"),
        "{text}"
    );
}

#[test]
fn validate_json_lists_sets_and_findings() {
    let output = run_with_stdin(&["validate", "--json", "-"], UNBALANCED_835.as_bytes());
    assert_eq!(code(&output), 1);
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let file = &value["files"][0];
    assert_eq!(file["file"], "<stdin>");
    assert_eq!(file["errors"], 2);
    let set = &file["transaction_sets"][0];
    assert_eq!(
        (set["id"].as_str(), set["status"].as_str()),
        (Some("835"), Some("checked"))
    );
    let rules: Vec<&str> = set["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["835-B1", "835-B2"]);
    assert_eq!(set["findings"][1]["expected"], "90");
    assert_eq!(set["findings"][1]["actual"], "95");
}

/// Our 837P, sent as a replacement without the payer's claim number and with a claim charge
/// that is not its line's.
fn broken_837p() -> String {
    let text = std::fs::read_to_string(root().join("tests/data/telehealth.837p.x12")).unwrap();
    let broken = text.replacen("CLM*TH-0001*180***10:B:1*", "CLM*TH-0001*190***10:B:7*", 1);
    assert_ne!(broken, text);
    broken
}

#[test]
fn validate_reports_the_claim_rules_of_an_837p() {
    let output = run_with_stdin(&["validate", "-"], broken_837p().as_bytes());
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains(
            "<stdin>: set 837 0001: error 837P-P15 2000B[1]/2300[1] CLM05-3 at segment 21"
        ),
        "{text}"
    );
    assert!(
        text.contains("error 837P-P13 2000B[1]/2300[1] CLM02 at segment 21"),
        "{text}"
    );
    assert!(text.contains("expected 180, found 190"), "{text}");
    assert!(
        text.ends_with("<stdin>: 1 transaction sets, 2 errors, 0 warnings\n"),
        "{text}"
    );

    let output = run_with_stdin(&["validate", "--json", "-"], broken_837p().as_bytes());
    assert_eq!(code(&output), 1);
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let set = &value["files"][0]["transaction_sets"][0];
    assert_eq!(set["status"], "checked");
    let findings = set["findings"].as_array().unwrap();
    let rules: Vec<&str> = findings
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["837P-P15", "837P-P13"]);
    assert_eq!(findings[1]["loop"], "2000B[1]/2300[1]");
    assert_eq!(findings[1]["expected"], "180");
    assert_eq!(findings[1]["actual"], "190");
}

#[test]
fn validate_finds_a_patient_control_number_that_two_sets_share() {
    // Our 837P's set sent twice in one group, the second as set 0002.
    let text = std::fs::read_to_string(root().join("tests/data/telehealth.837p.x12")).unwrap();
    let start = text.find("ST*837*0001").unwrap();
    let end = text.find("GE*1*101~").unwrap();
    let second = text[start..end]
        .replace("ST*837*0001", "ST*837*0002")
        .replace("SE*25*0001", "SE*25*0002");
    let twice = format!("{}{second}GE*2*101~{}", &text[..end], &text[end + 9..]);
    let output = run_with_stdin(&["validate", "-"], twice.as_bytes());
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    let text = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(
        lines[0].starts_with(
            "<stdin>: set 837 0002: error 837P-P12 2000B[1]/2300[1] CLM01 at segment 46"
        ),
        "{text}"
    );
    assert!(
        lines[0].ends_with("patient control number \"TH-0001\" is also the one of claim 2000B[1]/2300[1] of set 0001"),
        "{text}"
    );
    assert_eq!(
        lines[1],
        "<stdin>: 2 transaction sets, 1 errors, 0 warnings"
    );
}

#[test]
fn validate_compares_an_837p_st03_with_its_group_gs08() {
    let text = std::fs::read_to_string(root().join("tests/data/telehealth.837p.x12")).unwrap();
    let other = text.replacen("*X*005010X222A1~", "*X*005010X222~", 1);
    assert_ne!(other, text);
    let output = run_with_stdin(&["validate", "-"], other.as_bytes());
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.starts_with(
            "<stdin>: set 837 0001: error 837P-P03 header ST03 at segment 3 (byte 156): ST03 \
             \"005010X222A1\" is not the guide the functional group names in GS08 (\"005010X222\")\n"
        ),
        "{text}"
    );
    assert!(
        text.ends_with("<stdin>: 1 transaction sets, 1 errors, 0 warnings\n"),
        "{text}"
    );
}

/// Runs `x12 validate -` on `input`, which holds errors, and holds its output to `expected`:
/// one line per finding, each starting as given, then the tally.
fn validate_finds(input: &str, expected: &[&str], tally: &str) {
    let output = run_with_stdin(&["validate", "-"], input.as_bytes());
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    let out = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), expected.len() + 1, "{out}");
    for (line, start) in lines.iter().zip(expected) {
        assert!(line.starts_with(start), "{out}");
    }
    assert_eq!(lines.last(), Some(&tally), "{out}");
}

#[test]
fn validate_reports_every_loop_of_an_837p_that_does_not_read() {
    // In the first claim set, the subscriber was born on 31 February and the claim charges an
    // amount that is not a number: reading stops at the first, and both are reported.
    let text = std::fs::read_to_string(root().join("tests/data/ta1-two-groups.x12")).unwrap();
    let broken = text
        .replacen("DMG*D8*19900211", "DMG*D8*19900231", 1)
        .replacen("CLM*FVC-0001*150", "CLM*FVC-0001*1S0", 1);
    validate_finds(
        &broken,
        &[
            "<stdin>: set 837 0001: error 837P-model 2000B[1]/2010BA[1] DMG02 at segment 20",
            "<stdin>: set 837 0001: error 837P-model 2000B[1]/2300[1] CLM02 at segment 22",
        ],
        "<stdin>: 3 transaction sets, 2 errors, 0 warnings",
    );
}

#[test]
fn validate_checks_the_claims_of_an_837p_that_does_not_read() {
    // In the first claim set, the subscriber was born on 31 February; its claim is a
    // replacement without the payer's claim number, and the second set's claim has its number.
    let text = std::fs::read_to_string(root().join("tests/data/ta1-two-groups.x12")).unwrap();
    let broken = text
        .replacen("DMG*D8*19900211", "DMG*D8*19900231", 1)
        .replacen("CLM*FVC-0001*150***02:B:1", "CLM*FVC-0001*150***02:B:7", 1)
        .replacen("CLM*FVC-0002", "CLM*FVC-0001", 1);
    validate_finds(
        &broken,
        &[
            "<stdin>: set 837 0001: error 837P-model 2000B[1]/2010BA[1] DMG02 at segment 20",
            "<stdin>: set 837 0001: error 837P-P15 2000B[1]/2300[1] CLM05-3 at segment 22",
            "<stdin>: set 837 0002: error 837P-P12 2000B[1]/2300[1] CLM01 at segment 47",
        ],
        "<stdin>: 3 transaction sets, 3 errors, 0 warnings",
    );
}

#[test]
fn validate_balances_the_claims_of_an_835_that_does_not_read() {
    // The line's date of service is 31 February, and the line is paid 10 more than its
    // adjustments allow.
    let text = std::fs::read_to_string(root().join("tests/data/ta1-two-groups.x12")).unwrap();
    let broken = text
        .replacen("DTM*472*20250102", "DTM*472*20250231", 1)
        .replacen("SVC*HC:90834:95*150*100", "SVC*HC:90834:95*150*110", 1);
    validate_finds(
        &broken,
        &[
            "<stdin>: set 835 1001: error 835-model 2000[1]/2100[1]/2110[1] DTM02 at segment 68",
            "<stdin>: set 835 1001: error 835-B1 2000[1]/2100[1]/2110[1] SVC03 at segment 67",
            "<stdin>: set 835 1001: error 835-B3 2000[1]/2100[1] CLP04 at segment 65",
        ],
        "<stdin>: 3 transaction sets, 3 errors, 0 warnings",
    );
}

#[test]
fn validate_reports_every_loop_of_an_835_that_does_not_read() {
    // The remittance's payment total and its claim payment's amount are not numbers.
    let text = std::fs::read_to_string(root().join("tests/data/ta1-two-groups.x12")).unwrap();
    let broken = text.replacen("BPR*I*100*", "BPR*I*1OO*", 1).replacen(
        "CLP*FVC-0001*1*150*100",
        "CLP*FVC-0001*1*150*1OO",
        1,
    );
    validate_finds(
        &broken,
        &[
            "<stdin>: set 835 1001: error 835-model header BPR02 at segment 57",
            "<stdin>: set 835 1001: error 835-model 2000[1]/2100[1] CLP04 at segment 65",
        ],
        "<stdin>: 3 transaction sets, 2 errors, 0 warnings",
    );
}
