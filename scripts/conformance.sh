#!/usr/bin/env bash
# Conformance of what the crate writes, judged by an independent validator of the implementation
# guides: pyx12's x12valid (installed into .venv at a pinned version).
#
#   scripts/conformance.sh
#
# It checks:
#   * the generated 837P and 835 files the benchmarks read (built with the typed builders and
#     written by the crate's writer, examples/generate.rs);
#   * every interchange the builder property tests write (tests/integration/build837p.rs and
#     build835.rs: random claims and remittances built from values);
#   * our own fixtures in tests/data, and the writer's re-delimited and single-line forms of
#     them (bom-newline-terminator.x12 is left out: pyx12 cannot read a byte order mark).
#
# x12valid's exit status says nothing, so each file's JSON report is read: a file passes when
# x12valid says OK for it and its report holds no error at any level. The files and reports stay
# in target/conformance. pyx12 misses many of the guides' rules; passing here is necessary, not
# sufficient.
set -euo pipefail
cd "$(dirname "$0")/.."

PYX12_VERSION=4.0.0
venv=.venv
if ! "$venv/bin/x12valid" --version 2>/dev/null | grep -q "$PYX12_VERSION"; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "pyx12==$PYX12_VERSION"
fi

out=target/conformance
rm -rf "$out"
mkdir -p "$out"

cargo run --quiet --release --example generate -- 837p 300000 "$out/generated-837p.x12" > /dev/null
cargo run --quiet --release --example generate -- 835 300000 "$out/generated-835.x12" > /dev/null
X12_CONFORMANCE_DIR="$PWD/$out" cargo test --quiet --test integration built_ > /dev/null
cp tests/data/telehealth.837p.x12 tests/data/two-interchanges.x12 tests/data/ta1-two-groups.x12 "$out/"
x12() { cargo run --quiet --release -p x12-claims-cli -- "$@"; }
x12 fmt --delimiters '|>!\n' tests/data/telehealth.837p.x12 > "$out/fmt-delimiters.x12"
x12 fmt --single-line tests/data/two-interchanges.x12 > "$out/fmt-single-line.x12"

# One x12valid run over every file; it writes FILE.json beside each.
(cd "$out" && "../../$venv/bin/x12valid" --json-output ./*.x12 > x12valid.log 2>&1) || true

python3 - "$out" <<'EOF'
import json, pathlib, sys

out = pathlib.Path(sys.argv[1])
log = (out / "x12valid.log").read_text(errors="replace")
said_ok = {line.rsplit(": ", 1)[0].lstrip("./") for line in log.splitlines() if line.endswith(": OK")}

def errors(node, path=""):
    """Every non-empty `errors` list in a report, with where it sits."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "errors" and value:
                for error in value:
                    yield path, error.get("err_str", error)
            else:
                yield from errors(value, f"{path}/{key}")
    elif isinstance(node, list):
        for n, value in enumerate(node):
            yield from errors(value, f"{path}[{n}]")

files = sorted(out.glob("*.x12"))
failed = 0
for file in files:
    report = file.with_name(file.name + ".json")
    problems = []
    if file.name not in said_ok:
        problems.append("x12valid did not say OK")
    try:
        problems += [f"{where}: {what}" for where, what in errors(json.loads(report.read_text()))]
    except (OSError, ValueError) as e:
        problems.append(f"no readable report ({e})")
    if problems:
        failed += 1
        print(f"{file.name}: FAILED")
        for problem in problems[:20]:
            print(f"    {problem}")
print(f"conformance: {len(files) - failed} of {len(files)} files pass x12valid")
sys.exit(1 if failed or not files else 0)
EOF
