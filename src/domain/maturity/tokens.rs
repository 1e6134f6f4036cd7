//! Splits a key result into words, numbers and punctuation, keeping byte offsets into the
//! original text so findings can point at the words that triggered them.
//!
//! Hand-written rather than regex-based: it is one pass over the bytes, which keeps the
//! coach fast enough to run on every keystroke, and adds no dependency to the wasm build.

/// A number as written: "5,000", "1.5%", "$500k", "10K", "1:40", "3x", "five".
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Num {
    pub value: f64,
    pub percent: bool,
    pub currency: bool,
    /// "3x": a multiple of today's value.
    pub times: bool,
    /// "1:40": minutes and seconds (or hours and minutes).
    pub clock: bool,
    /// "3rd", "#1": a position, not an amount.
    pub ordinal: bool,
    /// Thousands separators, a decimal point or a multiplier: "2027" may be a year,
    /// "2,027" and "2k" are not.
    pub formatted: bool,
    /// "10k+": this many or more.
    pub or_more: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    Word,
    Num(Num),
    /// ASCII punctuation; arrows ("->", "→") are stored as `>`.
    Punct(u8),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

impl Token {
    pub fn num(&self) -> Option<Num> {
        match self.kind {
            Kind::Num(n) => Some(n),
            _ => None,
        }
    }

    pub fn is_word(&self) -> bool {
        // `matches!`, not `==`: the derived comparison also compares numbers' fields, and
        // the coach asks this of every token many times.
        matches!(self.kind, Kind::Word)
    }

    pub fn is_punct(&self, c: u8) -> bool {
        matches!(self.kind, Kind::Punct(p) if p == c)
    }
}

/// Tokenizes `lower`, the ASCII-lowercased text (same byte offsets as the original).
pub fn tokenize(lower: &str) -> Vec<Token> {
    let b = lower.as_bytes();
    let mut out = Vec::with_capacity(16);
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
        } else if c.is_ascii_digit() || (c == b'.' && next_is_digit(b, i + 1)) {
            i = number(lower, i, i, false, &mut out);
        } else if c == b'$' || c == b'#' {
            let j = skip_spaces(b, i + 1);
            if next_is_digit(b, j) {
                i = number(lower, i, j, c == b'$', &mut out);
                if c == b'#' {
                    if let Some(Token {
                        kind: Kind::Num(n), ..
                    }) = out.last_mut()
                    {
                        n.ordinal = true;
                    }
                }
            } else {
                out.push(punct(i, i + 1, c));
                i += 1;
            }
        } else if c == b'-' && b.get(i + 1) == Some(&b'>') {
            out.push(punct(i, i + 2, b'>'));
            i += 2;
        } else if c.is_ascii_alphabetic() {
            i = word(b, i, &mut out);
        } else if c < 0x80 {
            out.push(punct(i, i + 1, c));
            i += 1;
        } else {
            // Non-ASCII: letters join words; currency signs start numbers; the rest is
            // punctuation. Decoding one char is safe: `i` is always on a char boundary.
            let ch = lower[i..].chars().next().unwrap_or(' ');
            let len = ch.len_utf8();
            match ch {
                '€' | '£' | '¥' | '₹' if next_is_digit(b, skip_spaces(b, i + len)) => {
                    let j = skip_spaces(b, i + len);
                    i = number(lower, i, j, true, &mut out);
                }
                '→' | '⟶' => {
                    out.push(punct(i, i + len, b'>'));
                    i += len;
                }
                c if c.is_alphabetic() => i = word(b, i, &mut out),
                other => {
                    // Dashes join ranges and compounds; curly quotes are quotes; the rest
                    // (bullets, emoji) ends a phrase.
                    let as_ascii = match other {
                        '–' | '‐' | '‑' => b'-',
                        '’' | '‘' => b'\'',
                        '“' | '”' => b'"',
                        // "≥50% of new accounts": a threshold, like "at least".
                        '≥' | '≤' | '⩾' | '⩽' => b'<',
                        _ => b'.',
                    };
                    out.push(punct(i, i + len, as_ascii));
                    i += len;
                }
            }
        }
    }
    out
}

fn punct(start: usize, end: usize, c: u8) -> Token {
    Token {
        start,
        end,
        kind: Kind::Punct(c),
    }
}

fn next_is_digit(b: &[u8], i: usize) -> bool {
    b.get(i).is_some_and(u8::is_ascii_digit)
}

fn skip_spaces(b: &[u8], mut i: usize) -> usize {
    while b.get(i) == Some(&b' ') {
        i += 1;
    }
    i
}

/// A word: letters, digits after the first letter ("q3", "ga4"), inner apostrophes.
fn word(b: &[u8], start: usize, out: &mut Vec<Token>) -> usize {
    let mut i = start;
    while i < b.len() {
        let c = b[i];
        let inner_apostrophe = c == b'\'' && b.get(i + 1).is_some_and(u8::is_ascii_alphabetic);
        if c.is_ascii_alphanumeric() || c >= 0x80 && !starts_symbol(b, i) || inner_apostrophe {
            i += 1;
        } else {
            break;
        }
    }
    // Never split a multi-byte char: step back to a boundary if a symbol check stopped us.
    while i < b.len() && (b[i] & 0xC0) == 0x80 {
        i += 1;
    }
    out.push(Token {
        start,
        end: i,
        kind: Kind::Word,
    });
    i
}

/// Non-ASCII symbols that must not be glued into a word: €, £, →, dashes, curly quotes.
fn starts_symbol(b: &[u8], i: usize) -> bool {
    matches!(
        (b[i], b.get(i + 1)),
        (0xE2, Some(0x82 | 0x80 | 0x86 | 0x9F)) | (0xC2, Some(0xA3 | 0xA5 | 0xA0))
    )
}

/// Reads a number whose digits start at `digits`; the token starts at `start` (a currency
/// sign or `#` may come first). Returns the index after the number and its suffixes.
fn number(lower: &str, start: usize, digits: usize, currency: bool, out: &mut Vec<Token>) -> usize {
    let b = lower.as_bytes();
    let mut i = digits;
    let mut value = 0.0f64;
    let mut formatted = false;
    let mut clock = false;
    while i < b.len() {
        match b[i] {
            d @ b'0'..=b'9' => {
                value = value * 10.0 + f64::from(d - b'0');
                i += 1;
            }
            // "5,000": a comma followed by exactly three digits groups thousands.
            b',' if run_of_digits(b, i + 1) == 3 && value > 0.0 => {
                formatted = true;
                i += 1;
            }
            b'.' if next_is_digit(b, i + 1) => {
                formatted = true;
                i += 1;
                let mut scale = 0.1;
                while let Some(d) = b.get(i).filter(|d| d.is_ascii_digit()) {
                    value += f64::from(d - b'0') * scale;
                    scale /= 10.0;
                    i += 1;
                }
                break;
            }
            // "1:40" reads as 100 (seconds, or minutes): only the ratio of two such matters.
            b':' if run_of_digits(b, i + 1) == 2 => {
                clock = true;
                formatted = true;
                let tens = f64::from(b[i + 1] - b'0') * 10.0 + f64::from(b[i + 2] - b'0');
                value = value * 60.0 + tens;
                i += 3;
                break;
            }
            _ => break,
        }
    }
    let mut num = Num {
        value,
        currency,
        clock,
        formatted,
        ..Num::default()
    };
    // Letters glued to the number: multipliers, "x", ordinals, or a unit ("15min").
    let suffix_start = i;
    while b.get(i).is_some_and(u8::is_ascii_alphabetic) {
        i += 1;
    }
    let scale = match &lower[suffix_start..i] {
        "k" => 1e3,
        "m" | "mm" | "mn" => 1e6,
        "b" | "bn" => 1e9,
        _ => 1.0,
    };
    if scale > 1.0 {
        num.value *= scale;
        num.formatted = true;
    }
    match &lower[suffix_start..i] {
        "x" => num.times = true,
        "st" | "nd" | "rd" | "th" => num.ordinal = true,
        _ => {}
    }
    // Currency written after the amount: "70€", "500 €".
    let after = skip_spaces(b, i);
    if let Some(sign) = lower[after..]
        .chars()
        .next()
        .filter(|c| matches!(c, '€' | '£'))
    {
        num.currency = true;
        i = after + sign.len_utf8();
    }
    let after = skip_spaces(b, i);
    if b.get(after) == Some(&b'%') {
        num.percent = true;
        i = after + 1;
    }
    if b.get(i) == Some(&b'+') {
        num.or_more = true;
        i += 1;
    }
    out.push(Token {
        start,
        end: i,
        kind: Kind::Num(num),
    });
    i
}

fn run_of_digits(b: &[u8], from: usize) -> usize {
    b[from.min(b.len())..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count()
}

#[cfg(test)]
#[path = "tokens_tests.rs"]
mod tests;
