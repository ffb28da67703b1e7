#!/usr/bin/env bash
# Conformance of what the crate writes, judged by an independent validator of the implementation
# guides: pyx12's x12valid (installed into .venv at a pinned version).
#
#   scripts/conformance.sh
#
# It checks:
#   * that each typed segment's element table puts each field where pyx12's maps of the guides
#     name that element, and that the element lengths, code lists, syntax notes and element
#     uses the rules hold to, in every loop and in each loop (the 837P's and the 835's), are
#     the dictionary's and the maps' (and the states, provinces and countries its code lists',
#     but for the codes renamed, withdrawn or assigned since);
#   * the generated 837P and 835 files the benchmarks read (built with the typed builders and
#     written by the crate's writer, examples/generate.rs);
#   * every interchange the builder property tests write (tests/integration/build837p.rs and
#     build835.rs: random claims and remittances built from values);
#   * our own fixtures in tests/data, and the writer's re-delimited and single-line forms of
#     them (bom-newline-terminator.x12 is left out: pyx12 cannot read a byte order mark).
#   * that `x12 validate` finds an error in every file pyx12 refuses among valid 837P claims
#     and 835 remittances with one body segment repeated, left out or swapped with the next
#     (out of the guide's order), or one element made too long, set to "ZZ" or emptied (each
#     in turn): the rules must know what the guide requires of the loop tree and of each
#     element, in every loop and in each. The valid files are our fixture, the spec's worked
#     examples and the public files both validators pass.
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

# The element tables of our typed segments, against the element names of pyx12's maps of the two
# guides: each field's position must name the same element (a word in common). The known
# exceptions are listed with their reason.
python3 - "$venv" <<'EOF'
import glob, os, re, sys, xml.etree.ElementTree as ET

maps = glob.glob(f"{sys.argv[1]}/lib/python*/site-packages/pyx12/map/")[0]
names = {}
for guide in ["835.5010.X221.A1.xml", "837.5010.X222.A1.xml"]:
    for element in ET.parse(maps + guide).iter("element"):
        names.setdefault(element.get("xid"), set()).add(element.findtext("name") or "")

# Positions whose names share no word with pyx12's, and why that is right.
KNOWN = {
    "CTP05-01": "pyx12 calls the unit of a composite unit of measure 'Code Qualifier'",
    "HI01-02": "pyx12 names each HI code by what it holds (diagnosis, condition ...)",
    "LQ02": "pyx12 names LQ02 by what it holds (form identifier, remark code)",
    "MEA03": "pyx12 names MEA03 by what the 837P puts in it (test results)",
    "SV501-01": "pyx12 names the SV501 qualifier after its composite (procedure identifier)",
    "SVD04": "the revenue code of SVD04 is a product/service id; the 837P does not use it",
    "K303-01": "not in the 5010 guides' maps (K303 is not used by them)",
    "QTY03-01": "not in the 5010 guides' maps (QTY03 is not used by them)",
    **{f"HSD0{n}": "HSD is not in pyx12's 5010 837P map" for n in range(1, 9)},
}

def words(text):
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2} - {"code", "the", "and", "for"}

FIELD = re.compile(r'^\s+([a-z_0-9]+): [^=]+= (?:required|optional)\((\d+)(?:, (\d+))?\), "([^"]*)";', re.M)
checked, wrong = 0, []
for path in sorted(glob.glob("src/segments/*.rs")):
    stem = os.path.basename(path)[:-3]
    segment = {"reference": "REF"}.get(stem, stem.upper())
    for field, element, component, what in FIELD.findall(open(path).read()):
        place = f"{segment}{int(element):02d}" + (f"-{int(component):02d}" if component else "")
        checked += 1
        ours = words(field.replace("_", " ") + " " + what)
        if place not in KNOWN and not any(ours & words(theirs) for theirs in names.get(place, ())):
            wrong.append(f"{place} {field} ({what}): pyx12 says {sorted(names.get(place, ())) or 'nothing'}")
for line in wrong:
    print(f"element table: {line}")
print(f"element tables: {checked - len(wrong)} of {checked} typed fields name the element pyx12 names there")
sys.exit(1 if wrong or checked == 0 else 0)
EOF

# The element lengths the rules hold values to (src/segments/lengths.rs), against the data
# element dictionary and the 837P and 835 maps pyx12 carries: every position of every segment
# the maps place in the body of an 837P or an 835, with its minimum, maximum and kind of count.
python3 - "$venv" <<'EOF'
import glob, re, sys, xml.etree.ElementTree as ET

maps = glob.glob(f"{sys.argv[1]}/lib/python*/site-packages/pyx12/map/")[0]
dictionary = {d.get("ele_num"): d for d in ET.parse(maps + "dataele.xml").iter("data_ele")}
envelope = {"ISA", "IEA", "GS", "GE", "ST", "SE", "TA1"}
theirs = {}
for segment in (s for guide in ("837.5010.X222.A1.xml", "835.5010.X221.A1.xml") for s in ET.parse(maps + guide).iter("segment")):
    id = segment.get("xid")
    if id in envelope:
        continue
    for child in segment:
        parts = [(0, child)] if child.tag == "element" else (
            [(int(e.findtext("seq")), e) for e in child.findall("element")] if child.tag == "composite" else [])
        for component, element in parts:
            position = int(child.findtext("seq"))
            if id == "HI":
                position = 1
            d = dictionary[element.findtext("data_ele")]
            count = "Digits" if d.get("data_type") in ("R", "N0") else "Chars"
            theirs[(id, position, component)] = (int(d.get("min_len")), int(d.get("max_len")), count)

ours = {}
for id, body in re.findall(r"\[((?:b'\w', )*b'\w')\] => &\[(.*?)\]", open("src/segments/lengths.rs").read(), re.S):
    id = "".join(re.findall(r"b'(\w)'", id))
    for e, c, low, high, count in re.findall(r"\((\d+), (\d+), (\d+), (\d+), (Chars|Digits)\)", body):
        ours[(id, int(e), int(c))] = (int(low), int(high), count)

wrong = [f"{k}: ours {ours.get(k)}, dictionary {theirs.get(k)}" for k in sorted(set(ours) | set(theirs))
         if ours.get(k) != theirs.get(k)]
for line in wrong:
    print(f"element length: {line}")
print(f"element lengths: {len(ours) - len(wrong)} of {len(theirs)} positions agree with the dictionary")

# The code lists (src/segments/code_lists.rs): each position listed must have that list in every
# loop of the map that uses it.
lists = {}
for segment in ET.parse(maps + "837.5010.X222.A1.xml").iter("segment"):
    for child in segment:
        parts = [(0, child)] if child.tag == "element" else (
            [(int(e.findtext("seq")), e) for e in child.findall("element")] if child.tag == "composite" else [])
        for component, element in parts:
            if element.findtext("usage") == "N":
                continue
            codes = element.find("valid_codes")
            listed = None if codes is None else tuple(sorted(c.text for c in codes.findall("code")))
            lists.setdefault((segment.get("xid"), int(child.findtext("seq")), component), set()).add(listed)
# On one line, without the spaces and trailing commas rustfmt puts in lists it splits.
table = " ".join(open("src/segments/code_lists.rs").read().split())
for split, joined in ((", )", ")"), (", ]", "]"), ("( ", "("), ("[ ", "[")):
    table = table.replace(split, joined)
coded, bad = 0, []
for id, body in re.findall(r"\[((?:b'\w', )*b'\w')\] => &\[(.*?)\], (?=\[b'|_ =>)", table):
    id = "".join(re.findall(r"b'(\w)'", id))
    for e, c, codes in re.findall(r"\((\d+), (\d+), &\[([^\]]*)\]\)", body):
        coded += 1
        key, ours_codes = (id, int(e), int(c)), tuple(sorted(re.findall(r'"([^"]+)"', codes)))
        if lists.get(key) != {ours_codes}:
            bad.append(f"{key}: ours {ours_codes}, the map's {sorted(lists.get(key, []), key=str)}")
for line in bad:
    print(f"code list: {line}")
print(f"code lists: {coded - len(bad)} of {coded} positions list the codes the map lists in every loop")

# The syntax notes (src/segments/syntax_notes.rs): each segment's, the 837P and 835 maps' in
# any loop.
mapped = {}
for segment in (s for guide in ("837.5010.X222.A1.xml", "835.5010.X221.A1.xml") for s in ET.parse(maps + guide).iter("segment")):
    if segment.get("xid") not in envelope:
        mapped.setdefault(segment.get("xid"), set()).update(s.text for s in segment.findall("syntax"))
mapped = {id: notes for id, notes in mapped.items() if notes}
written = {"".join(re.findall(r"b'(\w)'", id)): set(re.findall(r'"(\w+)"', notes))
           for id, notes in re.findall(r"\[((?:b'\w', )*b'\w')\] => notes!\[(.*?)\]", open("src/segments/syntax_notes.rs").read(), re.S)}
odd = [f"{id}: ours {sorted(written.get(id, []))}, the map's {sorted(mapped.get(id, []))}"
       for id in sorted(set(written) | set(mapped)) if written.get(id) != mapped.get(id)]
for line in odd:
    print(f"syntax notes: {line}")
print(f"syntax notes: {len(written) - len(odd)} of {len(mapped)} segments carry the notes of the map")

# The uses (src/segments/usage.rs): each element listed as required (R) or not used (N) must be
# so in every loop of the map, and every element that is so must be listed.
uses = {}
for segment in ET.parse(maps + "837.5010.X222.A1.xml").iter("segment"):
    if segment.get("xid") in envelope:
        continue
    for child in segment:
        if child.tag in ("element", "composite"):
            key = (segment.get("xid"), int(child.findtext("seq")))
            uses.setdefault(key, set()).add(child.findtext("usage"))
expected = {key: use.pop() for key, use in uses.items() if len(use) == 1 and use <= {"R", "N"}}
listed = {}
for id, body in re.findall(r"\[((?:b'\w', )*b'\w')\] => &\[(.*?)\]", open("src/segments/usage.rs").read(), re.S):
    id = "".join(re.findall(r"b'(\w)'", id))
    for n, use in re.findall(r"\((\d+), (Required|NotUsed)\)", body):
        listed[(id, int(n))] = "R" if use == "Required" else "N"
differ = [f"{key}: ours {listed.get(key)}, the map's {sorted(uses.get(key, []) | ({expected[key]} if key in expected else set()))}"
          for key in sorted(set(listed) | set(expected)) if listed.get(key) != expected.get(key)]
for line in differ:
    print(f"element use: {line}")
print(f"element uses: {len(listed) - len(differ)} of {len(expected)} elements used alike in every loop are listed")
sys.exit(1 if wrong or bad or odd or differ or not ours or not coded or not written or not listed else 0)
EOF

# What the guides ask of a segment in one loop: for each use of a segment in a loop of the
# 837P map, the elements required or not used there and the codes listed there, beyond what the
# tables above hold for every loop (src/claim837p/loop_elements.rs); for each in the 835 map,
# the guide's name for the use, how often it may repeat in its loop and all it asks of its
# elements, since no table of the 835 holds what is the same in every loop
# (src/remit835/loop_elements.rs: PLB05-1 to PLB13-1 take PLB03-1's codes, which the map lists
# at PLB03-1 only).
python3 - "$venv" <<'EOF'
import glob, re, sys, xml.etree.ElementTree as ET

maps = glob.glob(f"{sys.argv[1]}/lib/python*/site-packages/pyx12/map/")[0]
envelope = {"ISA", "IEA", "GS", "GE", "ST", "SE", "TA1"}

def placed_in(map_file, names={}):
    """The map's segments, each with the loop it is in (as our table names it), in order."""
    placed = []
    def walk(node, loop):
        for child in node:
            if child.tag == "loop":
                walk(child, child.get("xid"))
            elif child.tag == "segment" and child.get("xid") not in envelope:
                placed.append((names.get(loop, loop), child))
    walk(ET.parse(maps + map_file).getroot(), "")
    return placed

def table(path, row, constants=()):
    """Our table on one line (rustfmt's spaces and trailing commas gone, the named lists
    written out where they are used): each loop and segment's uses, as `row` reads them."""
    source = open(path).read()
    for name in constants:
        value = re.search(rf"const {name}: &\[&str\] = (&\[.*?\]);", source, re.S).group(1)
        source = source.replace(name, value)
    text = " ".join(re.sub(r"//[^\n]*", "", source).split())
    text = text.replace(", ]", "]").replace(", )", ")").replace("( ", "(")
    ours = {}
    for loop, id, body in re.findall(r'\("(\w+)", b"(\w+)"\) => &\[(.*?)\],(?= \("|\s*_ =>)', text):
        for *head, required, not_used, codes in re.findall(row, body):
            rows = tuple((int(n), int(c), tuple(sorted(re.findall(r'"(\w+)"', cs))))
                         for n, c, cs in re.findall(r"\((\d+), (\d+), &\[([^\]]*)\]\)", codes))
            number = lambda s: tuple(int(x) for x in re.findall(r"\d+", s))
            ours.setdefault((loop, id), []).append((*head, number(required), number(not_used), rows))
    return ours

def compare(label, ours, expected):
    """Each difference between the two, and a count of the uses that agree; true if all do."""
    wrong = [f"{key}: ours {ours.get(key)}, the map's {expected.get(key)}"
             for key in sorted(set(ours) | set(expected)) if ours.get(key) != expected.get(key)]
    for line in wrong:
        print(f"{label}: {line}")
    agree = sum(len(v) for key, v in ours.items() if v == expected.get(key))
    print(f"{label}: {agree} of {sum(len(v) for v in expected.values())} uses of a segment in a loop agree with the map")
    return bool(ours) and not wrong

ELEMENTS = r"E\(&\[([\d, ]*)\], &\[([\d, ]*)\], &\[(.*?\]\))?\]\)"

# The 837P.
placed = placed_in("837.5010.X222.A1.xml")

def positions(segment):
    for child in segment:
        if child.tag == "element":
            yield int(child.findtext("seq")), 0, child, child
        elif child.tag == "composite":
            for element in child.findall("element"):
                yield int(child.findtext("seq")), int(element.findtext("seq")), element, child

def listed(element):
    codes = element.find("valid_codes")
    if codes is None:
        return None
    return codes.get("external") or tuple(sorted(c.text for c in codes.findall("code")))

# What is the same in every loop (the tables of src/segments), as the earlier checks have it.
uses, lists = {}, {}
for _, segment in placed:
    id = segment.get("xid")
    for child in segment:
        if child.tag in ("element", "composite"):
            uses.setdefault((id, int(child.findtext("seq"))), set()).add(child.findtext("usage"))
    for n, c, element, _ in positions(segment):
        if element.findtext("usage") != "N":
            lists.setdefault((id, n, c), set()).add(listed(element))
same_use = {k for k, v in uses.items() if len(v) == 1 and v <= {"R", "N"}}
same_list = {k for k, v in lists.items() if len(v) == 1 and isinstance(next(iter(v)), tuple)}

# What the table must hold, with the positions other rules check left out, and why.
LEFT = {
    ("*", "HL", 3): "HL03 decides the level's kind",
    ("*", "HL", 4): "P05 checks HL04 against the levels that follow",
    ("2000B", "SBR", 2): "P06 checks the subscriber level's SBR02",
    ("2300", "HI", "later"): "P16 checks the qualifiers after the first of a claim's diagnosis HI",
}
expected, seen = {}, set()
for loop, segment in placed:
    id, name = segment.get("xid"), segment.findtext("name")
    if (loop, id, name) in seen:
        continue  # 2300 and below appear under 2000B and 2000C alike
    seen.add((loop, id, name))
    required, not_used, codes = [], [], []
    for child in segment:
        if child.tag in ("element", "composite") and (id, int(child.findtext("seq"))) not in same_use:
            use = child.findtext("usage")
            if use == "R":
                required.append(int(child.findtext("seq")))
            elif use == "N":
                not_used.append(int(child.findtext("seq")))
    for n, c, element, parent in positions(segment):
        if "N" in (parent.findtext("usage"), element.findtext("usage")) or (id, n, c) in same_list:
            continue
        codes_here = listed(element)
        if not isinstance(codes_here, tuple):
            continue  # external lists: states are held in every N4, the others are not held
        if ("*", id, n) in LEFT or (loop, id, n) in LEFT:
            continue
        if (loop, id) == ("2300", "HI") and codes_here == ("ABF", "BF"):
            continue  # LEFT["2300", "HI", "later"]
        codes.append((n, c, codes_here))
    if required or not_used or codes:
        expected.setdefault((loop, id), []).append((tuple(required), tuple(not_used), tuple(codes)))

sound = compare("loop elements", table("src/claim837p/loop_elements.rs", ELEMENTS), expected)

# The 835.
placed = placed_in("835.5010.X221.A1.xml", {"HEADER": "header", "FOOTER": "summary"})
expected = {}
for loop, segment in placed:
    id, uses = segment.get("xid"), {"R": [], "N": []}
    for child in segment:
        if child.tag in ("element", "composite"):
            uses.get(child.findtext("usage"), []).append(int(child.findtext("seq")))
    # External lists are left out: states are held in every N4, the others are not held.
    codes = [(n, c, listed(element)) for n, c, element, parent in positions(segment)
             if "N" not in (parent.findtext("usage"), element.findtext("usage"))
             and isinstance(listed(element), tuple)]
    if id == "PLB":
        reasons = next(row[2] for row in codes if row[:2] == (3, 1))
        codes += [(n, 1, reasons) for n in (5, 7, 9, 11, 13)]
    most = {">1": "MANY"}.get(segment.findtext("max_use"), segment.findtext("max_use"))
    row = (segment.findtext("name"), most, tuple(uses["R"]), tuple(uses["N"]), tuple(codes))
    expected.setdefault((loop, id), []).append(row)

ours = table("src/remit835/loop_elements.rs", r'U\("([^"]+)", (\w+), ' + ELEMENTS + r"\)", ["PLB_REASONS"])
sound = compare("835 loop elements", ours, expected) and sound
sys.exit(0 if sound else 1)
EOF

# The external code lists we hold, against pyx12's: the states and provinces of every N4
# (src/codes/state_or_province.rs), where pyx12 keeps two retired Canadian abbreviations and
# lacks the newer ones, and the countries of every N4 (src/codes/country.rs), where pyx12 keeps
# three codes ISO 3166 has withdrawn and lacks those assigned since.
python3 - "$venv" <<'EOF'
import glob, re, sys, xml.etree.ElementTree as ET
maps = glob.glob(f"{sys.argv[1]}/lib/python*/site-packages/pyx12/map/")[0]
lists = ET.parse(maps + "codes.xml").getroot()

def compare(label, list_id, path, retired, newer):
    """Each code in one list only that is not explained; true if there is none."""
    theirs = next({c.text for c in codes.iter("code")} for codes in lists
                  if codes.findtext("id") == list_id)
    ours = set(re.findall(r'= "(\w\w)" =>', open(path).read()))
    odd = sorted((theirs - ours - set(retired)) | (ours - theirs - set(newer)))
    for code in odd:
        print(f"{label}: {code} is in {'pyx12' if code in theirs else 'ours'} only, unexplained")
    print(f"{label}: {len(ours & theirs)} codes in common; pyx12's retired {sorted(theirs - ours)}, our newer {sorted(ours - theirs)}")
    return bool(ours) and not odd

states = compare(
    "states", "states", "src/codes/state_or_province.rs",
    {"NF": "Newfoundland, NL since 2002", "PQ": "Quebec, QC since 1990"},
    {"NL": "Newfoundland and Labrador", "NU": "Nunavut, a territory since 1999",
     "QC": "Quebec", "PW": "Palau, which USPS serves"},
)
countries = compare(
    "countries", "country", "src/codes/country.rs",
    {"AN": "Netherlands Antilles, withdrawn 2010", "TP": "East Timor, TL since 2002",
     "YU": "Yugoslavia, withdrawn 2003"},
    {"AX": "Aland Islands, 2004", "BL": "Saint Barthelemy, 2007", "MF": "Saint Martin, 2007",
     "BQ": "Bonaire, Sint Eustatius and Saba, 2010", "CW": "Curacao, 2010",
     "SX": "Sint Maarten, 2010", "GG": "Guernsey, 2006", "IM": "Isle of Man, 2006",
     "JE": "Jersey, 2006", "ME": "Montenegro, 2006", "RS": "Serbia, 2006",
     "SS": "South Sudan, 2011", "TL": "Timor-Leste, 2002"},
)
sys.exit(0 if states and countries else 1)
EOF

out=target/conformance
rm -rf "$out"
mkdir -p "$out"

cargo run --quiet --release --example generate -- 837p 300000 "$out/generated-837p.x12" > /dev/null
cargo run --quiet --release --example generate -- 835 300000 "$out/generated-835.x12" > /dev/null
X12_CONFORMANCE_DIR="$PWD/$out" cargo test --quiet --test integration built_ > /dev/null
cp tests/data/telehealth.837p.x12 tests/data/two-interchanges.x12 tests/data/ta1-two-groups.x12 "$out/"
cargo build --quiet --release -p x12-claims-cli
x12() { target/release/x12 "$@"; }
x12 fmt --delimiters '|>!\n' tests/data/telehealth.837p.x12 > "$out/fmt-delimiters.x12"
x12 fmt --single-line tests/data/two-interchanges.x12 > "$out/fmt-single-line.x12"

# 837P claims and 835 remittances that both validators pass, with each body segment (between
# ST and SE) repeated, left out, or swapped with the next when that is another segment, in turn
# (SE01 counts again), and each element of it made too long, set to a code or emptied. Our 837P fixture (the subscriber is the patient), and
# when ../shared is there the worked replacement example (a patient level) and the two worked
# 835 examples (a telehealth payment; a reversal, its correction and a denial, with a PLB).
mkdir -p "$out/mutations" "$out/public"
sources=(tests/data/telehealth.837p.x12)
for example in replacement-2000c.837p telehealth-90837.835 reversal-correction-denial.835; do
    if [ -f "../shared/spec/examples/$example.x12" ]; then
        sources+=("../shared/spec/examples/$example.x12")
    fi
done
# And the public 837P and 835 files (../shared/fixtures/public) that both validators pass as
# they are, for the variety of real senders' files: one change in three of each, to bound the
# time pyx12 takes. Only files of one interchange written with `*` and `~`, the delimiters the
# changes are made with, of at most 400 segments.
python3 - "$out/public" ../shared/fixtures/public/837p ../shared/fixtures/public/835 <<'EOF'
import pathlib, sys

for folder in map(pathlib.Path, sys.argv[2:]):
    for path in sorted(folder.glob("*")) if folder.is_dir() else []:
        data = path.read_bytes()
        if (data.startswith(b"ISA*") and data[105:106] == b"~" and data.count(b"ISA*") == 1
                and data.count(b"~") <= 400 and (b"005010X222A1" in data or b"005010X221A1" in data)):
            stem = path.name.rsplit(".", 1)[0].replace(".", "-")
            pathlib.Path(sys.argv[1], f"public-{stem}.x12").write_bytes(data)
EOF
(cd "$out/public" && "../../../$venv/bin/x12valid" --json-output ./*.x12 > x12valid.log 2>&1) || true
while read -r file; do
    if x12 validate "$file" > /dev/null 2>&1; then
        sources+=("$file")
    fi
done < <(python3 scripts/pyx12_report.py "$out/public")
echo "mutation sources: ${#sources[@]} files, $(printf '%s\n' "${sources[@]}" | grep -c public-) of them public"
python3 - "$out/mutations" "${sources[@]}" <<'EOF'
import pathlib, sys

for source in sys.argv[2:]:
    stem = pathlib.Path(source).name.split(".")[0]
    # Of a public file, one change in three.
    every = 3 if stem.startswith("public-") else 1
    made = 0
    segments = [s for s in pathlib.Path(source).read_text().split("~") if s.strip()]
    st = next(i for i, s in enumerate(segments) if s.strip().startswith("ST*"))
    se = next(i for i, s in enumerate(segments) if s.strip().startswith("SE*"))
    body = segments[st + 1:se]
    for n in range(len(body)):
        swapped = body[:n] + body[n + 1:n + 2] + body[n:n + 1] + body[n + 2:]
        changes = [("repeated", body[:n + 1] + body[n:]), ("left-out", body[:n] + body[n + 1:])]
        if n + 1 < len(body) and body[n].split("*")[0].strip() != body[n + 1].split("*")[0].strip():
            changes.append(("swapped", swapped))
        for kind, changed in changes:
            count = segments[se].strip().split("*")[1]
            trailer = segments[se].replace(count, str(len(changed) + 2), 1)
            mutated = segments[:st + 1] + changed + [trailer] + segments[se + 1:]
            name = f"{stem}-{n + 1:02d}-{body[n].strip().split('*')[0]}-{kind}.x12"
            made += 1
            if made % every == 0:
                pathlib.Path(sys.argv[1], name).write_text("~".join(mutated) + "~\n")
        # Each element of the segment, in turn, 81 characters long (longer than any allows),
        # "ZZ" (a code no list of these segments holds but CRC01's) and empty.
        elements = body[n].split("*")
        for e in range(1, len(elements)):
            for kind, value in (("long", "X" * 81), ("code", "ZZ"), ("empty", "")):
                if elements[e].strip() == value:
                    continue
                changed = elements[:e] + [value] + elements[e + 1:]
                mutated = segments[:st + 1 + n] + ["*".join(changed)] + segments[st + 2 + n:]
                name = f"{stem}-{n + 1:02d}-{elements[0].strip()}{e:02d}-{kind}.x12"
                made += 1
                if made % every == 0:
                    pathlib.Path(sys.argv[1], name).write_text("~".join(mutated) + "~\n")
EOF

# One x12valid run over every file; it writes FILE.json beside each.
(cd "$out" && "../../$venv/bin/x12valid" --json-output ./*.x12 > x12valid.log 2>&1) || true
(cd "$out/mutations" && "../../../$venv/bin/x12valid" --json-output ./*.x12 > x12valid.log 2>&1) || true
for file in "$out"/mutations/*.x12; do
    if x12 validate "$file" > "$file.ours" 2>&1; then echo 0; else echo 1; fi > "$file.status"
done

python3 - "$out" <<'EOF'
import pathlib, sys

sys.path.insert(0, "scripts")
from pyx12_report import problems, said_ok

out = pathlib.Path(sys.argv[1])

files = sorted(out.glob("*.x12"))
ok = said_ok(out)
failed = 0
for file in files:
    found = problems(file, ok)
    if found:
        failed += 1
        print(f"{file.name}: FAILED")
        for problem in found[:20]:
            print(f"    {problem}")
print(f"conformance: {len(files) - failed} of {len(files)} files pass x12valid")

# Each mutation x12valid refuses must give an error from x12 validate (status 1).
mutations = sorted((out / "mutations").glob("*.x12"))
ok = said_ok(out / "mutations")
counts = {"both": 0, "x12 validate only": 0, "pyx12 only": 0, "neither": 0}
for file in mutations:
    theirs = bool(problems(file, ok))
    ours = file.with_name(file.name + ".status").read_text().strip() == "1"
    kind = {(True, True): "both", (False, True): "x12 validate only",
            (True, False): "pyx12 only", (False, False): "neither"}[(theirs, ours)]
    counts[kind] += 1
    if kind == "pyx12 only":
        print(f"mutation {file.name}: pyx12 refuses it, x12 validate finds no error")
        for problem in problems(file, ok)[:5]:
            print(f"    {problem}")
print("mutations refused by: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
sys.exit(1 if failed or not files or counts["pyx12 only"] or not mutations else 0)
EOF
