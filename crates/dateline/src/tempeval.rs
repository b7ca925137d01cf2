//! TempEval-3 folders: tag a folder of TimeML files, score one folder against another,
//! and evaluate the tagger on the training corpora (one sub-folder per corpus).

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use timex::tempeval::{Scores, annotate, score};

use crate::Diagnostic;

/// The `.tml` files directly in `dir`, sorted.
fn tml_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "tml"))
        .collect();
    files.sort();
    Ok(files)
}

fn diagnostic(path: &Path, message: impl Into<String>) -> Diagnostic {
    Diagnostic { path: path.display().to_string(), line: None, message: message.into() }
}

fn read_lossy(path: &Path) -> std::io::Result<String> {
    fs::read(path).map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
}

/// Tags every `.tml` file of `in_dir` into `out_dir` (created if needed); files that
/// cannot be read or parsed are reported and skipped. Returns the number written.
pub fn tag_dir(in_dir: &Path, out_dir: &Path) -> std::io::Result<(usize, Vec<Diagnostic>)> {
    let files = tml_files(in_dir)?;
    fs::create_dir_all(out_dir)?;
    let mut problems = Vec::new();
    let mut n_written = 0;
    for path in files {
        let tagged = read_lossy(&path)
            .map_err(|e| e.to_string())
            .and_then(|tml| annotate(&tml).map_err(|e| e.to_string()));
        match tagged {
            Ok(tagged) => {
                let out = out_dir.join(path.file_name().expect("listed files have names"));
                fs::write(&out, tagged)?;
                n_written += 1;
            }
            Err(message) => problems.push(diagnostic(&path, message)),
        }
    }
    Ok((n_written, problems))
}

/// Scores the `.tml` files of `system_dir` against the same-named files of `gold_dir`.
pub fn score_dirs(
    gold_dir: &Path,
    system_dir: &Path,
) -> std::io::Result<(Scores, usize, Vec<Diagnostic>)> {
    let mut problems = Vec::new();
    let mut pairs = Vec::new();
    for gold_path in tml_files(gold_dir)? {
        let system_path = system_dir.join(gold_path.file_name().expect("listed files have names"));
        match (read_lossy(&gold_path), read_lossy(&system_path)) {
            (Ok(gold), Ok(system)) => pairs.push((gold_path, gold, system)),
            (Err(error), _) => problems.push(diagnostic(&gold_path, error.to_string())),
            (_, Err(error)) => {
                problems.push(diagnostic(&system_path, format!("no system file: {error}")))
            }
        }
    }
    // Score files one by one first, so one broken file is reported rather than failing all.
    pairs.retain(|(path, gold, system)| match score(&[(gold.as_str(), system.as_str())]) {
        Ok(_) => true,
        Err(error) => {
            problems.push(diagnostic(path, error.to_string()));
            false
        }
    });
    let refs: Vec<(&str, &str)> = pairs.iter().map(|(_, g, s)| (g.as_str(), s.as_str())).collect();
    let scores = score(&refs).map_err(|e| std::io::Error::other(e.to_string()))?;
    Ok((scores, pairs.len(), problems))
}

/// One corpus of an evaluation.
pub struct CorpusEvaluation {
    pub name: String,
    pub n_documents: usize,
    pub n_bytes: usize,
    pub tag_seconds: f64,
    pub scores: Scores,
}

/// Re-tags each gold file of every corpus sub-folder of `dataset` from its text alone
/// (`annotate` drops the gold TIMEX3 tags) and scores it against the gold file.
pub fn evaluate(dataset: &Path) -> std::io::Result<Vec<CorpusEvaluation>> {
    let mut corpora: Vec<PathBuf> = fs::read_dir(dataset)?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.is_dir())
        .collect();
    corpora.sort();
    let mut results = Vec::new();
    for corpus in corpora {
        let files = tml_files(&corpus)?;
        if files.is_empty() {
            continue;
        }
        let gold: Vec<String> = files.iter().map(|p| read_lossy(p)).collect::<Result<_, _>>()?;
        let started = Instant::now();
        let system: Vec<String> = gold
            .iter()
            .zip(&files)
            .map(|(g, path)| {
                annotate(g).map_err(|e| std::io::Error::other(format!("{}: {e}", path.display())))
            })
            .collect::<Result<_, _>>()?;
        let tag_seconds = started.elapsed().as_secs_f64();
        let pairs: Vec<(&str, &str)> =
            gold.iter().map(String::as_str).zip(system.iter().map(String::as_str)).collect();
        let scores = score(&pairs).map_err(|e| std::io::Error::other(e.to_string()))?;
        results.push(CorpusEvaluation {
            name: corpus.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            n_documents: files.len(),
            n_bytes: gold.iter().map(String::len).sum(),
            tag_seconds,
            scores,
        });
    }
    Ok(results)
}
