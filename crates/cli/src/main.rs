//! The `dateline` command: argument parsing and output over the `dateline` façade.

mod progress;
mod render;

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use dateline::{ReadConfig, TimelineOptions, TimelineRun, tls_eval};

/// Exit code when the run finished but some input was skipped.
const EXIT_SKIPPED: u8 = 3;

#[derive(Parser)]
#[command(
    name = "dateline",
    version,
    about = "Turn news coverage into a cited, cross-checked timeline."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Read files on one core only (for debugging and profiling).
    #[arg(long, global = true)]
    single_thread: bool,
    /// No progress bar and no summary on stderr.
    #[arg(long, short, global = true)]
    quiet: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Build a timeline of the example corpus that ships with Dateline.
    Demo {
        #[command(flatten)]
        options: TimelineArgs,
    },
    /// Build a timeline from files or folders of articles (dated text, JSONL, JSON,
    /// HTML, RSS/Atom/JSON Feed, optionally .gz).
    Timeline {
        /// Files or folders to read (folders recursively).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        options: TimelineArgs,
    },
    /// List the articles Dateline reads from files or folders, after merging duplicates.
    Articles {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Print JSON lines instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Find and normalize the time expressions of a text (a file, or standard input).
    Tag {
        /// The document's publication date, YYYY-MM-DD; defaults to the file's
        /// ` date YYYY-MM-DD` header.
        #[arg(long, value_parser = parse_day)]
        dct: Option<NaiveDate>,
        file: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = TagFormat::Text)]
        format: TagFormat,
    },
    /// TempEval-3 (TimeML) tagging and scoring.
    #[command(subcommand)]
    Tempeval(TempevalCommand),
    /// Measurements for BENCHMARKS.md.
    #[command(subcommand)]
    Eval(EvalCommand),
    /// Timeline summarization benchmark and evaluation (tilse-compatible).
    #[command(subcommand)]
    Tls(TlsCommand),
}

#[derive(Clone, Copy, ValueEnum)]
enum TagFormat {
    Text,
    Json,
}

#[derive(Subcommand)]
enum TempevalCommand {
    /// Tag every .tml file of IN_DIR (TimeML with DCT and TEXT) into OUT_DIR, text unchanged.
    Tag { in_dir: PathBuf, out_dir: PathBuf },
    /// Score the .tml files of SYSTEM_DIR against the same-named files of GOLD_DIR
    /// (Task A: strict, relaxed, value, type).
    Score { gold_dir: PathBuf, system_dir: PathBuf },
    /// Re-tag and score every corpus sub-folder of DIR (e.g. ../shared/data/tempeval3).
    Eval {
        dir: PathBuf,
        /// Fail (exit 1) when a corpus's value F1 (in percent) falls below this; give
        /// CORPUS=F1 (repeatable) for one corpus, a bare F1 for the others.
        #[arg(long, value_name = "[CORPUS=]F1", value_parser = parse_floor)]
        min_value_f1: Vec<Floor>,
    },
}

#[derive(Subcommand)]
enum TlsCommand {
    /// Score system timelines against references: two files, or two folders paired by
    /// name. Files are tilse text or Dateline JSON.
    Score {
        reference: PathBuf,
        system: PathBuf,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Run the Timeline17 protocol on DATASET_DIR (<topic>/articles.jsonl, timelines.jsonl,
    /// keywords.json), writing predicted timelines to OUT_DIR and printing scores.
    Run {
        dataset_dir: PathBuf,
        out_dir: Option<PathBuf>,
        /// Fail (exit 1) when the average AR-1 F1 falls below this.
        #[arg(long, value_name = "F1")]
        min_ar1: Option<f64>,
        /// Fail (exit 1) when the average AR-2 F1 falls below this.
        #[arg(long, value_name = "F1")]
        min_ar2: Option<f64>,
        /// Fail (exit 1) when the average Date F1 falls below this.
        #[arg(long, value_name = "F1")]
        min_date_f1: Option<f64>,
    },
}

#[derive(Subcommand)]
enum EvalCommand {
    /// Sentence segmentation against the line breaks of Timeline17 (DIR/<topic>/articles.jsonl).
    Segmentation { dir: PathBuf },
    /// HTML main-text extraction against pages with the expected article text
    /// (DIR/<page>/source.html and expected.html, as in Mozilla Readability's test pages).
    Html { dir: PathBuf },
    /// Throughput of reading, segmenting and tokenizing the given files or folders.
    Throughput {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
}

#[derive(clap::Args, Clone)]
struct TimelineArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Focus on one thread of the story: only articles using these words take part.
    #[arg(long, value_name = "WORDS")]
    query: Option<String>,
    /// Leave out dates before this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    from: Option<NaiveDate>,
    /// Leave out dates after this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    to: Option<NaiveDate>,
    /// Number of dates (default: as many as the coverage makes salient).
    #[arg(long, value_name = "N")]
    dates: Option<usize>,
    /// Events per date (default: one to three, by salience).
    #[arg(long, value_name = "N")]
    sentences: Option<usize>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
    Markdown,
}

fn parse_day(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("expected a day as YYYY-MM-DD, got {text:?}"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(code) => code,
        Err(error) => {
            // A closed pipe (`dateline … | head`) is the reader's choice, not an error.
            if error.chain().any(|cause| {
                cause
                    .downcast_ref::<io::Error>()
                    .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: &Cli) -> Result<ExitCode> {
    let read = ReadConfig { parallel: !cli.single_thread, ..ReadConfig::default() };
    match &cli.command {
        Command::Demo { options } => {
            let corpus = demo_corpus()?;
            if !cli.quiet {
                eprintln!("dateline demo: reading the example corpus in {}", corpus.display());
            }
            timeline_command(cli, &[corpus], options, read)
        }
        Command::Timeline { paths, options } => timeline_command(cli, paths, options, read),
        Command::Articles { paths, json } => articles_command(cli, paths, *json, read),
        Command::Eval(EvalCommand::Segmentation { dir }) => segmentation_command(dir),
        Command::Eval(EvalCommand::Html { dir }) => html_eval_command(dir),
        Command::Tag { dct, file, format } => tag_command(*dct, file.as_deref(), *format),
        Command::Tempeval(command) => tempeval_command(command),
        Command::Tls(TlsCommand::Score { reference, system, json }) => {
            tls_score_command(reference, system, *json)
        }
        Command::Tls(TlsCommand::Run { dataset_dir, out_dir, min_ar1, min_ar2, min_date_f1 }) => {
            tls_run_command(
                dataset_dir,
                out_dir.as_deref(),
                [*min_ar1, *min_ar2, *min_date_f1],
                read,
            )
        }
        Command::Eval(EvalCommand::Throughput { paths }) => {
            let bar = progress::bar(cli.quiet);
            let measured = dateline::throughput::measure(paths, &read, &bar);
            let mut stdout = io::stdout().lock();
            writeln!(
                stdout,
                "{} articles, {} sentences, {} tokens; {:.1} MB of text ({:.1} MB of files)",
                measured.n_articles,
                measured.n_sentences,
                measured.n_tokens,
                measured.text_bytes as f64 / 1e6,
                measured.file_bytes as f64 / 1e6
            )?;
            writeln!(
                stdout,
                "read {:.3} s, segment+tokenize {:.3} s: {:.1} MB/s of article text end to end",
                measured.read_seconds,
                measured.analyze_seconds,
                measured.text_mb_per_second()
            )?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn timeline_command(
    cli: &Cli,
    paths: &[PathBuf],
    args: &TimelineArgs,
    read: ReadConfig,
) -> Result<ExitCode> {
    if let (Some(from), Some(to)) = (args.from, args.to)
        && from > to
    {
        bail!("--from {from} is after --to {to}");
    }
    let mut options = TimelineOptions { read, ..TimelineOptions::default() };
    options.timeline.query = args.query.clone().filter(|q| !q.trim().is_empty());
    options.timeline.from = args.from;
    options.timeline.to = args.to;
    options.timeline.n_dates = args.dates;
    options.timeline.n_events = args.sentences;
    let bar = progress::bar(cli.quiet);
    let run = dateline::timeline(paths, &options, &bar);
    report_input(cli, &run);
    let rendered = match args.format {
        Format::Text => render::text(&run),
        Format::Markdown => render::markdown(&run),
        Format::Json => render::json(&run).context("cannot serialize the timeline")?,
    };
    let mut stdout = io::stdout().lock();
    stdout.write_all(rendered.as_bytes())?;
    if !rendered.ends_with('\n') {
        stdout.write_all(b"\n")?;
    }
    stdout.flush()?;
    if run.corpus_summary.n_read == 0 {
        bail!("no article could be read from {}", describe(paths));
    }
    Ok(if run.skipped.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(EXIT_SKIPPED) })
}

/// Prints what was skipped and the read summary to stderr.
fn report_input(cli: &Cli, run: &TimelineRun) {
    print_diagnostics(cli, &run.skipped, &run.warnings);
    if !cli.quiet {
        let summary = &run.corpus_summary;
        eprintln!(
            "read {} files ({:.1} MB): {} articles, {} duplicates merged, {} skipped, {} warnings",
            summary.n_files,
            summary.n_bytes as f64 / 1e6,
            summary.n_read,
            summary.n_duplicates,
            summary.n_skipped,
            summary.n_warnings
        );
    }
}

fn print_diagnostics(
    cli: &Cli,
    skipped: &[dateline::Diagnostic],
    warnings: &[dateline::Diagnostic],
) {
    for diagnostic in skipped {
        eprintln!("skipped: {diagnostic}");
    }
    if !cli.quiet {
        for diagnostic in warnings {
            eprintln!("warning: {diagnostic}");
        }
    }
}

fn articles_command(
    cli: &Cli,
    paths: &[PathBuf],
    json: bool,
    read: ReadConfig,
) -> Result<ExitCode> {
    let bar = progress::bar(cli.quiet);
    let corpus = dateline::read(paths, &read, &bar);
    print_diagnostics(cli, &corpus.skipped, &corpus.warnings);
    let mut stdout = io::stdout().lock();
    for article in &corpus.articles {
        if json {
            let mut value = serde_json::to_value(article)?;
            // The listing is about metadata; the text is what the reader already has.
            if let Some(object) = value.as_object_mut() {
                object.insert("n_chars".into(), article.text.chars().count().into());
                object.remove("text");
            }
            writeln!(stdout, "{value}")?;
        } else {
            writeln!(
                stdout,
                "{}  {:<25}  {:<20}  {}  ({}){}",
                article.id,
                article.published.map(|p| p.to_string()).unwrap_or_else(|| "(no date)".into()),
                truncate(&article.outlets().join(", "), 20),
                article
                    .title
                    .as_deref()
                    .map(|t| truncate(t, 60))
                    .unwrap_or_else(|| "(no title)".into()),
                article.provenance,
                if article.also_carried_by.is_empty() {
                    String::new()
                } else {
                    " [merged duplicates]".into()
                },
            )?;
        }
    }
    if !cli.quiet {
        let s = &corpus.summary;
        eprintln!(
            "read {} files: {} articles, {} duplicates merged, {} skipped, {} warnings",
            s.n_files, s.n_read, s.n_duplicates, s.n_skipped, s.n_warnings
        );
    }
    Ok(if corpus.skipped.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(EXIT_SKIPPED) })
}

fn segmentation_command(dir: &std::path::Path) -> Result<ExitCode> {
    let scores = dateline::segeval::evaluate_t17(dir)
        .with_context(|| format!("cannot evaluate on {}", dir.display()))?;
    let mut stdout = io::stdout().lock();
    writeln!(
        stdout,
        "{:<8} {:>9} {:>9} {:>9} {:>9} {:>9} {:>7}",
        "topic", "articles", "reference", "predicted", "precision", "recall", "F1"
    )?;
    for (topic, s) in &scores {
        writeln!(
            stdout,
            "{:<8} {:>9} {:>9} {:>9} {:>9.4} {:>9.4} {:>7.4}",
            topic, s.n_articles, s.n_reference, s.n_predicted, s.precision, s.recall, s.f1
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

fn html_eval_command(dir: &std::path::Path) -> Result<ExitCode> {
    let scores = dateline::htmleval::evaluate(dir)
        .with_context(|| format!("cannot evaluate on {}", dir.display()))?;
    if scores.is_empty() {
        bail!("no <page>/source.html with an expected.html beside it under {}", dir.display());
    }
    let mut stdout = io::stdout().lock();
    writeln!(
        stdout,
        "{:<44} {:>8} {:>8} {:>9} {:>7}",
        "page", "expected", "read", "precision", "recall"
    )?;
    for s in &scores {
        writeln!(
            stdout,
            "{:<44} {:>8} {:>8} {:>9.3} {:>7.3}",
            s.page, s.n_expected_words, s.n_extracted_words, s.precision, s.recall
        )?;
    }
    let median = |mut values: Vec<f64>| {
        values.sort_by(f64::total_cmp);
        values[values.len() / 2]
    };
    let mean = |values: Vec<f64>| values.iter().sum::<f64>() / values.len() as f64;
    let precisions: Vec<f64> = scores.iter().map(|s| s.precision).collect();
    let recalls: Vec<f64> = scores.iter().map(|s| s.recall).collect();
    writeln!(
        stdout,
        "{} pages: precision mean {:.3} median {:.3}; recall mean {:.3} median {:.3}; pages with recall < 0.9: {}",
        scores.len(),
        mean(precisions.clone()),
        median(precisions),
        mean(recalls.clone()),
        median(recalls),
        scores.iter().filter(|s| s.recall < 0.9).count()
    )?;
    Ok(ExitCode::SUCCESS)
}

fn tag_command(
    dct: Option<NaiveDate>,
    file: Option<&std::path::Path>,
    format: TagFormat,
) -> Result<ExitCode> {
    let bytes = match file {
        Some(path) => {
            std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?
        }
        None => {
            let mut bytes = Vec::new();
            io::Read::read_to_end(&mut io::stdin(), &mut bytes)
                .context("cannot read standard input")?;
            bytes
        }
    };
    let name = file.map_or("<stdin>".to_string(), |p| p.display().to_string());
    let text = String::from_utf8(bytes).unwrap_or_else(|error| {
        let offset = error.utf8_error().valid_up_to();
        let bytes = error.as_bytes();
        let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
        eprintln!(
            "warning: {name}:{line}: invalid UTF-8 (first bad byte 0x{:02x} at byte {offset}); decoded with replacement characters",
            bytes[offset]
        );
        String::from_utf8_lossy(bytes).into_owned()
    });
    if text.trim().is_empty() {
        eprintln!("warning: {name}: empty file; there is nothing to tag");
    }
    let header = text
        .trim_start()
        .strip_prefix("date ")
        .and_then(|rest| rest.get(..10))
        .and_then(|d| parse_day(d).ok());
    let Some(dct) = dct.or(header) else {
        bail!(
            "{name}: no document date: pass --dct YYYY-MM-DD or start the text with ` date YYYY-MM-DD`"
        );
    };
    let found = dateline::timex::tag(&text, dct);
    let mut stdout = io::stdout().lock();
    match format {
        TagFormat::Json => {
            let items: Vec<serde_json::Value> = found
                .iter()
                .map(|t| {
                    let mut value = serde_json::to_value(t).expect("a timex serializes");
                    value["text"] = text[t.span.clone()].into();
                    value
                })
                .collect();
            writeln!(
                stdout,
                "{}",
                serde_json::to_string_pretty(
                    &serde_json::json!({"dct": dct.to_string(), "timexes": items})
                )?
            )?;
        }
        TagFormat::Text => {
            for t in &found {
                let modifier =
                    t.modifier.map(|m| format!(" mod={}", m.as_str())).unwrap_or_default();
                let range = t
                    .range
                    .as_ref()
                    .map(|r| format!(" {:?} {:?}", r.role, &text[r.other.clone()]))
                    .unwrap_or_default();
                writeln!(
                    stdout,
                    "{}..{}\t{:?}\t{}\t{}{modifier}\t{:?}{range}",
                    t.span.start,
                    t.span.end,
                    &text[t.span.clone()],
                    t.kind.as_str(),
                    t.value,
                    t.granularity
                )?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn tempeval_command(command: &TempevalCommand) -> Result<ExitCode> {
    let mut stdout = io::stdout().lock();
    match command {
        TempevalCommand::Tag { in_dir, out_dir } => {
            let (n_written, problems) =
                dateline::tempeval::tag_dir(in_dir, out_dir).with_context(|| {
                    format!("cannot tag {} into {}", in_dir.display(), out_dir.display())
                })?;
            for problem in &problems {
                eprintln!("skipped: {problem}");
            }
            eprintln!("tagged {n_written} files into {}", out_dir.display());
            Ok(if problems.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(EXIT_SKIPPED) })
        }
        TempevalCommand::Score { gold_dir, system_dir } => {
            let (scores, n_files, problems) = dateline::tempeval::score_dirs(gold_dir, system_dir)
                .with_context(|| {
                    format!("cannot score {} against {}", system_dir.display(), gold_dir.display())
                })?;
            for problem in &problems {
                eprintln!("skipped: {problem}");
            }
            writeln!(
                stdout,
                "{n_files} files, {} gold, {} system timexes",
                scores.n_gold, scores.n_system
            )?;
            print_timex_scores(&mut stdout, &scores)?;
            Ok(if problems.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(EXIT_SKIPPED) })
        }
        TempevalCommand::Eval { dir, min_value_f1 } => {
            let results = dateline::tempeval::evaluate(dir)
                .with_context(|| format!("cannot evaluate on {}", dir.display()))?;
            if results.is_empty() {
                bail!("no corpus folder with .tml files under {}", dir.display());
            }
            let mut below = Vec::new();
            // A floor for a corpus that is not there is a typo, not a pass.
            for floor in min_value_f1 {
                if let Some(name) = &floor.corpus
                    && !results.iter().any(|c| &c.name == name)
                {
                    bail!(
                        "--min-value-f1 names corpus '{name}', which is not under {}",
                        dir.display()
                    );
                }
            }
            for corpus in &results {
                writeln!(
                    stdout,
                    "{}: {} documents, {} gold, {} system timexes; tagged {:.1} KB in {:.3} s",
                    corpus.name,
                    corpus.n_documents,
                    corpus.scores.n_gold,
                    corpus.scores.n_system,
                    corpus.n_bytes as f64 / 1e3,
                    corpus.tag_seconds
                )?;
                print_timex_scores(&mut stdout, &corpus.scores)?;
                let floor = min_value_f1
                    .iter()
                    .find(|f| f.corpus.as_deref() == Some(corpus.name.as_str()))
                    .or_else(|| min_value_f1.iter().find(|f| f.corpus.is_none()))
                    .map(|f| f.f1);
                if let Some(floor) = floor
                    && corpus.scores.value.f1 * 100.0 < floor
                {
                    below.push(format!(
                        "{} value F1 {:.2} is below the floor {floor}",
                        corpus.name,
                        corpus.scores.value.f1 * 100.0
                    ));
                }
            }
            if !below.is_empty() {
                bail!("{}", below.join("; "));
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// A value-F1 floor for `tempeval eval`, for one corpus or for all.
#[derive(Clone, Debug, PartialEq)]
struct Floor {
    corpus: Option<String>,
    f1: f64,
}

/// "78.3" (every corpus) or "aquaint=78.3" (one).
fn parse_floor(arg: &str) -> Result<Floor, String> {
    let (corpus, number) = match arg.split_once('=') {
        Some((name, number)) if !name.is_empty() => (Some(name.to_string()), number),
        Some(_) => return Err(format!("'{arg}' names no corpus before '='")),
        None => (None, arg),
    };
    let f1: f64 =
        number.parse().map_err(|_| format!("'{number}' is not a number (an F1 in percent)"))?;
    if !(0.0..=100.0).contains(&f1) {
        return Err(format!("{f1} is not a percentage"));
    }
    Ok(Floor { corpus, f1 })
}

fn print_timex_scores(
    out: &mut impl Write,
    scores: &dateline::timex::tempeval::Scores,
) -> io::Result<()> {
    for (measure, prf) in [
        ("strict", scores.strict),
        ("relaxed", scores.relaxed),
        ("value", scores.value),
        ("type", scores.kind),
    ] {
        writeln!(
            out,
            "  {measure:8} P {:6.2}  R {:6.2}  F1 {:6.2}",
            prf.precision * 100.0,
            prf.recall * 100.0,
            prf.f1 * 100.0
        )?;
    }
    Ok(())
}

fn tls_score_command(
    reference: &std::path::Path,
    system: &std::path::Path,
    json: bool,
) -> Result<ExitCode> {
    let run = dateline::tls::score_paths(reference, system)?;
    let mut stdout = io::stdout().lock();
    if json {
        let prf = |p: tls_eval::Prf| serde_json::json!({"precision": p.precision, "recall": p.recall, "f1": p.f1});
        let scores_json = |scores: &tls_eval::Scores| {
            serde_json::Value::Object(
                scores.named().iter().map(|(name, p)| (name.to_string(), prf(*p))).collect(),
            )
        };
        let value = serde_json::json!({
            "per_timeline": run.pairs.iter().map(|(system, reference, scores)| serde_json::json!({
                "system": system.display().to_string(),
                "reference": reference.display().to_string(),
                "scores": scores_json(scores),
            })).collect::<Vec<_>>(),
            "average": scores_json(&run.average),
            "unpaired_systems": run.unpaired_systems.iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
            "unpaired_references": run.unpaired_references.iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
        });
        writeln!(stdout, "{}", serde_json::to_string_pretty(&value)?)?;
    } else {
        writeln!(stdout, "{}", score_header("system"))?;
        for (system, _, scores) in &run.pairs {
            let name =
                system.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            writeln!(stdout, "{}", score_row(&name, scores))?;
        }
        writeln!(stdout, "{}", score_row("average", &run.average))?;
        for path in &run.unpaired_systems {
            eprintln!("warning: no reference for {}", path.display());
        }
        for path in &run.unpaired_references {
            eprintln!("warning: no system timeline for {}", path.display());
        }
    }
    if run.pairs.is_empty() {
        bail!("no system timeline could be paired with a reference");
    }
    Ok(ExitCode::SUCCESS)
}

fn score_header(first: &str) -> String {
    format!(
        "{first:<32} {:>7} {:>7} {:>7} {:>7} {:>7} {:>7} {:>7}",
        "AR-1", "AR-2", "Date", "con-1", "con-2", "agr-1", "agr-2"
    )
}

fn score_row(name: &str, s: &tls_eval::Scores) -> String {
    format!(
        "{name:<32} {:>7.4} {:>7.4} {:>7.4} {:>7.4} {:>7.4} {:>7.4} {:>7.4}",
        s.align_m2o_r1.f1,
        s.align_m2o_r2.f1,
        s.date_f1.f1,
        s.concat_r1.f1,
        s.concat_r2.f1,
        s.agreement_r1.f1,
        s.agreement_r2.f1
    )
}

fn tls_run_command(
    dataset: &std::path::Path,
    out_dir: Option<&std::path::Path>,
    floors: [Option<f64>; 3],
    read: ReadConfig,
) -> Result<ExitCode> {
    let started = std::time::Instant::now();
    let mut stdout = io::stdout().lock();
    writeln!(stdout, "{}", score_header("task (topic/timeline, articles, l, k)"))?;
    let mut print_error = None;
    let run = dateline::tls::run_benchmark(
        dataset,
        out_dir,
        &read,
        &dateline::AnalyzeConfig::default(),
        &mut |task| {
            let name = format!(
                "{}/{} ({}, {}, {})",
                task.topic,
                task.timeline_idx,
                task.n_articles,
                task.n_reference_dates,
                task.sentences_per_date
            );
            if let Err(error) = writeln!(stdout, "{}", score_row(&name, &task.scores)) {
                print_error.get_or_insert(error);
            }
        },
    )?;
    if let Some(error) = print_error {
        return Err(error.into());
    }
    let mut topics: Vec<&str> = run.tasks.iter().map(|t| t.topic.as_str()).collect();
    topics.dedup();
    writeln!(stdout)?;
    for topic in topics {
        let scores: Vec<tls_eval::Scores> =
            run.tasks.iter().filter(|t| t.topic == topic).map(|t| t.scores).collect();
        writeln!(stdout, "{}", score_row(topic, &tls_eval::average(&scores)))?;
    }
    writeln!(
        stdout,
        "{}",
        score_row(&format!("average of {} tasks", run.tasks.len()), &run.average)
    )?;
    let t = &run.times;
    writeln!(
        stdout,
        "\nwall time: read {:.2} s, analyze {:.2} s, build {:.2} s, score {:.2} s; total {:.2} s",
        t.read,
        t.analyze,
        t.build,
        t.score,
        started.elapsed().as_secs_f64()
    )?;
    let [min_ar1, min_ar2, min_date] = floors;
    let mut failed = Vec::new();
    for (name, floor, value) in [
        ("AR-1 F1", min_ar1, run.average.align_m2o_r1.f1),
        ("AR-2 F1", min_ar2, run.average.align_m2o_r2.f1),
        ("Date F1", min_date, run.average.date_f1.f1),
    ] {
        if let Some(floor) = floor.filter(|floor| value < *floor) {
            failed.push(format!("{name} {value:.4} is below the floor {floor:.4}"));
        }
    }
    if !failed.is_empty() {
        bail!("{}", failed.join("; "));
    }
    Ok(ExitCode::SUCCESS)
}

/// The example corpus: beside the binary's source tree when run from a checkout, or
/// `./corpus` in the working directory.
fn demo_corpus() -> Result<PathBuf> {
    let candidates = [
        PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus")),
        PathBuf::from("corpus"),
    ];
    let found = candidates.into_iter().find(|path| path.is_dir()).context(
        "the example corpus was not found: run `dateline demo` from a Dateline checkout",
    )?;
    // Citations read better as `corpus/...` than as a path through the build tree.
    let canonical = found.canonicalize().unwrap_or(found);
    let relative = std::env::current_dir()
        .ok()
        .and_then(|cwd| canonical.strip_prefix(cwd).ok().map(PathBuf::from))
        .unwrap_or_else(|| canonical.clone());
    Ok(relative)
}

fn describe(paths: &[PathBuf]) -> String {
    paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
}

fn truncate(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let mut truncated: String = text.chars().take(max_chars - 1).collect();
    truncated.push('…');
    truncated
}

/// Whether stderr is a terminal (progress bars only then).
pub fn stderr_is_terminal() -> bool {
    io::stderr().is_terminal()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floors_for_all_corpora_or_one() {
        assert_eq!(parse_floor("78.3"), Ok(Floor { corpus: None, f1: 78.3 }));
        assert_eq!(
            parse_floor("aquaint=78.3"),
            Ok(Floor { corpus: Some("aquaint".into()), f1: 78.3 })
        );
        assert!(parse_floor("=78").is_err());
        assert!(parse_floor("aquaint=high").is_err());
        assert!(parse_floor("178").is_err());
    }
}
