//! Keeps each article once: the same URL, the same text, or a syndicated copy whose
//! wording is nearly all shared with another article.
//!
//! Near-duplicates are found with sampled word shingles: every run of
//! [`SHINGLE_WORDS`] words is hashed and about one hash in [`SAMPLE_EVERY`] is kept, so
//! the comparison is linear in the text and independent of where a copy adds a headline
//! or a credit line. Two articles are the same when the sampled shingles of the shorter
//! are mostly contained in the longer.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use rayon::prelude::*;

use article::{Article, Carrier, text_fingerprint};

const SHINGLE_WORDS: usize = 6;
const SAMPLE_EVERY: u64 = 4;
/// A shingle found in more articles than this is boilerplate (a copyright line, a
/// newsletter plug): it stops being indexed, so it neither makes articles duplicates nor
/// makes the comparison quadratic.
const MAX_POSTINGS: usize = 32;

/// How alike two articles must be to count as one.
#[derive(Clone, Debug)]
pub struct DedupConfig {
    /// Off keeps every article as read.
    pub enabled: bool,
    /// Share of the shorter article's sampled shingles that must appear in the longer.
    pub min_containment: f64,
    /// Articles with fewer sampled shingles than this are compared only exactly, since a
    /// handful of shared phrases says little.
    pub min_shingles: usize,
}

impl Default for DedupConfig {
    fn default() -> DedupConfig {
        DedupConfig { enabled: true, min_containment: 0.8, min_shingles: 8 }
    }
}

/// Merges duplicates into the earliest-published copy (the first read on ties), records
/// every other carrier on it, and returns the kept articles in their original order with
/// the number merged away.
pub fn deduplicate(articles: Vec<Article>, config: &DedupConfig) -> (Vec<Article>, u64) {
    if !config.enabled || articles.len() < 2 {
        return (articles, 0);
    }
    // Hashing every text is the bulk of the work and needs no shared state.
    let signatures: Vec<(u64, Vec<u64>)> = articles
        .par_iter()
        .map(|article| {
            // An article without URL has the text fingerprint as its id already.
            let fingerprint =
                if article.url.is_none() { article.id.0 } else { text_fingerprint(&article.text) };
            (fingerprint, sampled_shingles(&article.text))
        })
        .collect();
    // Canonical copies first, so each later one is merged into the one to keep.
    let mut order: Vec<usize> = (0..articles.len()).collect();
    order.sort_by_key(|&idx| (articles[idx].published.map(|p| (p.date, p.time)), idx));

    let mut by_id: HashMap<u64, usize, HashIsKey> = HashMap::default();
    let mut by_text: HashMap<u64, usize, HashIsKey> = HashMap::default();
    let mut postings: HashMap<u64, Holders, HashIsKey> = HashMap::default();
    let mut merged_into: Vec<Option<usize>> = vec![None; articles.len()];
    // Shared-shingle counts per earlier article, and which entries are non-zero.
    let mut counts: Vec<u32> = vec![0; articles.len()];
    let mut touched: Vec<usize> = Vec::new();

    for &idx in &order {
        let article = &articles[idx];
        let (fingerprint, shingles) = &signatures[idx];
        let exact = by_id.get(&article.id.0).or_else(|| by_text.get(fingerprint)).copied();
        if let Some(keeper) = exact {
            merged_into[idx] = Some(keeper);
            continue;
        }
        let mut near = None;
        if shingles.len() >= config.min_shingles {
            for hash in shingles {
                for &holder in postings.get(hash).map(Holders::as_slice).unwrap_or_default() {
                    if counts[holder] == 0 {
                        touched.push(holder);
                    }
                    counts[holder] += 1;
                }
            }
            let mut best: Option<(u32, usize)> = None;
            for &holder in &touched {
                let shared = counts[holder];
                let smaller = shingles.len().min(signatures[holder].1.len());
                let alike = smaller >= config.min_shingles
                    && f64::from(shared) >= config.min_containment * smaller as f64;
                if alike
                    && best.is_none_or(|(most, first)| {
                        shared > most || shared == most && holder < first
                    })
                {
                    best = Some((shared, holder));
                }
                counts[holder] = 0;
            }
            touched.clear();
            near = best.map(|(_, holder)| holder);
        }
        if let Some(keeper) = near {
            merged_into[idx] = Some(keeper);
            continue;
        }
        by_id.insert(article.id.0, idx);
        by_text.insert(*fingerprint, idx);
        for &hash in shingles {
            postings
                .entry(hash)
                .and_modify(|holders| holders.push(idx))
                .or_insert(Holders::One([idx]));
        }
    }

    let n_merged = merged_into.iter().filter(|m| m.is_some()).count() as u64;
    let mut slots: Vec<Option<Article>> = articles.into_iter().map(Some).collect();
    for &idx in &order {
        let Some(keeper) = merged_into[idx] else { continue };
        let duplicate = slots[idx].take().expect("each article is merged once");
        let kept = slots[keeper].as_mut().expect("keepers are never merged");
        if kept.title.is_none() {
            kept.title = duplicate.title.clone();
        }
        if kept.published.is_none() {
            kept.published = duplicate.published;
        }
        kept.also_carried_by.push(Carrier {
            outlet: Some(duplicate.source_label()),
            url: duplicate.url,
            provenance: duplicate.provenance,
        });
        kept.also_carried_by.extend(duplicate.also_carried_by);
    }
    (slots.into_iter().flatten().collect(), n_merged)
}

/// The articles holding one shingle. Most shingles occur in one article only, so that
/// case needs no allocation of its own.
enum Holders {
    One([usize; 1]),
    Many(Vec<usize>),
}

impl Holders {
    fn as_slice(&self) -> &[usize] {
        match self {
            Holders::One(one) => one,
            Holders::Many(many) => many,
        }
    }

    fn push(&mut self, idx: usize) {
        match self {
            Holders::One([first]) => *self = Holders::Many(vec![*first, idx]),
            Holders::Many(many) if many.len() < MAX_POSTINGS => many.push(idx),
            Holders::Many(_) => {}
        }
    }
}

/// The keys here are already well-mixed 64-bit hashes; hashing them again (SipHash) was
/// a measurable share of reading.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 << 8) | u64::from(byte);
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }
}

type HashIsKey = BuildHasherDefault<KeyHasher>;

/// Hashes of the sampled shingles of lowercased words, deduplicated. Works on bytes: a
/// word is a run of ASCII letters and digits or non-ASCII bytes, which is all that
/// matters for telling copies apart.
fn sampled_shingles(text: &str) -> Vec<u64> {
    let mut words: Vec<u64> = Vec::with_capacity(text.len() / 6);
    let mut hash: u64 = 0;
    let mut in_word = false;
    // A rotate-and-xor per byte and one multiply per word: a multiply per byte (FNV) made
    // this loop the slowest part of reading.
    let finish = |hash: u64| (hash ^ (hash >> 29)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    for &byte in text.as_bytes() {
        if byte.is_ascii_alphanumeric() || byte >= 0x80 {
            hash = hash.rotate_left(7) ^ u64::from(byte | 0x20);
            in_word = true;
        } else if in_word {
            words.push(finish(hash));
            hash = 0;
            in_word = false;
        }
    }
    if in_word {
        words.push(finish(hash));
    }
    let mut shingles: Vec<u64> = words
        .windows(SHINGLE_WORDS)
        .map(|window| {
            window.iter().fold(0u64, |acc, &word| {
                (acc.rotate_left(7) ^ word).wrapping_mul(0x9e37_79b9_7f4a_7c15)
            })
        })
        .filter(|hash| hash % SAMPLE_EVERY == 0)
        .collect();
    shingles.sort_unstable();
    shingles.dedup();
    shingles
}

#[cfg(test)]
mod tests {
    use super::*;
    use article::{Provenance, Published};
    use chrono::NaiveDate;

    const WIRE: &str = "The regional water authority lifted the ban on tap water in the river valley on Thursday, \
        eight days after a chemical leak at the fertilizer plant forced thousands of residents to rely on bottled \
        supplies. Engineers said samples taken at six treatment stations showed nitrate levels back within the \
        national limit, and the authority would keep testing twice a day until the end of the month. The governor \
        thanked volunteers who had handed out water at schools and churches across the district during the ban.";

    fn article(text: &str, outlet: &str, path: &str, day: u32) -> Article {
        Article::new(text.to_string(), Provenance::file(path))
            .with_outlet(Some(outlet.to_string()))
            .with_published(Published::date(NaiveDate::from_ymd_opt(2026, 3, day).unwrap()))
    }

    #[test]
    fn syndicated_copy_is_merged_into_the_earliest() {
        let copy = format!("WATER BAN LIFTED {WIRE}\n\nMeridian Press contributed to this report.");
        let articles = vec![
            article(&copy, "Valley Courier", "b.xml", 13),
            article(WIRE, "Meridian Press", "a.jsonl", 12),
            article(
                "An unrelated story about a football match that went to penalties.",
                "X",
                "c.txt",
                12,
            ),
        ];
        let (kept, n_merged) = deduplicate(articles, &DedupConfig::default());
        assert_eq!(n_merged, 1);
        assert_eq!(kept.len(), 2);
        assert_eq!(kept[0].outlets(), ["Meridian Press", "Valley Courier"]);
        assert_eq!(kept[0].also_carried_by[0].provenance.path, "b.xml");
    }

    #[test]
    fn same_url_and_same_text_are_exact_duplicates() {
        let a =
            article("Short text.", "A", "a.txt", 1).with_url(Some("https://x.example/s".into()));
        let b = article("Other short text.", "B", "b.txt", 2)
            .with_url(Some("http://www.x.example/s/".into()));
        let c = article("Short   text.", "C", "c.txt", 3);
        let (kept, n_merged) = deduplicate(vec![a, b, c], &DedupConfig::default());
        assert_eq!(n_merged, 2);
        assert_eq!(kept[0].outlets(), ["A", "B", "C"]);
    }

    #[test]
    fn follow_up_reusing_a_paragraph_is_not_a_duplicate() {
        let follow_up = format!(
            "{}\n\nA day later, residents said the water still smelled of chlorine, and several families \
             asked the authority to publish every test result online. Officials promised a public meeting on \
             Monday in the town hall, where the plant's owner is expected to answer questions about compensation \
             for farmers whose fields were flooded with contaminated water during the leak and its aftermath.",
            &WIRE[..200]
        );
        let (kept, n_merged) = deduplicate(
            vec![article(WIRE, "A", "a.txt", 12), article(&follow_up, "B", "b.txt", 13)],
            &DedupConfig::default(),
        );
        assert_eq!((kept.len(), n_merged), (2, 0));
    }
}
