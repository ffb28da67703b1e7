"""What pyx12's x12valid says of the files of a folder it was run in.

x12valid's exit status says nothing: a file passes when the folder's x12valid.log says OK for
it and its JSON report (FILE.json, from --json-output) holds no error at any level.

    python3 scripts/pyx12_report.py FOLDER    # prints the .x12 files of FOLDER that pass
"""
import json
import pathlib
import sys


def said_ok(folder):
    """The files x12valid's log in `folder` says OK for."""
    log = (folder / "x12valid.log").read_text(errors="replace")
    return {line.rsplit(": ", 1)[0].lstrip("./") for line in log.splitlines() if line.endswith(": OK")}


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


def problems(file, ok):
    """What x12valid holds against a file: nothing when it passes."""
    found = [] if file.name in ok else ["x12valid did not say OK"]
    try:
        report = json.loads(file.with_name(file.name + ".json").read_text())
        found += [f"{where}: {what}" for where, what in errors(report)]
    except (OSError, ValueError) as e:
        found.append(f"no readable report ({e})")
    return found


if __name__ == "__main__":
    folder = pathlib.Path(sys.argv[1])
    ok = said_ok(folder)
    for file in sorted(folder.glob("*.x12")):
        if not problems(file, ok):
            print(file)
