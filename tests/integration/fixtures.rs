//! Access to the sample files: the public corpus in `../shared/fixtures/public` (read in place,
//! never copied into the project) and our own fixtures in `tests/data`.

use std::path::{Path, PathBuf};

/// The shared folder beside the project root, when present.
///
/// A user's clone has no `../shared`: tests that need it print a notice and skip. In CI
/// (`CI=true`) its absence is a failure, so a missing corpus can never pass silently.
pub fn shared() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if dir.is_dir() {
        return Some(dir);
    }
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
    None
}

/// Every file of one folder of the shared tree (e.g. `fixtures/public/835`), sorted.
pub fn shared_files(folder: &str) -> Vec<PathBuf> {
    let Some(root) = shared() else {
        return Vec::new();
    };
    files_in(&root.join(folder))
}

/// Every file of the public corpus (837p, 835, other) and of the spec examples.
pub fn all_shared_samples() -> Vec<PathBuf> {
    [
        "fixtures/public/837p",
        "fixtures/public/835",
        "fixtures/public/other",
        "spec/examples",
    ]
    .iter()
    .flat_map(|f| shared_files(f))
    .collect()
}

/// Our own fixtures under `tests/data`.
pub fn own_files() -> Vec<PathBuf> {
    files_in(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data"))
}

/// The bytes of one of our own fixtures, by its name under `tests/data`.
pub fn own_file(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
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

/// A short name for messages.
pub fn name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}
