//! Tags the TempEval-3 training corpora with the tagger and scores it against their gold
//! annotation:
//! `cargo run --release -p timex --example tempeval_eval -- [DATA_DIR] [--errors] [--floor F1]`,
//! where DATA_DIR (default `../shared/data/tempeval3`) holds one folder per corpus
//! (`timebank/`, `aquaint/`) of `.tml` files. `--errors` lists every disagreement (`--context` adds the text around it); `--floor`
//! exits with status 1 when a corpus scores a value F1 (in percent) below the floor.

use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_errors = args.iter().any(|a| a == "--errors");
    let show_context = args.iter().any(|a| a == "--context");
    let floor: Option<f64> = match args.iter().position(|a| a == "--floor") {
        Some(k) => Some(args.get(k + 1).ok_or("--floor needs a number")?.parse()?),
        None => None,
    };
    let data_dir = args
        .iter()
        .enumerate()
        .find(|(k, a)| !a.starts_with("--") && (*k == 0 || args[k - 1] != "--floor"))
        .map_or("../shared/data/tempeval3".to_string(), |(_, a)| a.clone());
    let mut below_floor = false;
    let mut corpora: Vec<_> = std::fs::read_dir(&data_dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    corpora.sort();
    for corpus in corpora {
        let mut files: Vec<_> = std::fs::read_dir(&corpus)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "tml"))
            .collect();
        files.sort();
        let gold: Vec<String> =
            files.iter().map(std::fs::read_to_string).collect::<Result<_, _>>()?;
        let started = std::time::Instant::now();
        let system: Vec<String> =
            gold.iter().map(|g| timex::tempeval::annotate(g)).collect::<Result<_, _>>()?;
        let elapsed = started.elapsed();
        let pairs: Vec<(&str, &str)> =
            gold.iter().map(String::as_str).zip(system.iter().map(String::as_str)).collect();
        let s = timex::tempeval::score(&pairs)?;
        let name = corpus.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        println!(
            "{name}: {} documents, {} gold, {} system, tagged in {:.1?}",
            files.len(),
            s.n_gold,
            s.n_system,
            elapsed
        );
        for (measure, prf) in
            [("strict", s.strict), ("relaxed", s.relaxed), ("value", s.value), ("type", s.kind)]
        {
            println!(
                "  {measure:8} P {:5.1}  R {:5.1}  F1 {:5.1}",
                prf.precision * 100.0,
                prf.recall * 100.0,
                prf.f1 * 100.0
            );
        }
        if show_errors {
            print_errors(&files, &gold, &system, show_context)?;
        }
        if let Some(floor) = floor
            && s.value.f1 * 100.0 < floor
        {
            eprintln!("{name}: value F1 {:.1} is below the floor {floor}", s.value.f1 * 100.0);
            below_floor = true;
        }
    }
    if below_floor {
        std::process::exit(1);
    }
    Ok(())
}

/// One line per disagreement: missed (-), spurious (+), span (~) or value (!) errors.
fn print_errors(
    files: &[std::path::PathBuf],
    gold: &[String],
    system: &[String],
    show_context: bool,
) -> Result<(), Box<dyn std::error::Error>> {
    for ((file, g), s) in files.iter().zip(gold).zip(system) {
        let name =
            file.file_name().map(Path::new).map(|p| p.display().to_string()).unwrap_or_default();
        let dct = timex::tempeval::document_time(g)?;
        let g = timex::tempeval::read_text(g)?;
        let s = timex::tempeval::read_text(s)?;
        let text = &g.plain;
        let show = |r: &std::ops::Range<usize>| text[r.clone()].replace('\n', " ");
        // With `--context`, each line also shows the surrounding text.
        let context = |r: &std::ops::Range<usize>| {
            if !show_context {
                return String::new();
            }
            let mut from = r.start.saturating_sub(70);
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            let mut to = (r.end + 50).min(text.len());
            while !text.is_char_boundary(to) {
                to += 1;
            }
            format!(
                "  | {}[{}]{}",
                text[from..r.start].replace('\n', " "),
                show(r),
                text[r.end..to].replace('\n', " ")
            )
        };
        for gt in &g.timexes {
            match s
                .timexes
                .iter()
                .find(|t| t.span.start < gt.span.end && gt.span.start < t.span.end)
            {
                None => println!(
                    "- {name} {:?} {} {}{}",
                    show(&gt.span),
                    gt.kind,
                    gt.value,
                    context(&gt.span)
                ),
                Some(t) => {
                    if t.span != gt.span {
                        println!(
                            "~ {name} {:?} vs {:?}{}",
                            show(&gt.span),
                            show(&t.span),
                            context(&gt.span)
                        );
                    }
                    if t.value != gt.value || t.kind != gt.kind {
                        println!(
                            "! {name} {dct} {:?} gold {} {} system {} {}{}",
                            show(&gt.span),
                            gt.kind,
                            gt.value,
                            t.kind,
                            t.value,
                            context(&gt.span)
                        );
                    }
                }
            }
        }
        for t in &s.timexes {
            if !g.timexes.iter().any(|gt| t.span.start < gt.span.end && gt.span.start < t.span.end)
            {
                println!("+ {name} {:?} {} {}{}", show(&t.span), t.kind, t.value, context(&t.span));
            }
        }
    }
    Ok(())
}
