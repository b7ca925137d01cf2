//! Tokenizer and lexicon: one pass that splits text into words, numbers and punctuation with
//! byte spans, and tags each word with its temporal category.
//!
//! The grammar only wakes up at tokens whose category is not `Lex::None` or that are numbers,
//! so most of the text is touched exactly once, here.

/// Units of time, from the smallest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// Parts of the day, with their TIMEX3 codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PartOfDay {
    Morning,
    Afternoon,
    Evening,
    Night,
}

impl PartOfDay {
    pub(crate) fn code(self) -> &'static str {
        match self {
            PartOfDay::Morning => "MO",
            PartOfDay::Afternoon => "AF",
            PartOfDay::Evening => "EV",
            PartOfDay::Night => "NI",
        }
    }
}

/// Holidays with a fixed or computable date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Holiday {
    Christmas,
    Easter,
    Thanksgiving,
    Halloween,
    ElectionDay,
    /// A word naming a day in a week counted from a feast, with the weekday after it:
    /// "Good Friday", "Whit Monday", "Black Friday". `sunday` is the offset in days of that
    /// week's Sunday from the feast; `weekday` the one weekday the word goes with (1 =
    /// Monday), or 0 for any.
    FeastWeek {
        feast: Feast,
        sunday: i8,
        weekday: u8,
    },
    /// A day `days` after a feast (before it when negative): Good Friday is Easter - 2.
    FromFeast {
        feast: Feast,
        days: i8,
    },
    /// The same day every year: Independence Day is July 4.
    Fixed {
        month: u8,
        day: u8,
    },
    /// The `n`th weekday (1 = Monday) of a month; -1 is the last one.
    Nth {
        month: u8,
        weekday: u8,
        n: i8,
    },
}

/// A feast other holidays are counted from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Feast {
    Easter,
    /// Thanksgiving in the United States.
    Thanksgiving,
}

/// The temporal category of a word. Function words that the grammar needs get their own
/// variant so rules compare enums, not strings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lex {
    None,
    /// Full month name, 1-based.
    Month(u8),
    /// Abbreviated month name ("Feb", "Sept"), 1-based.
    MonthAbbr(u8),
    /// Weekday, 1 = Monday.
    Weekday(u8),
    /// Plural weekday ("Mondays"), 1 = Monday.
    Weekdays(u8),
    /// A unit; the flag says the word is plural.
    Unit(Unit, bool),
    /// Cardinal number word below 20 ("one", "twelve").
    Num(u16),
    /// Tens word ("twenty" .. "ninety").
    Tens(u16),
    /// "the nineties": a decade of the 20th century.
    TensPlural(u8),
    Term,
    Short,
    Election,
    Hundred,
    Thousand,
    /// Ordinal word ("first" .. "thirty"), also used for quarters and days of the month.
    Ordinal(u8),
    /// Season: 0 spring, 1 summer, 2 fall, 3 winter.
    Season(u8),
    PartOfDay(PartOfDay),
    Holiday(Holiday),
    /// The first word of a holiday named in several words ("Labor" Day, "Good" Friday),
    /// with the holiday the whole name would give; the grammar checks the rest.
    HolidayWord(Holiday),
    /// "Q", "H" and "FY" of business shorthand: "Q3 2010", "H1", "FY2021".
    Shorthand,
    Today,
    Tomorrow,
    Yesterday,
    Tonight,
    Now,
    /// "currently", "nowadays": PRESENT_REF on their own.
    PresentAdv,
    /// "recently", "lately": PAST_REF on their own. "previously" and "soon" are left out:
    /// annotators tag them in fewer than one case in three.
    PastAdv,
    Future,
    Current,
    Recent,
    The,
    A,
    An,
    Last,
    Next,
    This,
    That,
    These,
    Coming,
    Past,
    Previous,
    Following,
    Upcoming,
    Latest,
    Same,
    Ago,
    Earlier,
    Later,
    Before,
    After,
    Early,
    Mid,
    Late,
    Middle,
    Beginning,
    Start,
    End,
    Of,
    In,
    At,
    Since,
    Until,
    By,
    From,
    To,
    Through,
    Between,
    And,
    Or,
    About,
    Around,
    Nearly,
    Almost,
    Approximately,
    Roughly,
    Some,
    More,
    Less,
    Than,
    Least,
    Over,
    Up,
    Few,
    Several,
    Many,
    Couple,
    SeasonWord,
    Ahead,
    Dozen,
    Every,
    Each,
    Fiscal,
    Half,
    Daily,
    Weekly,
    Monthly,
    Annually,
    Hourly,
    Noon,
    Midnight,
    /// "a.m." or "am" once the dots are read.
    Am,
    Pm,
    /// A time-zone abbreviation.
    Zone,
    /// Words that put a clause in the future: "will", "shall", "'ll", "plans", "scheduled".
    FutureCue,
    /// Words that put a clause in the past: "said", "was", irregular past forms.
    PastCue,
    /// Irregular past participles ("shown", "taken", "born"): past only after "was", "had"
    /// or a comma, since after a noun they often describe it ("the jab given in autumn").
    Participle,
    /// "would": the future seen from a past narrative.
    Would,
    Near,
    Within,
    For,
    During,
    New,
    Eve,
    Full,
    Whole,
    Once,
    Twice,
    Period,
    Old,
    Ended,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Number,
    Punct,
    /// A run of non-ASCII bytes (curly quotes, dashes, accented letters).
    Other,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    pub start: u32,
    pub end: u32,
    pub kind: Kind,
    pub lex: Lex,
    /// Value of a number token (saturating); the punctuation byte for punctuation.
    pub num: u32,
    /// Number of digits of a number token; length of a word.
    pub len: u8,
    /// Number token written with a thousands separator or a decimal point: never a year.
    pub grouped: bool,
    /// First letter is upper case.
    pub cap: bool,
}

impl Token {
    pub(crate) fn is_punct(&self, byte: u8) -> bool {
        self.kind == Kind::Punct && self.num == byte as u32
    }
}

/// Splits `text` into tokens. Whitespace is dropped; everything else is covered.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(bytes.len() / 5 + 4);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        if b.is_ascii_alphabetic() {
            while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
            let word = &bytes[start..i];
            tokens.push(Token {
                start: start as u32,
                end: i as u32,
                kind: Kind::Word,
                lex: lookup(word),
                num: 0,
                len: word.len().min(255) as u8,
                grouped: false,
                cap: b.is_ascii_uppercase(),
            });
        } else if b.is_ascii_digit() {
            let mut value: u32 = 0;
            let mut grouped = false;
            loop {
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    value = value.saturating_mul(10).saturating_add((bytes[i] - b'0') as u32);
                    i += 1;
                }
                // "1,200" and "3.5" are one number; "1990, when" is not.
                let sep = bytes.get(i).copied();
                if (sep == Some(b',')
                    && digits_at(bytes, i + 1) == 3
                    && digits_at(bytes, i + 1) > 0)
                    || (sep == Some(b'.') && digits_at(bytes, i + 1) > 0)
                {
                    grouped = true;
                    i += 1;
                    continue;
                }
                break;
            }
            tokens.push(Token {
                start: start as u32,
                end: i as u32,
                kind: Kind::Number,
                lex: Lex::None,
                num: value,
                len: (i - start).min(255) as u8,
                grouped,
                cap: false,
            });
        } else if b.is_ascii() {
            i += 1;
            tokens.push(Token {
                start: start as u32,
                end: i as u32,
                kind: Kind::Punct,
                lex: Lex::None,
                num: b as u32,
                len: 1,
                grouped: false,
                cap: false,
            });
        } else {
            while i < bytes.len() && !bytes[i].is_ascii() {
                i += 1;
            }
            // A curly apostrophe stands for "'" so "year’s" reads like "year's".
            let is_apostrophe = &bytes[start..i] == "\u{2019}".as_bytes();
            tokens.push(Token {
                start: start as u32,
                end: i as u32,
                kind: if is_apostrophe { Kind::Punct } else { Kind::Other },
                lex: Lex::None,
                num: if is_apostrophe { b'\'' as u32 } else { 0 },
                len: 1,
                grouped: false,
                cap: false,
            });
        }
    }
    tokens
}

fn digits_at(bytes: &[u8], at: usize) -> usize {
    bytes[at.min(bytes.len())..].iter().take_while(|b| b.is_ascii_digit()).count()
}

const fn feast_week(feast: Feast, sunday: i8, weekday: u8) -> Lex {
    Lex::HolidayWord(Holiday::FeastWeek { feast, sunday, weekday })
}

/// Maps a word to its category, case-insensitively.
pub(crate) fn lookup(word: &[u8]) -> Lex {
    if word.len() > 14 || word.is_empty() {
        return Lex::None;
    }
    let mut buf = [0u8; 14];
    for (dst, src) in buf.iter_mut().zip(word) {
        *dst = src.to_ascii_lowercase();
    }
    use Lex::*;
    match &buf[..word.len()] {
        b"january" => Month(1),
        b"february" => Month(2),
        b"march" => Month(3),
        b"april" => Month(4),
        b"may" => Month(5),
        b"june" => Month(6),
        b"july" => Month(7),
        b"august" => Month(8),
        b"september" => Month(9),
        b"october" => Month(10),
        b"november" => Month(11),
        b"december" => Month(12),
        b"jan" => MonthAbbr(1),
        b"feb" => MonthAbbr(2),
        b"mar" => MonthAbbr(3),
        b"apr" => MonthAbbr(4),
        b"jun" => MonthAbbr(6),
        b"jul" => MonthAbbr(7),
        b"aug" => MonthAbbr(8),
        b"sep" | b"sept" => MonthAbbr(9),
        b"oct" => MonthAbbr(10),
        b"nov" => MonthAbbr(11),
        b"dec" => MonthAbbr(12),
        b"monday" => Weekday(1),
        b"tuesday" => Weekday(2),
        b"wednesday" => Weekday(3),
        b"thursday" => Weekday(4),
        b"friday" => Weekday(5),
        b"saturday" => Weekday(6),
        b"sunday" => Weekday(7),
        b"mondays" => Weekdays(1),
        b"tuesdays" => Weekdays(2),
        b"wednesdays" => Weekdays(3),
        b"thursdays" => Weekdays(4),
        b"fridays" => Weekdays(5),
        b"saturdays" => Weekdays(6),
        b"sundays" => Weekdays(7),
        b"second" => Ordinal(2),
        b"seconds" => Unit(self::Unit::Second, true),
        b"minute" | b"min" => Unit(self::Unit::Minute, false),
        b"minutes" | b"mins" => Unit(self::Unit::Minute, true),
        b"hour" | b"hr" => Unit(self::Unit::Hour, false),
        b"hours" | b"hrs" => Unit(self::Unit::Hour, true),
        b"day" => Unit(self::Unit::Day, false),
        b"days" => Unit(self::Unit::Day, true),
        b"weekend" => Unit(self::Unit::Weekend, false),
        b"weekends" => Unit(self::Unit::Weekend, true),
        b"week" => Unit(self::Unit::Week, false),
        b"weeks" => Unit(self::Unit::Week, true),
        b"fortnight" => Unit(self::Unit::Fortnight, false),
        b"month" => Unit(self::Unit::Month, false),
        b"months" => Unit(self::Unit::Month, true),
        b"quarter" => Unit(self::Unit::Quarter, false),
        b"quarters" => Unit(self::Unit::Quarter, true),
        b"year" => Unit(self::Unit::Year, false),
        b"years" => Unit(self::Unit::Year, true),
        b"decade" => Unit(self::Unit::Decade, false),
        b"decades" => Unit(self::Unit::Decade, true),
        b"century" => Unit(self::Unit::Century, false),
        b"centuries" => Unit(self::Unit::Century, true),
        b"one" => Num(1),
        b"two" => Num(2),
        b"three" => Num(3),
        b"four" => Num(4),
        b"five" => Num(5),
        b"six" => Num(6),
        b"seven" => Num(7),
        b"eight" => Num(8),
        b"nine" => Num(9),
        b"ten" => Num(10),
        b"eleven" => Num(11),
        b"twelve" => Num(12),
        b"thirteen" => Num(13),
        b"fourteen" => Num(14),
        b"fifteen" => Num(15),
        b"sixteen" => Num(16),
        b"seventeen" => Num(17),
        b"eighteen" => Num(18),
        b"nineteen" => Num(19),
        b"twenty" => Tens(20),
        b"thirty" => Tens(30),
        b"forty" => Tens(40),
        b"fifty" => Tens(50),
        b"sixty" => Tens(60),
        b"seventy" => Tens(70),
        b"eighty" => Tens(80),
        b"ninety" => Tens(90),
        b"twenties" => TensPlural(2),
        b"thirties" => TensPlural(3),
        b"forties" => TensPlural(4),
        b"fifties" => TensPlural(5),
        b"sixties" => TensPlural(6),
        b"seventies" => TensPlural(7),
        b"eighties" => TensPlural(8),
        b"nineties" => TensPlural(9),
        b"term" => Term,
        b"short" => Short,
        b"election" => Election,
        b"hundred" => Hundred,
        b"thousand" => Thousand,
        b"first" => Ordinal(1),
        b"third" => Ordinal(3),
        b"fourth" => Ordinal(4),
        b"fifth" => Ordinal(5),
        b"sixth" => Ordinal(6),
        b"seventh" => Ordinal(7),
        b"eighth" => Ordinal(8),
        b"ninth" => Ordinal(9),
        b"tenth" => Ordinal(10),
        b"eleventh" => Ordinal(11),
        b"twelfth" => Ordinal(12),
        b"thirteenth" => Ordinal(13),
        b"fourteenth" => Ordinal(14),
        b"fifteenth" => Ordinal(15),
        b"sixteenth" => Ordinal(16),
        b"seventeenth" => Ordinal(17),
        b"eighteenth" => Ordinal(18),
        b"nineteenth" => Ordinal(19),
        b"twentieth" => Ordinal(20),
        b"thirtieth" => Ordinal(30),
        b"twice" => Twice,
        b"spring" => Season(0),
        b"summer" => Season(1),
        b"fall" | b"autumn" => Season(2),
        b"winter" => Season(3),
        b"morning" | b"mornings" => PartOfDay(self::PartOfDay::Morning),
        b"afternoon" | b"afternoons" => PartOfDay(self::PartOfDay::Afternoon),
        b"evening" | b"evenings" => PartOfDay(self::PartOfDay::Evening),
        b"night" | b"nights" | b"overnight" => PartOfDay(self::PartOfDay::Night),
        b"christmas" | b"xmas" => Holiday(self::Holiday::Christmas),
        b"easter" => Holiday(self::Holiday::Easter),
        b"thanksgiving" => Holiday(self::Holiday::Thanksgiving),
        b"halloween" => Holiday(self::Holiday::Halloween),
        b"q" | b"h" | b"fy" => Shorthand,
        b"labor" | b"labour" => HolidayWord(self::Holiday::Nth { month: 9, weekday: 1, n: 1 }),
        b"memorial" => HolidayWord(self::Holiday::Nth { month: 5, weekday: 1, n: -1 }),
        b"independence" => HolidayWord(self::Holiday::Fixed { month: 7, day: 4 }),
        b"veterans" | b"remembrance" | b"armistice" => {
            HolidayWord(self::Holiday::Fixed { month: 11, day: 11 })
        }
        b"boxing" => HolidayWord(self::Holiday::Fixed { month: 12, day: 26 }),
        // The second Monday of October (United States).
        b"columbus" => HolidayWord(self::Holiday::Nth { month: 10, weekday: 1, n: 2 }),
        b"patrick" => HolidayWord(self::Holiday::Fixed { month: 3, day: 17 }),
        b"valentine" => HolidayWord(self::Holiday::Fixed { month: 2, day: 14 }),
        b"presidents" => HolidayWord(self::Holiday::Nth { month: 2, weekday: 1, n: 3 }),
        b"mother" | b"mothers" => HolidayWord(self::Holiday::Nth { month: 5, weekday: 7, n: 2 }),
        b"father" | b"fathers" => HolidayWord(self::Holiday::Nth { month: 6, weekday: 7, n: 3 }),
        // Martin Luther King Jr. Day
        b"martin" => HolidayWord(self::Holiday::Nth { month: 1, weekday: 1, n: 3 }),
        // Days of the weeks around Easter and Thanksgiving.
        b"good" => feast_week(Feast::Easter, -7, 5),
        b"maundy" => feast_week(Feast::Easter, -7, 4),
        b"palm" => feast_week(Feast::Easter, -7, 7),
        b"holy" => feast_week(Feast::Easter, -7, 0),
        b"ash" => feast_week(Feast::Easter, -49, 3),
        b"shrove" => feast_week(Feast::Easter, -49, 2),
        b"ascension" => feast_week(Feast::Easter, 35, 4),
        b"whit" => feast_week(Feast::Easter, 49, 0),
        b"pentecost" | b"whitsun" | b"whitsunday" => {
            Holiday(self::Holiday::FromFeast { feast: Feast::Easter, days: 49 })
        }
        b"black" => feast_week(Feast::Thanksgiving, -4, 5),
        b"cyber" => feast_week(Feast::Thanksgiving, 3, 1),
        b"bastille" => HolidayWord(self::Holiday::Fixed { month: 7, day: 14 }),
        b"canada" => HolidayWord(self::Holiday::Fixed { month: 7, day: 1 }),
        b"anzac" => HolidayWord(self::Holiday::Fixed { month: 4, day: 25 }),
        b"today" => Today,
        b"tomorrow" => Tomorrow,
        b"yesterday" => Yesterday,
        b"tonight" => Tonight,
        b"now" => Now,
        b"currently" | b"nowadays" => PresentAdv,
        b"recently" | b"lately" => PastAdv,
        b"future" => Future,
        b"current" => Current,
        b"recent" => Recent,
        b"the" => The,
        b"a" => A,
        b"an" => An,
        b"last" => Last,
        b"next" => Next,
        b"this" => This,
        b"that" => That,
        b"these" => These,
        b"coming" => Coming,
        b"past" => Past,
        b"previous" | b"prior" | b"preceding" => Previous,
        b"following" => Following,
        b"upcoming" => Upcoming,
        b"latest" => Latest,
        b"same" => Same,
        b"ago" => Ago,
        b"earlier" => Earlier,
        b"later" => Later,
        b"before" => Before,
        b"after" => After,
        b"early" => Early,
        b"mid" => Mid,
        b"late" => Late,
        b"middle" => Middle,
        b"beginning" => Beginning,
        b"start" => Start,
        b"end" => End,
        b"of" => Of,
        b"in" => In,
        b"at" => At,
        b"since" => Since,
        b"until" | b"till" => Until,
        b"by" => By,
        b"from" => From,
        b"to" => To,
        b"through" | b"thru" => Through,
        b"between" => Between,
        b"and" => And,
        b"or" => Or,
        b"about" => About,
        b"around" => Around,
        b"nearly" => Nearly,
        b"almost" => Almost,
        b"approximately" => Approximately,
        b"roughly" => Roughly,
        b"some" => Some,
        b"more" => More,
        b"less" | b"fewer" => Less,
        b"than" => Than,
        b"least" => Least,
        b"over" => Over,
        b"up" => Up,
        b"few" => Few,
        b"several" => Several,
        b"many" => Many,
        b"couple" => Couple,
        b"season" => SeasonWord,
        b"ahead" => Ahead,
        b"dozen" | b"dozens" => Dozen,
        b"every" => Every,
        b"each" => Each,
        b"fiscal" => Fiscal,
        b"half" => Half,
        b"daily" => Daily,
        b"weekly" => Weekly,
        b"monthly" => Monthly,
        b"annually" | b"yearly" => Annually,
        b"hourly" => Hourly,
        b"noon" | b"midday" => Noon,
        b"midnight" => Midnight,
        b"am" => Am,
        b"pm" => Pm,
        b"est" | b"edt" | b"gmt" | b"utc" | b"pst" | b"pdt" | b"cst" | b"cdt" | b"mst" | b"mdt"
        | b"cet" | b"bst" | b"et" | b"pt" | b"ct" | b"mt" | b"cest" | b"eet" | b"eest" | b"msk"
        | b"ist" | b"jst" | b"hkt" | b"aest" | b"aedt" => Zone,
        b"will" | b"shall" | b"ll" | b"plans" | b"plan" | b"scheduled" | b"expected"
        | b"expects" | b"intends" | b"planned" | b"due" | b"might" | b"soon" | b"planning"
        | b"preparing" | b"hopes" | b"should" | b"could" => FutureCue,
        // "wouldn't" splits into "wouldn", "'", "t".
        b"would" | b"wouldn" => Would,
        // "didn't", "wasn't" split into "didn", "'", "t".
        b"said" | b"was" | b"were" | b"had" | b"did" | b"didn" | b"wasn" | b"weren" | b"hadn"
        | b"met" | b"told" | b"went" | b"came" | b"made" | b"took" | b"gave" | b"held"
        | b"began" | b"left" | b"sent" | b"saw" | b"spoke" | b"won" | b"lost" | b"fell"
        | b"rose" | b"hit" | b"got" | b"found" | b"became" | b"brought" | b"bought" | b"sold"
        | b"paid" | b"struck" | b"shot" | b"killed" | b"announced" | b"reported" | b"ran"
        | b"wrote" | b"led" | b"fled" | b"broke" | b"chose" | b"drew" | b"flew" | b"grew"
        | b"knew" | b"threw" | b"stood" | b"sat" | b"felt" | b"kept" | b"heard" | b"thought"
        | b"sought" | b"fought" | b"caught" | b"spent" | b"built" | b"withdrew" | b"arose"
        | b"sank" | b"forgot" | b"died" | b"used" | b"sued" | b"owed" | b"tied" | b"axed"
        | b"hung" | b"wore" | b"woke" | b"hid" | b"swore" | b"shook" | b"dealt" | b"bled"
        | b"sang" | b"rang" | b"drove" | b"rode" | b"froze" | b"stole" | b"stuck" | b"swept"
        | b"slept" | b"taught" | b"sped" | b"withheld" | b"upheld" | b"overtook"
        | b"understood" | b"oversaw" | b"rebuilt" | b"sprang" | b"drank" | b"laid"
        | b"overcame" | b"forgave" | b"undertook" | b"withstood" => PastCue,
        b"born" | b"shown" | b"seen" | b"taken" | b"given" | b"written" | b"spoken" | b"chosen"
        | b"broken" | b"stolen" | b"fallen" | b"beaten" | b"hidden" | b"thrown" | b"drawn"
        | b"flown" | b"driven" | b"sworn" => Participle,
        b"near" => Near,
        b"within" => Within,
        b"for" => For,
        b"during" => During,
        b"new" => New,
        b"eve" => Eve,
        b"full" => Full,
        b"whole" | b"entire" => Whole,
        b"once" => Once,
        b"period" => Period,
        b"old" => Old,
        b"ended" | b"ending" | b"ends" => Ended,
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_numbers_words_and_punctuation() {
        let text = "On Feb. 8, 1,200 troops left at 10:35 a.m. in the 1990s";
        let shown: Vec<String> = tokenize(text)
            .iter()
            .map(|t| format!("{}:{:?}", &text[t.start as usize..t.end as usize], t.kind))
            .collect();
        expect_test::expect![[r#"On:Word Feb:Word .:Punct 8:Number ,:Punct 1,200:Number troops:Word left:Word at:Word 10:Number ::Punct 35:Number a:Word .:Punct m:Word .:Punct in:Word the:Word 1990:Number s:Word"#]]
        .assert_eq(&shown.join(" "));
    }
}
