//! Pairs system timeline files with the reference timelines they answer, by file name.
//!
//! Published T17 outputs name a system file after the topic and the reference timeline, e.g.
//! `TL17_bestds_bpoil_bbc.txt` for the reference `tl17-bpoil/bbc.txt`; some shorten the
//! reference's name at its first dot (`TL17_bestds_mj_bbc.txt` for `tl17-mj/bbc.co.uk.txt`).

/// The result of pairing: indices into the name lists given to [`pair_by_name`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pairing {
    /// (system index, reference index), in the order of the system names.
    pub pairs: Vec<(usize, usize)>,
    /// Systems that match no reference, or several equally well.
    pub unpaired_systems: Vec<usize>,
    /// References that no system was paired with.
    pub unpaired_references: Vec<usize>,
}

/// Pairs system files with reference files by name.
///
/// A reference is named by its path `TOPICDIR/NAME.EXT` (the topic is what follows the last `-`
/// of the directory, so `tl17-bpoil` is `bpoil`); a system by its file name, whose stem (without
/// extension) must be `TOPIC_NAME` or end with `_TOPIC_NAME`. A name matched in full wins over
/// its part before the first dot; a system matching several references equally is left unpaired.
///
/// ```
/// let pairing = tls_eval::pair_by_name(
///     &["TL17_bestds_mj_bbc.txt", "TL17_bestds_bpoil_bbc.txt", "notes.txt"],
///     &["tl17-bpoil/bbc.txt", "tl17-mj/bbc.co.uk.txt"],
/// );
/// assert_eq!(pairing.pairs, [(0, 1), (1, 0)]);
/// assert_eq!(pairing.unpaired_systems, [2]);
/// ```
pub fn pair_by_name<S: AsRef<str>, R: AsRef<str>>(systems: &[S], references: &[R]) -> Pairing {
    let keys: Vec<(String, String)> = references
        .iter()
        .map(|path| {
            let path = path.as_ref().replace('\\', "/");
            let (dir, file) = path.rsplit_once('/').unwrap_or(("", &path));
            let topic = dir.rsplit('/').next().unwrap_or(dir);
            let topic = topic.rsplit_once('-').map_or(topic, |(_, topic)| topic);
            let full = format!("{topic}_{}", file_stem(file));
            let short =
                format!("{topic}_{}", file_stem(file).split('.').next().unwrap_or_default());
            (full, short)
        })
        .collect();

    let mut pairing = Pairing::default();
    let mut used = vec![false; references.len()];
    for (system_idx, system) in systems.iter().enumerate() {
        let system = system.as_ref().replace('\\', "/");
        let stem = file_stem(system.rsplit('/').next().unwrap_or(&system));
        let names = |key: &str| stem == key || stem.ends_with(&format!("_{key}"));
        let full: Vec<usize> = (0..keys.len()).filter(|&idx| names(&keys[idx].0)).collect();
        let candidates = if full.is_empty() {
            (0..keys.len()).filter(|&idx| names(&keys[idx].1)).collect()
        } else {
            full
        };
        match candidates[..] {
            [reference_idx] => {
                pairing.pairs.push((system_idx, reference_idx));
                used[reference_idx] = true;
            }
            _ => pairing.unpaired_systems.push(system_idx),
        }
    }
    pairing.unpaired_references = (0..references.len()).filter(|&idx| !used[idx]).collect();
    pairing
}

/// A file name without its last extension.
fn file_stem(file: &str) -> &str {
    file.rsplit_once('.').map_or(file, |(stem, _)| stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_name_beats_short_name_and_ties_stay_unpaired() {
        let references = [
            "tl17-bpoil/bbc.txt",
            "tl17-bpoil/bbc.co.uk.txt",
            "tl17-h1n1/bbc.co.uk.txt",
            "tl17-h1n1/bbc.com.txt",
        ];
        let pairing = pair_by_name(
            &[
                "TL17_x_bpoil_bbc.txt",
                "TL17_x_bpoil_bbc.co.uk.txt",
                "run/h1n1_bbc.txt",
                "x_haiti_bbc.txt",
            ],
            &references,
        );
        assert_eq!(pairing.pairs, [(0, 0), (1, 1)]);
        assert_eq!(pairing.unpaired_systems, [2, 3]);
        assert_eq!(pairing.unpaired_references, [2, 3]);
    }
}
