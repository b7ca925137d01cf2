//! ROUGE-N counts exactly as ROUGE-1.5.5 computes them when tilse runs it (`-n 2 -m -s -t 2`).
//!
//! tilse writes each summary as an HTML file with one sentence a line, and ROUGE-1.5.5 then:
//!
//! 1. keeps each sentence up to its first `<` (its HTML pattern stops there); tilse has written
//!    every `^` as `&circ;`, which becomes the word `circ`;
//! 2. lowercases ASCII letters and joins the sentences of the summary with spaces, so bigrams
//!    run across sentence boundaries;
//! 3. turns every byte that is not an ASCII letter or digit into a separator (non-ASCII
//!    characters separate words and are never part of one);
//! 4. drops stopwords (`text::stopwords`), then replaces each word longer than three bytes by its
//!    WordNet 2.0 exception base form if it has one (`went` → `go`), else by its Porter stem
//!    (`text::porter`); shorter words stay as they are;
//! 5. counts n-grams: hits are the clipped matches, and the precision and recall denominators
//!    are the numbers of n-grams of the system and the reference summaries.

use std::collections::HashMap;
use std::sync::OnceLock;

/// ROUGE-1 or ROUGE-2: the two orders tilse evaluates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    Unigrams,
    Bigrams,
}

/// ROUGE's raw counts for one system summary against one reference summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Matching n-grams, each clipped to its count in the reference (ROUGE's `H_count`).
    pub hits: u64,
    /// N-grams in the system summary, the precision denominator (`P_count`).
    pub system: u64,
    /// N-grams in the reference summary, the recall denominator (`M_count`).
    pub reference: u64,
}

/// The words ROUGE-1.5.5 counts in a summary given as sentences: lowercased, stopwords removed,
/// stemmed.
///
/// ```
/// let words = tls_eval::rouge::words(["The oil began leaking into the Gulf of Mexico."]);
/// assert_eq!(words, ["oil", "begin", "leak", "gulf", "mexico"]);
/// ```
pub fn words<S: AsRef<str>>(sentences: impl IntoIterator<Item = S>) -> Vec<String> {
    let mut vocabulary = Vocabulary::default();
    let mut ids = Vec::new();
    for sentence in sentences {
        vocabulary.push_words(sentence.as_ref(), &mut ids);
    }
    ids.iter().map(|&id| vocabulary.word(id).to_owned()).collect()
}

/// ROUGE-N counts of one system summary against one reference summary.
///
/// ```
/// use tls_eval::rouge::{Counts, Order, rouge_n};
/// // `well` is a stopword; `caps` and `capped` both stem to `cap`.
/// let counts = rouge_n(&["BP caps the leaking well."], &["The leak is capped."], Order::Unigrams);
/// assert_eq!(counts, Counts { hits: 2, system: 3, reference: 2 });
/// ```
pub fn rouge_n<S: AsRef<str>, R: AsRef<str>>(
    system: &[S],
    reference: &[R],
    order: Order,
) -> Counts {
    let mut vocabulary = Vocabulary::default();
    let system = vocabulary.profile(system.iter().map(AsRef::as_ref));
    let reference = vocabulary.profile(reference.iter().map(AsRef::as_ref));
    system.counts(&reference, order)
}

/// Interns the words ROUGE derives from text, so that each distinct token is stemmed once and
/// n-grams are compared as integers.
#[derive(Default)]
pub(crate) struct Vocabulary {
    /// Lowercased raw token → id of the word ROUGE counts for it, or `None` for stopwords.
    by_token: HashMap<String, Option<u32>>,
    /// Counted word → id.
    by_word: HashMap<String, u32>,
    words: Vec<String>,
}

impl Vocabulary {
    fn word(&self, id: u32) -> &str {
        &self.words[id as usize]
    }

    /// Appends the ids of the words ROUGE counts in one sentence.
    pub(crate) fn push_words(&mut self, sentence: &str, out: &mut Vec<u32>) {
        // ROUGE's HTML pattern captures a sentence up to its first `<`.
        let kept = sentence.split('<').next().unwrap_or_default();
        let mut token = String::new();
        for byte in kept.bytes() {
            if byte.is_ascii_alphanumeric() {
                token.push(char::from(byte.to_ascii_lowercase()));
                continue;
            }
            self.push_token(&mut token, out);
            if byte == b'^' {
                // tilse escapes `^` as `&circ;`, and ROUGE reads the entity as the word `circ`.
                token.push_str("circ");
                self.push_token(&mut token, out);
            }
        }
        self.push_token(&mut token, out);
    }

    /// Looks up (or derives) the word for a complete token and clears the token buffer.
    fn push_token(&mut self, token: &mut String, out: &mut Vec<u32>) {
        if token.is_empty() {
            return;
        }
        let id = match self.by_token.get(token.as_str()) {
            Some(&id) => id,
            None => {
                let id = self.derive(token);
                self.by_token.insert(token.clone(), id);
                id
            }
        };
        out.extend(id);
        token.clear();
    }

    fn derive(&mut self, token: &str) -> Option<u32> {
        if text::stopwords::is_stopword(token) {
            return None;
        }
        let word = if token.len() > 3 {
            match wordnet_exception(token) {
                Some(base) => base.to_owned(),
                None => text::porter::stem(token).into_owned(),
            }
        } else {
            token.to_owned()
        };
        let id = match self.by_word.get(&word) {
            Some(&id) => id,
            None => {
                let id = u32::try_from(self.words.len()).expect("fewer than 2^32 distinct words");
                self.words.push(word.clone());
                self.by_word.insert(word, id);
                id
            }
        };
        Some(id)
    }

    /// The n-gram profile of a summary given as sentences.
    pub(crate) fn profile<'t>(&mut self, sentences: impl IntoIterator<Item = &'t str>) -> Profile {
        let mut ids = Vec::new();
        for sentence in sentences {
            self.push_words(sentence, &mut ids);
        }
        Profile::new(&ids)
    }
}

/// The unigram and bigram multisets of a summary, as sorted (n-gram, count) runs.
#[derive(Debug, Default, Clone)]
pub(crate) struct Profile {
    unigrams: Vec<(u64, u32)>,
    bigrams: Vec<(u64, u32)>,
    n_unigrams: u64,
    n_bigrams: u64,
}

impl Profile {
    pub(crate) fn new(ids: &[u32]) -> Profile {
        let unigrams = ids.iter().map(|&id| u64::from(id));
        let bigrams = ids.windows(2).map(|pair| u64::from(pair[0]) << 32 | u64::from(pair[1]));
        Profile {
            unigrams: runs(unigrams.collect()),
            bigrams: runs(bigrams.collect()),
            n_unigrams: ids.len() as u64,
            n_bigrams: ids.len().saturating_sub(1) as u64,
        }
    }

    /// Counts of `self` as the system summary against `reference`.
    pub(crate) fn counts(&self, reference: &Profile, order: Order) -> Counts {
        let (system_grams, reference_grams, system, reference) = match order {
            Order::Unigrams => {
                (&self.unigrams, &reference.unigrams, self.n_unigrams, reference.n_unigrams)
            }
            Order::Bigrams => {
                (&self.bigrams, &reference.bigrams, self.n_bigrams, reference.n_bigrams)
            }
        };
        Counts { hits: clipped_matches(system_grams, reference_grams), system, reference }
    }
}

/// Sorts keys and collapses them into (key, count) runs.
fn runs(mut keys: Vec<u64>) -> Vec<(u64, u32)> {
    keys.sort_unstable();
    let mut out: Vec<(u64, u32)> = Vec::with_capacity(keys.len());
    for key in keys {
        match out.last_mut() {
            Some((last, count)) if *last == key => *count += 1,
            _ => out.push((key, 1)),
        }
    }
    out
}

/// Sum over shared keys of the smaller count, by merging two sorted run lists.
pub(crate) fn clipped_matches<K: Ord + Copy>(a: &[(K, u32)], b: &[(K, u32)]) -> u64 {
    let (mut i, mut j, mut total) = (0, 0, 0u64);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                total += u64::from(a[i].1.min(b[j].1));
                i += 1;
                j += 1;
            }
        }
    }
    total
}

/// The base form WordNet 2.0's exception lists give for an irregular inflection, as ROUGE's
/// `WordNet-2.0.exc.db` holds it.
fn wordnet_exception(token: &str) -> Option<&'static str> {
    static EXCEPTIONS: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    EXCEPTIONS
        .get_or_init(|| {
            include_str!("../data/wordnet-2.0-exceptions.tsv")
                .lines()
                .filter(|line| !line.starts_with('#'))
                .filter_map(|line| line.split_once('\t'))
                .collect()
        })
        .get(token)
        .copied()
}

#[cfg(test)]
mod tests {
    use expect_test::{Expect, expect};

    use super::*;

    fn check_words(sentences: &[&str], expect: Expect) {
        expect.assert_eq(&words(sentences).join(" "));
    }

    #[test]
    fn tokenization_like_rouge() {
        check_words(
            &["The oil began leaking into the Gulf of Mexico on 20 April when the rig exploded ."],
            expect!["oil begin leak gulf mexico 20 april rig explod"],
        );
        // Hyphens, apostrophes and non-ASCII characters separate words; `'s` leaves an `s`,
        // which is a stopword.
        check_words(
            &["BP 's one-off payouts -LRB- ¬ # 5.2 bn -RRB- cost $ 8bn ."],
            expect!["bp payout lrb 5 2 bn rrb cost 8bn"],
        );
        // Irregular forms go through WordNet's exceptions, unstemmed; short words stay as they are.
        check_words(
            &["Children went to the mice , feet first ; data media ."],
            expect!["child mouse foot first datum medium"],
        );
        // Sentences are cut at `<`; `^` is read as `circ`.
        check_words(&["x^2 rises <b>bold</b>", "<hidden", "next"], expect!["circ 2 rise"]);
    }

    #[test]
    fn counts_clip_and_cross_sentences() {
        let system = ["oil oil oil spill", "gulf"];
        let reference = ["oil spill gulf", "oil"];
        expect![[r#"
            Counts {
                hits: 4,
                system: 5,
                reference: 4,
            }
        "#]]
        .assert_debug_eq(&rouge_n(&system, &reference, Order::Unigrams));
        // Bigrams: system oil-oil ×2, oil-spill, spill-gulf; reference oil-spill, spill-gulf,
        // gulf-oil. The spill-gulf bigrams span a sentence boundary in the system summary.
        expect![[r#"
            Counts {
                hits: 2,
                system: 4,
                reference: 3,
            }
        "#]]
        .assert_debug_eq(&rouge_n(&system, &reference, Order::Bigrams));
        let empty: [&str; 0] = [];
        assert_eq!(
            rouge_n(&empty, &reference, Order::Bigrams),
            Counts { hits: 0, system: 0, reference: 3 }
        );
    }

    #[test]
    fn exception_table_is_well_formed() {
        let data = include_str!("../data/wordnet-2.0-exceptions.tsv");
        let forms: Vec<&str> = data
            .lines()
            .filter(|line| !line.starts_with('#'))
            .map(|line| line.split_once('\t').expect("form TAB base").0)
            .collect();
        assert_eq!(forms.len(), 5593);
        assert!(forms.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(forms.iter().all(|form| form.len() > 3
            && form.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())));
        assert_eq!(wordnet_exception("better"), Some("well"));
        assert_eq!(wordnet_exception("comics"), Some("comic_strip"));
        assert_eq!(wordnet_exception("leaking"), None);
    }
}
