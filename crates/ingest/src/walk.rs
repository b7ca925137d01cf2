//! Turns the paths a user names (files and folders, read recursively, `.gz` included)
//! into one [`Corpus`], reading files on both cores and merging duplicates at the end.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::dedup::{DedupConfig, deduplicate};
use crate::{Corpus, Diagnostic, FileOutput, Format, Summary, read_owned};

/// Receives progress as files are read; the CLI draws a bar with it.
pub trait Progress: Sync {
    /// Called once, with the total size in bytes of the files about to be read.
    fn start(&self, total_bytes: u64);
    /// Called after each file, with its size on disk.
    fn advance(&self, bytes: u64);
    fn finish(&self);
}

/// Does nothing; for tests and quiet runs.
pub struct NoProgress;

impl Progress for NoProgress {
    fn start(&self, _: u64) {}
    fn advance(&self, _: u64) {}
    fn finish(&self) {}
}

/// How to read.
#[derive(Clone, Debug)]
pub struct ReadConfig {
    /// Read files in parallel (off makes debugging and profiling simpler).
    pub parallel: bool,
    /// Files larger than this, on disk or once decompressed, are skipped with a message
    /// rather than read into memory.
    pub max_file_bytes: u64,
    pub dedup: DedupConfig,
}

impl Default for ReadConfig {
    fn default() -> ReadConfig {
        ReadConfig { parallel: true, max_file_bytes: 1 << 30, dedup: DedupConfig::default() }
    }
}

/// A file to read and the outlet its location suggests.
struct Entry {
    path: PathBuf,
    display: String,
    outlet_hint: Option<String>,
    size: u64,
}

/// Reads every article under `paths`. Folders are read recursively in name order, hidden
/// files and folders skipped; a file in a sub-folder of a named folder gets that
/// sub-folder's name as its outlet when its content names none.
pub fn read_paths(paths: &[PathBuf], config: &ReadConfig, progress: &dyn Progress) -> Corpus {
    let mut corpus = Corpus::default();
    let mut entries = Vec::new();
    for path in paths {
        collect(path, path, &mut entries, &mut corpus.skipped);
    }
    let total_bytes = entries.iter().map(|entry| entry.size).sum();
    progress.start(total_bytes);
    let read_one = |entry: &Entry| {
        let output = read_file(entry, config.max_file_bytes);
        progress.advance(entry.size);
        output
    };
    let outputs: Vec<FileOutput> = if config.parallel {
        entries.par_iter().map(read_one).collect()
    } else {
        entries.iter().map(read_one).collect()
    };
    progress.finish();

    let mut articles = Vec::new();
    for output in outputs {
        articles.extend(output.articles);
        corpus.skipped.extend(output.skipped);
        corpus.warnings.extend(output.warnings);
    }
    let n_read = articles.len() as u64;
    let (articles, n_duplicates) = deduplicate(articles, &config.dedup);
    corpus.summary = Summary {
        n_files: entries.len() as u64,
        n_bytes: total_bytes,
        n_read,
        n_skipped: corpus.skipped.len() as u64,
        n_duplicates,
        n_warnings: corpus.warnings.len() as u64,
    };
    corpus.articles = articles;
    corpus
}

fn collect(root: &Path, path: &Path, entries: &mut Vec<Entry>, skipped: &mut Vec<Diagnostic>) {
    let display = path.display().to_string();
    let metadata = match fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(error) => {
            skipped.push(Diagnostic { path: display, line: None, message: error.to_string() });
            return;
        }
    };
    if metadata.is_dir() {
        let mut children: Vec<PathBuf> = match fs::read_dir(path) {
            Ok(read_dir) => {
                read_dir.filter_map(|entry| entry.ok().map(|entry| entry.path())).collect()
            }
            Err(error) => {
                skipped.push(Diagnostic { path: display, line: None, message: error.to_string() });
                return;
            }
        };
        children.sort();
        for child in children {
            let hidden =
                child.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
            if !hidden {
                collect(root, &child, entries, skipped);
            }
        }
        return;
    }
    // Inside a named folder, the folder a file sits in is its outlet's best guess; a file
    // named directly (or sitting directly in the named folder) has no such hint.
    let outlet_hint = path
        .strip_prefix(root)
        .ok()
        .filter(|relative| relative.components().count() >= 2)
        .and_then(|_| path.parent()?.file_name()?.to_str())
        .map(str::to_string);
    entries.push(Entry { path: path.to_path_buf(), display, outlet_hint, size: metadata.len() });
}

fn read_file(entry: &Entry, max_bytes: u64) -> FileOutput {
    let mut output = FileOutput::default();
    let diagnostic =
        |message: String| Diagnostic { path: entry.display.clone(), line: None, message };
    if entry.size > max_bytes {
        output.skip(diagnostic(format!(
            "file too large ({} bytes; the limit is {max_bytes}): split it or raise the limit",
            entry.size
        )));
        return output;
    }
    let bytes = match fs::read(&entry.path) {
        Ok(bytes) => bytes,
        Err(error) => {
            output.skip(diagnostic(format!("cannot read: {error}")));
            return output;
        }
    };
    let gzipped = bytes.starts_with(&[0x1f, 0x8b]);
    let bytes = if gzipped {
        let mut decompressed = Vec::new();
        let decoder = flate2::read::MultiGzDecoder::new(bytes.as_slice());
        // Read one byte past the limit to tell "exactly at the limit" from "over it".
        match decoder.take(max_bytes + 1).read_to_end(&mut decompressed) {
            Ok(n) if n as u64 > max_bytes => {
                output.skip(diagnostic(format!(
                    "decompresses to more than {max_bytes} bytes; skipped"
                )));
                return output;
            }
            Ok(_) => decompressed,
            Err(error) => {
                output.skip(diagnostic(format!("broken gzip data: {error}")));
                return output;
            }
        }
    } else {
        bytes
    };
    let name = entry.display.as_str();
    if Format::from_extension(name).is_none() && looks_binary(&bytes) {
        output.skip(diagnostic(
            "unknown format: binary content (Dateline reads dated text, JSONL, JSON, HTML, RSS/Atom/JSON Feed, optionally gzipped)".to_string(),
        ));
        return output;
    }
    let mut file_output = read_owned(name, bytes, entry.outlet_hint.as_deref());
    file_output.skipped.extend(output.skipped);
    file_output
}

/// NUL bytes in the first 8 KiB mean an image, a PDF, an archive: not text.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    memchr::memchr(0, head).is_some()
        && !head.starts_with(&[0xff, 0xfe])
        && !head.starts_with(&[0xfe, 0xff])
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn temp_dir(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("dateline-ingest-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn folders_gz_outlet_hints_and_bad_files() {
        let dir = temp_dir("walk");
        fs::create_dir_all(dir.join("the-ledger")).unwrap();
        fs::create_dir_all(dir.join(".hidden")).unwrap();
        fs::write(dir.join("the-ledger/a.txt"), " date 2022-02-08 Ledger story about a vote.")
            .unwrap();
        fs::write(dir.join("top.txt"), " date 2022-02-07 Top-level story about a flood.").unwrap();
        fs::write(dir.join(".hidden/x.txt"), " date 2022-02-07 hidden").unwrap();
        fs::write(dir.join("empty.jsonl"), "").unwrap();
        fs::write(dir.join("image.png"), [0x89, b'P', b'N', b'G', 0, 0, 0, 13]).unwrap();
        fs::write(dir.join("latin1.txt"), b" date 2022-02-06 Caf\xe9 owners protest.").unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(
            b"{\"text\": \"Zipped story.\", \"published\": \"2022-02-05\", \"outlet\": \"Zip\"}\n",
        )
        .unwrap();
        fs::write(dir.join("more.jsonl.gz"), gz.finish().unwrap()).unwrap();
        fs::write(dir.join("broken.jsonl.gz"), [0x1f, 0x8b, 8, 0, 1, 2]).unwrap();

        let corpus = read_paths(std::slice::from_ref(&dir), &ReadConfig::default(), &NoProgress);
        let mut labels: Vec<String> = corpus.articles.iter().map(|a| a.source_label()).collect();
        labels.sort();
        assert_eq!(labels, ["Zip", "latin1", "the-ledger", "top"]);
        let skipped: Vec<String> = corpus
            .skipped
            .iter()
            .map(|d| d.to_string().replace(&dir.display().to_string(), "DIR"))
            .collect();
        assert_eq!(skipped.len(), 3, "{skipped:#?}");
        assert!(skipped.iter().any(|s| s.starts_with("DIR/broken.jsonl.gz: broken gzip data")));
        assert!(skipped.contains(&"DIR/empty.jsonl: empty file".to_string()));
        assert!(
            skipped.iter().any(|s| s.starts_with("DIR/image.png: unknown format: binary content"))
        );
        let warning = corpus.warnings[0].to_string().replace(&dir.display().to_string(), "DIR");
        assert_eq!(
            warning,
            "DIR/latin1.txt:1: invalid UTF-8 (first bad byte 0xe9 at byte 20); decoded with replacement characters"
        );
        assert_eq!(corpus.summary.n_files, 7);
        assert_eq!(corpus.summary.n_read, 4);
        assert_eq!(corpus.summary.n_skipped, 3);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn missing_path_is_reported() {
        let corpus = read_paths(
            &[PathBuf::from("/no/such/dateline/path")],
            &ReadConfig::default(),
            &NoProgress,
        );
        assert!(corpus.articles.is_empty());
        assert!(corpus.skipped[0].to_string().starts_with("/no/such/dateline/path: "));
    }

    #[test]
    fn oversized_files_are_skipped() {
        let dir = temp_dir("size");
        fs::write(dir.join("big.txt"), " date 2022-02-08 ".repeat(10)).unwrap();
        let config = ReadConfig { max_file_bytes: 16, ..ReadConfig::default() };
        let corpus = read_paths(std::slice::from_ref(&dir), &config, &NoProgress);
        assert!(corpus.skipped[0].message.starts_with("file too large (170 bytes"));
        fs::remove_dir_all(&dir).unwrap();
    }
}
