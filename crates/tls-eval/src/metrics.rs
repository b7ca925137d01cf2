//! tilse's timeline metrics (Martschat & Markert 2017, 2018): concat, agreement and
//! alignment-based ROUGE with a many-to-one date alignment, Date F1, and their average over tasks.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;

use crate::rouge::{Counts, Order, Profile, Vocabulary, clipped_matches};
use crate::timeline::{Timeline, is_python_whitespace};

/// Precision, recall and their harmonic mean.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    /// F1 as tilse computes it, 0 when both precision and recall are 0.
    pub fn new(precision: f64, recall: f64) -> Prf {
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Prf { precision, recall, f1 }
    }

    /// Ratios of summed numerators to summed denominators, a ratio being 0 when its denominator is.
    fn from_sums(precision: (f64, u64), recall: (f64, u64)) -> Prf {
        let ratio = |(numerator, denominator): (f64, u64)| {
            if denominator == 0 { 0.0 } else { numerator / denominator as f64 }
        };
        Prf::new(ratio(precision), ratio(recall))
    }
}

/// All of tilse's figures for one system timeline against its reference timeline.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Scores {
    /// ROUGE-1 of all summaries concatenated in date order.
    pub concat_r1: Prf,
    pub concat_r2: Prf,
    /// ROUGE-1 of the summaries of the same date, summed over dates.
    pub agreement_r1: Prf,
    pub agreement_r2: Prf,
    /// AR-1: ROUGE-1 after aligning each date to its cheapest date on the other side (by date
    /// distance and content), with matches discounted by 1 / (days apart + 1).
    pub align_m2o_r1: Prf,
    /// AR-2, the same with bigrams.
    pub align_m2o_r2: Prf,
    /// Exact-day matches of the system's dates against the reference's.
    pub date_f1: Prf,
}

impl Scores {
    /// The measures with their names as tilse reports them, in a fixed order, for tables.
    pub fn named(&self) -> [(&'static str, Prf); 7] {
        [
            ("concat_rouge_1", self.concat_r1),
            ("concat_rouge_2", self.concat_r2),
            ("agreement_rouge_1", self.agreement_r1),
            ("agreement_rouge_2", self.agreement_r2),
            ("align_m1_rouge_1", self.align_m2o_r1),
            ("align_m1_rouge_2", self.align_m2o_r2),
            ("date", self.date_f1),
        ]
    }

    /// Combines the tasks' figures measure by measure.
    fn per_measure(tasks: &[Scores], f: impl Fn(&[Prf]) -> Prf) -> Scores {
        let pick = |get: fn(&Scores) -> Prf| f(&tasks.iter().map(get).collect::<Vec<_>>());
        Scores {
            concat_r1: pick(|s| s.concat_r1),
            concat_r2: pick(|s| s.concat_r2),
            agreement_r1: pick(|s| s.agreement_r1),
            agreement_r2: pick(|s| s.agreement_r2),
            align_m2o_r1: pick(|s| s.align_m2o_r1),
            align_m2o_r2: pick(|s| s.align_m2o_r2),
            date_f1: pick(|s| s.date_f1),
        }
    }
}

/// Averages over tasks as tilse and the T17 papers do: precision and recall are averaged, and F1
/// is taken of the averages (not the average of the F1s). No tasks give all zeros.
pub fn average(tasks: &[Scores]) -> Scores {
    Scores::per_measure(tasks, |prfs| {
        if prfs.is_empty() {
            return Prf::default();
        }
        let n = prfs.len() as f64;
        Prf::new(
            prfs.iter().map(|prf| prf.precision).sum::<f64>() / n,
            prfs.iter().map(|prf| prf.recall).sum::<f64>() / n,
        )
    })
}

/// One side's summary of a date, prepared for both the ROUGE counts and the alignment costs.
struct Day {
    date: NaiveDate,
    /// The words ROUGE counts, in order, for concatenating summaries.
    words: Vec<u32>,
    rouge: Profile,
    /// tilse's whitespace tokens, unstemmed and case-sensitive, as sorted (token id, count) runs.
    content: Vec<(u32, u32)>,
    n_content: u64,
}

/// Interned whitespace tokens for the alignment's content comparison.
type ContentIds<'t> = HashMap<&'t str, u32>;

fn days<'t>(
    timeline: &'t Timeline,
    vocabulary: &mut Vocabulary,
    content_ids: &mut ContentIds<'t>,
) -> Vec<Day> {
    timeline
        .dates
        .iter()
        .map(|(&date, sentences)| {
            let mut words = Vec::new();
            for sentence in sentences {
                vocabulary.push_words(sentence, &mut words);
            }
            let content = content_tokens(sentences, content_ids);
            let n_content = content.iter().map(|&(_, count)| u64::from(count)).sum();
            Day { date, rouge: Profile::new(&words), words, content, n_content }
        })
        .collect()
}

/// The tokens tilse's ROUGE approximation counts: `str.split()` tokens that are not a substring
/// of Python's `string.punctuation` (tilse tests `token in string.punctuation`).
fn content_tokens<'t>(
    sentences: &'t [String],
    content_ids: &mut ContentIds<'t>,
) -> Vec<(u32, u32)> {
    const PUNCTUATION: &str = r##"!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"##;
    let mut tokens: Vec<u32> = sentences
        .iter()
        .flat_map(|sentence| sentence.split(is_python_whitespace))
        .filter(|token| !token.is_empty() && !PUNCTUATION.contains(token))
        .map(|token| {
            let next_id = content_ids.len() as u32;
            *content_ids.entry(token).or_insert(next_id)
        })
        .collect();
    tokens.sort_unstable();
    let mut runs: Vec<(u32, u32)> = Vec::new();
    for token in tokens {
        match runs.last_mut() {
            Some((last, count)) if *last == token => *count += 1,
            _ => runs.push((token, 1)),
        }
    }
    runs
}

/// tilse's approximate ROUGE-1 F1 of a system day against a reference day, used only to align
/// dates; the arithmetic follows tilse's so that ties in the alignment break the same way.
fn content_f1(system: &Day, reference: &Day) -> f64 {
    let hits = clipped_matches(&system.content, &reference.content) as f64;
    let precision = if system.n_content == 0 { 0.0 } else { hits / system.n_content as f64 };
    let recall = if reference.n_content == 0 { 0.0 } else { hits / reference.n_content as f64 };
    Prf::new(precision, recall).f1
}

fn days_apart(a: NaiveDate, b: NaiveDate) -> u64 {
    (a - b).num_days().unsigned_abs()
}

/// The weight of a match between dates `days` apart.
fn date_weight(days: u64) -> f64 {
    1.0 / (days + 1) as f64
}

/// Scores a system timeline against its reference timeline with all of tilse's measures.
pub fn score(reference: &Timeline, system: &Timeline) -> Scores {
    let mut vocabulary = Vocabulary::default();
    let mut content_ids = ContentIds::new();
    let reference_days = days(reference, &mut vocabulary, &mut content_ids);
    let system_days = days(system, &mut vocabulary, &mut content_ids);
    let (concat_r1, concat_r2) = concat(&reference_days, &system_days);
    let (agreement_r1, agreement_r2) = agreement(&reference_days, &system_days);
    let (align_m2o_r1, align_m2o_r2) = align_many_to_one(&reference_days, &system_days);
    Scores {
        concat_r1,
        concat_r2,
        agreement_r1,
        agreement_r2,
        align_m2o_r1,
        align_m2o_r2,
        date_f1: date_f1(reference, system),
    }
}

fn prf_of_counts(counts: Counts) -> Prf {
    Prf::from_sums((counts.hits as f64, counts.system), (counts.hits as f64, counts.reference))
}

fn concat(reference: &[Day], system: &[Day]) -> (Prf, Prf) {
    let joined = |days: &[Day]| {
        Profile::new(&days.iter().flat_map(|day| day.words.iter().copied()).collect::<Vec<_>>())
    };
    let (reference, system) = (joined(reference), joined(system));
    (
        prf_of_counts(system.counts(&reference, Order::Unigrams)),
        prf_of_counts(system.counts(&reference, Order::Bigrams)),
    )
}

/// Sums of precision and recall numerators and denominators over the compared summaries.
#[derive(Default)]
struct Sums {
    precision_numerator: f64,
    precision_denominator: u64,
    recall_numerator: f64,
    recall_denominator: u64,
}

impl Sums {
    fn prf(&self) -> Prf {
        Prf::from_sums(
            (self.precision_numerator, self.precision_denominator),
            (self.recall_numerator, self.recall_denominator),
        )
    }
}

fn agreement(reference: &[Day], system: &[Day]) -> (Prf, Prf) {
    let by_date =
        |days: &[Day]| days.iter().enumerate().map(|(idx, day)| (day.date, idx)).collect();
    let reference_idx: HashMap<NaiveDate, usize> = by_date(reference);
    let system_idx: HashMap<NaiveDate, usize> = by_date(system);
    let all_dates: BTreeSet<NaiveDate> =
        reference_idx.keys().chain(system_idx.keys()).copied().collect();
    let empty = Profile::default();
    let mut sums = [Sums::default(), Sums::default()];
    for date in all_dates {
        let in_reference = reference_idx.get(&date).map(|&idx| &reference[idx].rouge);
        let in_system = system_idx.get(&date).map(|&idx| &system[idx].rouge);
        for (order, sums) in [Order::Unigrams, Order::Bigrams].into_iter().zip(&mut sums) {
            let counts = in_system.unwrap_or(&empty).counts(in_reference.unwrap_or(&empty), order);
            if in_system.is_some() {
                sums.precision_numerator += counts.hits as f64;
                sums.precision_denominator += counts.system;
            }
            if in_reference.is_some() {
                sums.recall_numerator += counts.hits as f64;
                sums.recall_denominator += counts.reference;
            }
        }
    }
    (sums[0].prf(), sums[1].prf())
}

/// tilse's `align_date_content_costs_many_to_one`.
///
/// For precision each system date is aligned to the reference date of least cost, for recall
/// each reference date to the system date of least cost (the first on a tie, like numpy's
/// `argmin`); the cost is `(1 - 1 / (days apart + 1)) * (1 - approximate ROUGE-1 F1)`. Hits of
/// an aligned pair count `1 / (days apart + 1)` each.
fn align_many_to_one(reference: &[Day], system: &[Day]) -> (Prf, Prf) {
    // cost[s][r]; the recall side uses the same matrix transposed, as tilse's costs are
    // symmetric in the two dates and always compare the system day against the reference day.
    let cost: Vec<Vec<f64>> = system
        .iter()
        .map(|system_day| {
            reference
                .iter()
                .map(|reference_day| {
                    let date_factor =
                        1.0 - date_weight(days_apart(system_day.date, reference_day.date));
                    let content_factor = 1.0 - content_f1(system_day, reference_day);
                    date_factor * content_factor
                })
                .collect()
        })
        .collect();
    let argmin = |costs: &mut dyn Iterator<Item = f64>| {
        let mut best: Option<(usize, f64)> = None;
        for (idx, cost) in costs.enumerate() {
            if best.is_none_or(|(_, best_cost)| cost < best_cost) {
                best = Some((idx, cost));
            }
        }
        best.map(|(idx, _)| idx)
    };

    let mut sums = [Sums::default(), Sums::default()];
    let orders = [Order::Unigrams, Order::Bigrams];
    for (system_idx, system_day) in system.iter().enumerate() {
        let aligned = argmin(&mut cost[system_idx].iter().copied()).map(|idx| &reference[idx]);
        for (order, sums) in orders.into_iter().zip(&mut sums) {
            let (counts, weight) = match aligned {
                Some(reference_day) => (
                    system_day.rouge.counts(&reference_day.rouge, order),
                    date_weight(days_apart(system_day.date, reference_day.date)),
                ),
                // Nothing to align to: the day's n-grams count against precision unmatched.
                None => (system_day.rouge.counts(&Profile::default(), order), 1.0),
            };
            sums.precision_numerator += weight * counts.hits as f64;
            sums.precision_denominator += counts.system;
        }
    }
    for (reference_idx, reference_day) in reference.iter().enumerate() {
        let aligned =
            argmin(&mut cost.iter().map(|row| row[reference_idx])).map(|idx| &system[idx]);
        for (order, sums) in orders.into_iter().zip(&mut sums) {
            let (counts, weight) = match aligned {
                Some(system_day) => (
                    system_day.rouge.counts(&reference_day.rouge, order),
                    date_weight(days_apart(system_day.date, reference_day.date)),
                ),
                None => (Profile::default().counts(&reference_day.rouge, order), 1.0),
            };
            sums.recall_numerator += weight * counts.hits as f64;
            sums.recall_denominator += counts.reference;
        }
    }
    (sums[0].prf(), sums[1].prf())
}

/// Date F1: the share of system dates that are reference dates, and the reverse.
fn date_f1(reference: &Timeline, system: &Timeline) -> Prf {
    let shared = system.dates.keys().filter(|date| reference.dates.contains_key(date)).count();
    let ratio = |total: usize| if total == 0 { 0.0 } else { shared as f64 / total as f64 };
    Prf::new(ratio(system.dates.len()), ratio(reference.dates.len()))
}

#[cfg(test)]
mod tests {
    use expect_test::{Expect, expect};

    use super::*;
    use crate::parse_tilse;

    fn check(reference: &str, system: &str, expect: Expect) {
        let scores = score(&parse_tilse(reference).unwrap(), &parse_tilse(system).unwrap());
        let table: String = scores
            .named()
            .iter()
            .map(|(name, prf)| {
                format!("{name:<18} P {:.4} R {:.4} F {:.4}\n", prf.precision, prf.recall, prf.f1)
            })
            .collect();
        expect.assert_eq(&table);
    }

    const REFERENCE: &str = "\
2010-04-20
Deepwater Horizon rig explodes in the Gulf of Mexico .
--------------------------------
2010-04-22
The rig sinks and an oil slick forms .
--------------------------------
2010-07-15
BP caps the leaking well .
--------------------------------
";

    #[test]
    fn identical_timelines_score_one() {
        check(
            REFERENCE,
            REFERENCE,
            expect![[r#"
            concat_rouge_1     P 1.0000 R 1.0000 F 1.0000
            concat_rouge_2     P 1.0000 R 1.0000 F 1.0000
            agreement_rouge_1  P 1.0000 R 1.0000 F 1.0000
            agreement_rouge_2  P 1.0000 R 1.0000 F 1.0000
            align_m1_rouge_1   P 1.0000 R 1.0000 F 1.0000
            align_m1_rouge_2   P 1.0000 R 1.0000 F 1.0000
            date               P 1.0000 R 1.0000 F 1.0000
        "#]],
        );
    }

    #[test]
    fn shifted_dates_are_discounted() {
        // The cap is reported a day late, and a date the reference lacks is added: agreement
        // gives the late summary nothing, the alignment half its matches.
        let system = "\
2010-04-20
Deepwater Horizon rig explodes in the Gulf of Mexico .
--------------------------------
2010-06-01
Obama visits the coast .
--------------------------------
2010-07-16
BP caps the leaking well .
--------------------------------
";
        check(
            REFERENCE,
            system,
            expect![[r#"
            concat_rouge_1     P 0.7500 R 0.6429 F 0.6923
            concat_rouge_2     P 0.6364 R 0.5385 F 0.5833
            agreement_rouge_1  P 0.5000 R 0.4286 F 0.4615
            agreement_rouge_2  P 0.5556 R 0.4545 F 0.5000
            align_m1_rouge_1   P 0.6250 R 0.5595 F 0.5905
            align_m1_rouge_2   P 0.6667 R 0.5455 F 0.6000
            date               P 0.3333 R 0.3333 F 0.3333
        "#]],
        );
    }

    #[test]
    fn empty_sides_score_zero() {
        check(
            REFERENCE,
            "",
            expect![[r#"
            concat_rouge_1     P 0.0000 R 0.0000 F 0.0000
            concat_rouge_2     P 0.0000 R 0.0000 F 0.0000
            agreement_rouge_1  P 0.0000 R 0.0000 F 0.0000
            agreement_rouge_2  P 0.0000 R 0.0000 F 0.0000
            align_m1_rouge_1   P 0.0000 R 0.0000 F 0.0000
            align_m1_rouge_2   P 0.0000 R 0.0000 F 0.0000
            date               P 0.0000 R 0.0000 F 0.0000
        "#]],
        );
        check(
            "",
            REFERENCE,
            expect![[r#"
            concat_rouge_1     P 0.0000 R 0.0000 F 0.0000
            concat_rouge_2     P 0.0000 R 0.0000 F 0.0000
            agreement_rouge_1  P 0.0000 R 0.0000 F 0.0000
            agreement_rouge_2  P 0.0000 R 0.0000 F 0.0000
            align_m1_rouge_1   P 0.0000 R 0.0000 F 0.0000
            align_m1_rouge_2   P 0.0000 R 0.0000 F 0.0000
            date               P 0.0000 R 0.0000 F 0.0000
        "#]],
        );
    }

    #[test]
    fn average_takes_f1_of_averaged_precision_and_recall() {
        let task = |precision, recall| Scores {
            date_f1: Prf::new(precision, recall),
            ..Scores::default()
        };
        let averaged = average(&[task(1.0, 0.0), task(0.0, 1.0)]);
        assert_eq!(averaged.date_f1, Prf { precision: 0.5, recall: 0.5, f1: 0.5 });
        assert_eq!(average(&[]), Scores::default());
    }
}
