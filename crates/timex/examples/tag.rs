//! Tags a dated text file (first line ` date YYYY-MM-DD`, or `--dct YYYY-MM-DD`) and prints one
//! timex a line: `cargo run -p timex --example tag -- FILE [--dct YYYY-MM-DD]`.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.first().ok_or("usage: tag FILE [--dct YYYY-MM-DD]")?;
    let text = std::fs::read_to_string(path)?;
    let dct = match args.iter().position(|a| a == "--dct") {
        Some(k) => args.get(k + 1).ok_or("--dct needs a date")?.parse()?,
        None => text
            .trim_start()
            .strip_prefix("date ")
            .and_then(|s| s.get(..10))
            .ok_or("no date line")?
            .parse()?,
    };
    for t in timex::tag(&text, dct) {
        let modifier = t.modifier.map(|m| m.as_str()).unwrap_or("");
        println!(
            "{:>6} {:?} {} {} {} {:?}",
            t.span.start,
            &text[t.span.clone()],
            t.kind.as_str(),
            t.value,
            modifier,
            t.granularity
        );
    }
    Ok(())
}
