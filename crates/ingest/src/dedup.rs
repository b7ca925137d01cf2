//! Keeps each article once: the same URL, the same text, or a syndicated copy whose
//! wording is nearly all shared with another article.
//!
//! Near-duplicates are found with sampled word shingles: every run of
//! [`SHINGLE_WORDS`] words is hashed and about one hash in [`SAMPLE_EVERY`] is kept, so
//! the comparison is linear in the text and independent of where a copy adds a headline
//! or a credit line. Two articles are the same when the sampled shingles of the shorter
//! are mostly contained in the longer.

use std::collections::HashMap;

use article::{Article, Carrier, text_fingerprint};

const SHINGLE_WORDS: usize = 6;
const SAMPLE_EVERY: u64 = 4;

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
    // Canonical copies first, so each later one is merged into the one to keep.
    let mut order: Vec<usize> = (0..articles.len()).collect();
    order.sort_by_key(|&idx| (articles[idx].published.map(|p| (p.date, p.time)), idx));

    let mut by_id: HashMap<u64, usize> = HashMap::new();
    let mut by_text: HashMap<u64, usize> = HashMap::new();
    let mut postings: HashMap<u64, Vec<usize>> = HashMap::new();
    let mut shingle_counts: Vec<usize> = vec![0; articles.len()];
    let mut merged_into: Vec<Option<usize>> = vec![None; articles.len()];
    let mut counts: HashMap<usize, usize> = HashMap::new();

    for &idx in &order {
        let article = &articles[idx];
        let exact = by_id
            .get(&article.id.0)
            .or_else(|| by_text.get(&text_fingerprint(&article.text)))
            .copied();
        if let Some(keeper) = exact {
            merged_into[idx] = Some(keeper);
            continue;
        }
        let shingles = sampled_shingles(&article.text);
        shingle_counts[idx] = shingles.len();
        let mut near = None;
        if shingles.len() >= config.min_shingles {
            counts.clear();
            for hash in &shingles {
                if let Some(holders) = postings.get(hash) {
                    for &holder in holders {
                        *counts.entry(holder).or_default() += 1;
                    }
                }
            }
            near = counts
                .iter()
                .filter(|&(&holder, &shared)| {
                    let smaller = shingles.len().min(shingle_counts[holder]);
                    smaller >= config.min_shingles
                        && shared as f64 >= config.min_containment * smaller as f64
                })
                .max_by_key(|&(&holder, &shared)| (shared, std::cmp::Reverse(holder)))
                .map(|(&holder, _)| holder);
        }
        if let Some(keeper) = near {
            merged_into[idx] = Some(keeper);
            continue;
        }
        by_id.insert(article.id.0, idx);
        by_text.insert(text_fingerprint(&article.text), idx);
        for hash in shingles {
            postings.entry(hash).or_default().push(idx);
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

/// Hashes of the sampled shingles of lowercased alphanumeric words, deduplicated.
fn sampled_shingles(text: &str) -> Vec<u64> {
    let words: Vec<u64> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| {
            let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
            for byte in word.bytes() {
                hash ^= u64::from(byte.to_ascii_lowercase());
                hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
            }
            hash
        })
        .collect();
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
            article("An unrelated story about a football match that went to penalties.", "X", "c.txt", 12),
        ];
        let (kept, n_merged) = deduplicate(articles, &DedupConfig::default());
        assert_eq!(n_merged, 1);
        assert_eq!(kept.len(), 2);
        assert_eq!(kept[0].outlets(), ["Meridian Press", "Valley Courier"]);
        assert_eq!(kept[0].also_carried_by[0].provenance.path, "b.xml");
    }

    #[test]
    fn same_url_and_same_text_are_exact_duplicates() {
        let a = article("Short text.", "A", "a.txt", 1).with_url(Some("https://x.example/s".into()));
        let b = article("Other short text.", "B", "b.txt", 2).with_url(Some("http://www.x.example/s/".into()));
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
