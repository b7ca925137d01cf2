//! End-to-end tests of the `dateline` binary: the README's commands, the sample reports
//! of `../shared/data/samples`, output formats, and bad input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn samples() -> PathBuf {
    root().join("../shared/data/samples")
}

fn dateline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("the dateline binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dateline-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

mod samples {
    use super::*;

    fn json_timeline() -> serde_json::Value {
        let output =
            dateline(&["timeline", samples().to_str().unwrap(), "--format", "json", "--quiet"]);
        assert!(output.status.success(), "{}", stderr(&output));
        serde_json::from_str(&stdout(&output)).expect("valid JSON")
    }

    fn entry<'a>(timeline: &'a serde_json::Value, label: &str) -> &'a serde_json::Value {
        timeline["entries"]
            .as_array()
            .unwrap()
            .iter()
            .find(|entry| entry["date"]["label"] == label)
            .unwrap_or_else(|| panic!("no entry for {label} in {timeline:#}"))
    }

    fn event_texts(entry: &serde_json::Value) -> Vec<String> {
        entry["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|event| event["text"].as_str().unwrap().to_string())
            .collect()
    }

    #[test]
    fn timeline_has_the_dated_events_of_both_reports() {
        let timeline = json_timeline();
        assert_eq!(timeline["format_version"], 1);
        assert_eq!(timeline["n_articles"], 2);

        let written_replies = event_texts(entry(&timeline, "2022-01-26"));
        assert!(written_replies.iter().any(|text| text.contains("written responses")));

        let monday = entry(&timeline, "2022-02-07");
        let monday_events = event_texts(monday).join("\n");
        assert!(monday_events.contains("Macron met with Russian President Vladimir Putin"));
        assert!(monday_events.contains("Biden"), "{monday_events}");

        let tuesday = entry(&timeline, "2022-02-08");
        assert_eq!(tuesday["outlets"].as_array().unwrap().len(), 2, "{tuesday:#}");
        assert!(event_texts(tuesday).iter().any(|text| text.contains("Kyiv")));

        let drills = entry(&timeline, "2022-02-10 to 2022-02-20");
        assert_eq!(drills["date"]["is_range"], true);
        assert!(event_texts(drills).iter().any(|text| text.contains("drills")));
    }

    #[test]
    fn every_event_cites_an_article_sentence_and_its_source_file() {
        let timeline = json_timeline();
        for entry in timeline["entries"].as_array().unwrap() {
            for event in entry["events"].as_array().unwrap() {
                let citations = event["citations"].as_array().unwrap();
                assert!(!citations.is_empty());
                for citation in citations {
                    assert_eq!(citation["published"], "2022-02-08");
                    assert!(citation["source"].as_str().unwrap().ends_with(".txt"));
                    let span = &citation["span"];
                    assert!(span["start"].as_u64() < span["end"].as_u64());
                    assert!(!citation["sentence"].as_str().unwrap().is_empty());
                }
            }
        }
    }

    #[test]
    fn shared_quote_and_troop_figures_are_consolidated() {
        let timeline = json_timeline();
        let quote = timeline["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|quote| {
                quote["text"].as_str().unwrap().contains("find compromises that suit everyone")
            })
            .expect("Putin's quote is found");
        assert_eq!(quote["speaker"], "Putin");
        assert_eq!(quote["outlets"].as_array().unwrap().len(), 2);
        assert_eq!(quote["citations"].as_array().unwrap().len(), 2);

        let disagreements = timeline["disagreements"].as_array().unwrap();
        let troops = disagreements
            .iter()
            .find(|d| d["quantity"] == "troops")
            .unwrap_or_else(|| panic!("no troop disagreement in {disagreements:#?}"));
        let mut values: Vec<&str> = troops["claims"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["value"].as_str().unwrap())
            .collect();
        values.sort_unstable();
        assert_eq!(values, ["100,000", "110,000"]);
    }

    #[test]
    fn text_and_markdown_formats() {
        let text = dateline(&["timeline", samples().to_str().unwrap(), "--quiet"]);
        assert!(text.status.success());
        assert!(stdout(&text).contains("2022-02-10 to 2022-02-20"));
        assert!(stdout(&text).contains("Who said what"));
        assert!(stdout(&text).contains("Where sources disagree"));
        let joined = stdout(&text).split_whitespace().collect::<Vec<_>>().join(" ");
        // The troop figures are flagged under the day they were reported.
        assert!(joined.contains("! sources disagree on troops"), "{joined}");
        // The samples have no titles: a citation shows how the article opens.
        assert!(
            joined.contains("untitled, opening \"High-stakes talks between Russia"),
            "{joined}"
        );
        let markdown =
            dateline(&["timeline", samples().to_str().unwrap(), "--format", "markdown", "-q"]);
        assert!(markdown.status.success());
        assert!(stdout(&markdown).lines().any(|line| line.starts_with("## 2022-02-07")));
        assert!(stdout(&markdown).contains("## Where sources disagree"));
    }

    #[test]
    fn from_to_and_dates_limit_the_timeline() {
        let output = dateline(&[
            "timeline",
            samples().to_str().unwrap(),
            "--from",
            "2022-02-01",
            "--to",
            "2022-02-09",
            "--dates",
            "1",
            "--format",
            "json",
            "-q",
        ]);
        assert!(output.status.success(), "{}", stderr(&output));
        let timeline: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
        let entries = timeline["entries"].as_array().unwrap();
        assert_eq!(entries.len(), 1);
        let first = entries[0]["date"]["first"].as_str().unwrap();
        assert!(("2022-02-01"..="2022-02-09").contains(&first), "{first}");
    }

    #[test]
    fn tag_prints_anchored_values() {
        let file = samples().join("004_c64a3d11e63923c3.txt");
        let output = dateline(&["tag", file.to_str().unwrap(), "--format", "json"]);
        assert!(output.status.success(), "{}", stderr(&output));
        let text = stdout(&output);
        for value in ["2022-01-26", "2022-02-07", "2022-02-10", "2022-02-20"] {
            assert!(text.contains(&format!("\"{value}\"")), "{value} missing from {text}");
        }
    }
}

mod demo {
    use super::*;

    #[test]
    fn demo_prints_a_cited_timeline_of_the_example_corpus() {
        let output = dateline(&["demo"]);
        assert!(output.status.success(), "{}", stderr(&output));
        let text = stdout(&output);
        assert!(text.contains("2026-03-03"), "{text}");
        assert!(text.contains("reported by"));
        // The summary on stderr counts the syndicated copy as a duplicate; the answer key
        // is not in the corpus folder, so nothing warns.
        assert!(
            stderr(&output).contains("1 duplicates merged, 0 skipped, 0 warnings"),
            "{}",
            stderr(&output)
        );
        // Quotes carried by several outlets, and the evacuation figures they disagree on.
        assert!(text.contains("Petra Kallweit: \"Nobody in this valley will pay"), "{text}");
        assert!(text.contains("about 3,800: ABN News, The Northbridge Post"), "{text}");
    }
}

mod bad_input {
    use super::*;

    #[test]
    fn tag_names_the_line_of_a_bad_byte_and_tags_the_rest() {
        let dir = temp_dir("tag-bad");
        let bad = dir.join("latin1.txt");
        std::fs::write(
            &bad,
            b"Talks.\nMore talks.\nThey met on Monday \xe9t\xe9 and on Feb. 20.\n",
        )
        .unwrap();
        let output = dateline(&["tag", "--dct", "2022-02-08", bad.to_str().unwrap()]);
        assert!(output.status.success(), "{}", stderr(&output));
        let messages = stderr(&output);
        assert!(
            messages.contains("latin1.txt:3: invalid UTF-8 (first bad byte 0xe9"),
            "{messages}"
        );
        let text = stdout(&output);
        assert!(text.contains("2022-02-07") && text.contains("2022-02-20"), "{text}");

        let empty = dir.join("empty.txt");
        std::fs::write(&empty, "  \n").unwrap();
        let output = dateline(&["tag", "--dct", "2022-02-08", empty.to_str().unwrap()]);
        assert!(output.status.success(), "{}", stderr(&output));
        assert!(stderr(&output).contains("empty.txt: empty file"), "{}", stderr(&output));
        assert!(stdout(&output).is_empty());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn bad_records_are_named_and_the_rest_is_read() {
        let dir = temp_dir("bad");
        std::fs::write(
            dir.join("wire.jsonl"),
            "{\"text\": \"Talks resumed on Monday.\", \"published\": \"2022-02-08\"}\n\
             {not json\n\
             {\"text\": \"Drills end on Feb. 20.\", \"published\": \"2022-02-08\"}\n",
        )
        .unwrap();
        std::fs::write(dir.join("empty.txt"), "").unwrap();
        let output = dateline(&["timeline", dir.to_str().unwrap(), "--format", "json"]);
        assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
        let messages = stderr(&output);
        assert!(messages.contains("wire.jsonl:2: malformed JSON"), "{messages}");
        assert!(messages.contains("empty.txt: empty file"), "{messages}");
        let timeline: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
        assert_eq!(timeline["input"]["summary"]["n_read"], 2);
        assert_eq!(timeline["input"]["summary"]["n_skipped"], 2);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn nothing_readable_is_an_error() {
        let output = dateline(&["timeline", "/no/such/dateline/input", "-q"]);
        assert_eq!(output.status.code(), Some(1));
        assert!(stderr(&output).contains("/no/such/dateline/input"));
    }

    #[test]
    fn bad_arguments_are_usage_errors() {
        let output = dateline(&["timeline", "corpus", "--from", "2022-13-01"]);
        assert_eq!(output.status.code(), Some(2));
    }
}
