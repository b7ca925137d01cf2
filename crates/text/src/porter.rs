//! The Porter (1980) suffix-stripping stemmer, in the exact variant that ROUGE-1.5.5 runs.
//!
//! ROUGE-1.5.5 embeds Martin Porter's regular-expression formulation of the algorithm
//! ("Release 1"), which differs from the 1980 paper in three places that change stems and
//! therefore ROUGE scores:
//!
//! - step 2 also maps `-logi` to `-log` and uses `-bli` → `-ble` instead of `-abli` → `-able`
//!   (the two departures Porter lists on his web page);
//! - consonants and vowels are regular-expression classes rather than the paper's
//!   context-dependent definition: `y` counts as a vowel wherever a vowel class includes it,
//!   except as the first letter of the word;
//! - step 4 was modified by ROUGE's author (2004): the `-ement` rule is tried first, then the
//!   `-ment` rule and then the `-ent`/`-ion` rules on whatever the previous rules left, so
//!   `agreement` becomes `agreem`, not `agreement`.
//!
//! ROUGE calls the stemmer only on lowercase ASCII tokens longer than three bytes that are not
//! in its WordNet exception list; that gating belongs to the caller (`tls-eval`), this module
//! stems whatever lowercase word it is given.

use std::borrow::Cow;

/// Stems one lowercase word with ROUGE-1.5.5's Porter stemmer.
///
/// Words shorter than three bytes and words with non-ASCII bytes come back unchanged: the
/// algorithm is only defined on English letters, and stripping ASCII suffixes from a UTF-8 word
/// byte by byte could split a character.
///
/// ```
/// assert_eq!(text::porter::stem("caresses"), "caress");
/// assert_eq!(text::porter::stem("generalizations"), "gener");
/// ```
pub fn stem(word: &str) -> Cow<'_, str> {
    if word.len() < 3 || !word.is_ascii() {
        return Cow::Borrowed(word);
    }
    let mut w = word.as_bytes().to_vec();
    // An initial `y` is a consonant; the regular expressions only see it as one if it is not the
    // lowercase letter they list among the vowels, so it is uppercased for the duration.
    let initial_y = w[0] == b'y';
    if initial_y {
        w[0] = b'Y';
    }

    step1a(&mut w);
    step1b(&mut w);
    step1c(&mut w);
    replace_suffix(&mut w, STEP2, &[OPT_C, V, C]);
    replace_suffix(&mut w, STEP3, &[OPT_C, V, C]);
    step4(&mut w);
    step5(&mut w);

    if initial_y {
        w[0] = b'y';
    }
    if w == word.as_bytes() {
        Cow::Borrowed(word)
    } else {
        // Only ASCII bytes were removed or added, so the bytes are still UTF-8.
        Cow::Owned(String::from_utf8(w).expect("ASCII in, ASCII out"))
    }
}

/// One element of the anchored patterns the stemmer tests stems against.
#[derive(Clone, Copy)]
enum Part {
    /// A consonant sequence: a byte other than `aeiou`, then bytes other than `aeiouy`.
    Consonants,
    /// A vowel sequence: one of `aeiouy`, then bytes among `aeiou`.
    Vowels,
    Optional(Sequence),
    /// A single byte among `aeiouy`.
    Vowel,
    /// A single byte other than `aeiouwxy`.
    NotWxy,
    End,
}

#[derive(Clone, Copy)]
enum Sequence {
    Consonants,
    Vowels,
}

const C: Part = Part::Consonants;
const V: Part = Part::Vowels;
const OPT_C: Part = Part::Optional(Sequence::Consonants);
const OPT_V: Part = Part::Optional(Sequence::Vowels);

/// `[C]VC…`: the measure m is greater than 0.
const M_GT_0: &[Part] = &[OPT_C, V, C];
/// `[C]VC[V]` and nothing more: m equals 1.
const M_EQ_1: &[Part] = &[OPT_C, V, C, OPT_V, Part::End];
/// `[C]VCVC…`: m is greater than 1.
const M_GT_1: &[Part] = &[OPT_C, V, C, V, C];
/// `[C]v…`: the stem contains a vowel.
const HAS_VOWEL: &[Part] = &[OPT_C, Part::Vowel];
/// `CvC` where the last consonant is not w, x or y, and nothing more: the `*o` condition.
const CVC: &[Part] = &[C, Part::Vowel, Part::NotWxy, Part::End];

fn is_aeiou(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

fn is_aeiouy(b: u8) -> bool {
    is_aeiou(b) || b == b'y'
}

/// Whether `pattern`, anchored at the start, matches a prefix of `s[at..]`.
///
/// A tiny backtracking matcher: the stems are a few bytes long, so trying every split is cheap,
/// and it has the same yes/no answers as the regular expressions ROUGE uses.
fn matches(s: &[u8], at: usize, pattern: &[Part]) -> bool {
    let Some((&first, rest)) = pattern.split_first() else {
        return true;
    };
    match first {
        Part::End => at == s.len() && matches(s, at, rest),
        Part::Vowel => s.get(at).is_some_and(|&b| is_aeiouy(b)) && matches(s, at + 1, rest),
        Part::NotWxy => {
            s.get(at).is_some_and(|&b| !is_aeiouy(b) && !matches!(b, b'w' | b'x'))
                && matches(s, at + 1, rest)
        }
        Part::Consonants => sequence(s, at, Sequence::Consonants, rest),
        Part::Vowels => sequence(s, at, Sequence::Vowels, rest),
        Part::Optional(kind) => matches(s, at, rest) || sequence(s, at, kind, rest),
    }
}

/// Matches one consonant or vowel sequence at `at`, then `rest` after any of its lengths.
fn sequence(s: &[u8], at: usize, kind: Sequence, rest: &[Part]) -> bool {
    type ByteClass = fn(u8) -> bool;
    let (head, tail): (ByteClass, ByteClass) = match kind {
        Sequence::Consonants => (|b| !is_aeiou(b), |b| !is_aeiouy(b)),
        Sequence::Vowels => (is_aeiouy, is_aeiou),
    };
    if !s.get(at).is_some_and(|&b| head(b)) {
        return false;
    }
    let mut end = at + 1;
    while s.get(end).is_some_and(|&b| tail(b)) {
        end += 1;
    }
    (at + 1..=end).rev().any(|next| matches(s, next, rest))
}

fn holds(stem: &[u8], pattern: &[Part]) -> bool {
    matches(stem, 0, pattern)
}

/// Plurals: `-sses` → `-ss`, `-ies` → `-i`, a final `s` after anything but `s` is dropped.
fn step1a(w: &mut Vec<u8>) {
    if w.ends_with(b"sses") || w.ends_with(b"ies") {
        w.truncate(w.len() - 2);
    } else if w.ends_with(b"s") && w.len() >= 2 && w[w.len() - 2] != b's' {
        w.pop();
    }
}

/// Past tenses and gerunds: `-eed` → `-ee` when m > 0; `-ed` and `-ing` go when the rest has a
/// vowel, and the rest is then tidied (`-at` → `-ate`, double consonants undoubled, `*o` → `+e`).
fn step1b(w: &mut Vec<u8>) {
    if w.ends_with(b"eed") {
        if holds(&w[..w.len() - 3], M_GT_0) {
            w.pop();
        }
        return;
    }
    let suffix_len = if w.ends_with(b"ed") {
        2
    } else if w.ends_with(b"ing") {
        3
    } else {
        return;
    };
    let stem_len = w.len() - suffix_len;
    if !holds(&w[..stem_len], HAS_VOWEL) {
        return;
    }
    w.truncate(stem_len);
    let n = w.len();
    if w.ends_with(b"at") || w.ends_with(b"bl") || w.ends_with(b"iz") {
        w.push(b'e');
    } else if n >= 2 && w[n - 1] == w[n - 2] && !b"aeiouylsz".contains(&w[n - 1]) {
        w.pop();
    } else if holds(w, CVC) {
        w.push(b'e');
    }
}

/// A final `y` becomes `i` when the rest has a vowel.
fn step1c(w: &mut [u8]) {
    let n = w.len();
    if w.ends_with(b"y") && holds(&w[..n - 1], HAS_VOWEL) {
        w[n - 1] = b'i';
    }
}

/// Step 2: double suffixes, mapped when m > 0 before them.
const STEP2: &[(&str, &str)] = &[
    ("ational", "ate"),
    ("tional", "tion"),
    ("enci", "ence"),
    ("anci", "ance"),
    ("izer", "ize"),
    ("bli", "ble"),
    ("alli", "al"),
    ("entli", "ent"),
    ("eli", "e"),
    ("ousli", "ous"),
    ("ization", "ize"),
    ("ation", "ate"),
    ("ator", "ate"),
    ("alism", "al"),
    ("iveness", "ive"),
    ("fulness", "ful"),
    ("ousness", "ous"),
    ("aliti", "al"),
    ("iviti", "ive"),
    ("biliti", "ble"),
    ("logi", "log"),
];

/// Step 3: `-ic-`, `-full`, `-ness` and the like, mapped when m > 0 before them.
const STEP3: &[(&str, &str)] = &[
    ("icate", "ic"),
    ("ative", ""),
    ("alize", "al"),
    ("iciti", "ic"),
    ("ical", "ic"),
    ("ful", ""),
    ("ness", ""),
];

/// Step 4's first rule; `-ment`, `-ent` and `-ion` follow separately (see the module docs).
const STEP4: &[&str] = &[
    "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ou", "ism", "ate", "iti",
    "ous", "ive", "ize",
];

/// The longest suffix of `w` among `suffixes`.
///
/// The regular expressions find the leftmost match of an alternation anchored at the end, which
/// is the longest listed suffix, whatever order the alternatives are written in.
fn longest_suffix<'s>(w: &[u8], suffixes: impl Iterator<Item = &'s str>) -> Option<&'s str> {
    suffixes.filter(|s| w.ends_with(s.as_bytes())).max_by_key(|s| s.len())
}

/// Replaces the longest listed suffix by its mapping when the stem before it matches `condition`.
fn replace_suffix(w: &mut Vec<u8>, table: &[(&str, &str)], condition: &[Part]) {
    let Some(suffix) = longest_suffix(w, table.iter().map(|(from, _)| *from)) else {
        return;
    };
    let stem_len = w.len() - suffix.len();
    if holds(&w[..stem_len], condition) {
        let to = table.iter().find(|(from, _)| *from == suffix).map(|(_, to)| *to).unwrap_or("");
        w.truncate(stem_len);
        w.extend_from_slice(to.as_bytes());
    }
}

/// Removes a suffix when the stem before it has m > 1.
fn strip_if_m_gt_1(w: &mut Vec<u8>, suffix: &str) -> bool {
    if !w.ends_with(suffix.as_bytes()) {
        return false;
    }
    let stem_len = w.len() - suffix.len();
    if holds(&w[..stem_len], M_GT_1) {
        w.truncate(stem_len);
    }
    true
}

fn step4(w: &mut Vec<u8>) {
    if let Some(suffix) = longest_suffix(w, STEP4.iter().copied()) {
        strip_if_m_gt_1(w, suffix);
    }
    strip_if_m_gt_1(w, "ment");
    // `-ion` is only tried when the word does not end in `-ent`, and it needs an `s` or `t`
    // before it, which stays part of the stem.
    if !strip_if_m_gt_1(w, "ent") && (w.ends_with(b"sion") || w.ends_with(b"tion")) {
        strip_if_m_gt_1(w, "ion");
    }
}

/// A final `e` goes when m > 1, or when m = 1 and the stem is not `*o`; a final `ll` loses an `l`
/// when m > 1.
fn step5(w: &mut Vec<u8>) {
    let stem = &w[..w.len().saturating_sub(1)];
    if w.ends_with(b"e") && (holds(stem, M_GT_1) || (holds(stem, M_EQ_1) && !holds(stem, CVC))) {
        w.pop();
    }
    if w.ends_with(b"ll") && holds(w, M_GT_1) {
        w.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::stem;

    fn check(pairs: &[(&str, &str)]) {
        for &(word, expected) in pairs {
            assert_eq!(stem(word), expected, "stem({word:?})");
        }
    }

    #[test]
    fn paper_step_examples() {
        // The examples that illustrate each step in Porter (1980).
        check(&[
            ("caresses", "caress"),
            ("ponies", "poni"),
            ("ties", "ti"),
            ("caress", "caress"),
            ("cats", "cat"),
            ("feed", "feed"),
            ("agreed", "agre"),
            ("plastered", "plaster"),
            ("bled", "bled"),
            ("motoring", "motor"),
            ("sing", "sing"),
            ("conflated", "conflat"),
            ("troubled", "troubl"),
            ("sized", "size"),
            ("hopping", "hop"),
            ("tanned", "tan"),
            ("falling", "fall"),
            ("hissing", "hiss"),
            ("fizzed", "fizz"),
            ("failing", "fail"),
            ("filing", "file"),
            ("happy", "happi"),
            ("sky", "sky"),
            ("relational", "relat"),
            ("conditional", "condit"),
            ("valenci", "valenc"),
            ("digitizer", "digit"),
            ("triplicate", "triplic"),
            ("formative", "form"),
            ("electriciti", "electr"),
            ("hopeful", "hope"),
            ("goodness", "good"),
            ("revival", "reviv"),
            ("allowance", "allow"),
            ("inference", "infer"),
            ("airliner", "airlin"),
            ("adjustable", "adjust"),
            ("defensible", "defens"),
            ("irritant", "irrit"),
            ("adjustment", "adjust"),
            ("dependent", "depend"),
            ("adoption", "adopt"),
            ("communism", "commun"),
            ("activate", "activ"),
            ("angulariti", "angular"),
            ("homologous", "homolog"),
            ("effective", "effect"),
            ("bowdlerize", "bowdler"),
            ("probate", "probat"),
            ("rate", "rate"),
            ("cease", "ceas"),
            ("controll", "control"),
            ("roll", "roll"),
        ]);
    }

    #[test]
    fn rouge_variant_departures() {
        check(&[
            // Porter's published departures from the paper.
            ("archaeology", "archaeolog"),
            ("sensibility", "sensibl"),
            // The step 4 modification in ROUGE-1.5.5: `-ement` does not protect `-ent`.
            ("agreement", "agreem"),
            ("replacement", "replac"),
            // A leading y is a consonant, a y after a consonant is a vowel.
            ("yelling", "yell"),
            ("syzygy", "syzygi"),
            ("generalizations", "gener"),
            ("oscillators", "oscil"),
        ]);
    }

    #[test]
    fn words_left_alone() {
        check(&[("", ""), ("is", "is"), ("1990s", "1990"), ("café", "café"), ("bp", "bp")]);
    }
}
