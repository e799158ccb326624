//! Punycode (RFC 3492), for IDN A-labels (`xn--…`, RFC 5890) and back.
//!
//! Only the transcoding: no IDNA mapping or normalisation tables (the `idna`
//! crate's would weigh more than the rest of the engine's name handling).
//! Host names are lowercased before encoding, which is IDNA's mapping for
//! the names people type; anything else is compared as given.
//!
//! Layer: base. Imports only other base modules.

const BASE: u32 = 36;
const TMIN: u32 = 1;
const TMAX: u32 = 26;
const SKEW: u32 = 38;
const DAMP: u32 = 700;
const INITIAL_BIAS: u32 = 72;
const INITIAL_N: u32 = 128;

fn adapt(delta: u32, points: u32, first: bool) -> u32 {
    let mut delta = if first { delta / DAMP } else { delta / 2 };
    delta = delta.saturating_add(delta.checked_div(points).unwrap_or(0));
    let mut k = 0u32;
    while delta > ((BASE - TMIN) * TMAX) / 2 {
        delta /= BASE - TMIN;
        k = k.saturating_add(BASE);
    }
    k.saturating_add(
        ((BASE - TMIN + 1).saturating_mul(delta))
            .checked_div(delta.saturating_add(SKEW))
            .unwrap_or(0),
    )
}

fn digit(d: u32) -> Option<char> {
    match d {
        0..=25 => char::from_u32(d.checked_add(u32::from(b'a'))?),
        26..=35 => char::from_u32(d.checked_sub(26)?.checked_add(u32::from(b'0'))?),
        _ => None,
    }
}

fn value(c: char) -> Option<u32> {
    match c {
        'a'..='z' => Some(u32::from(c).checked_sub(u32::from('a'))?),
        'A'..='Z' => Some(u32::from(c).checked_sub(u32::from('A'))?),
        '0'..='9' => u32::from(c).checked_sub(u32::from('0'))?.checked_add(26),
        _ => None,
    }
}

fn threshold(k: u32, bias: u32) -> u32 {
    if k <= bias {
        TMIN
    } else if k >= bias.saturating_add(TMAX) {
        TMAX
    } else {
        k.saturating_sub(bias)
    }
}

/// Encodes one label's code points (without the `xn--` prefix).
pub fn encode(input: &str) -> Option<String> {
    let chars: Vec<u32> = input.chars().map(u32::from).collect();
    let mut out: String = input.chars().filter(char::is_ascii).collect();
    let basic = u32::try_from(out.len()).ok()?;
    let mut handled = basic;
    if basic > 0 {
        out.push('-');
    }
    let (mut n, mut delta, mut bias) = (INITIAL_N, 0u32, INITIAL_BIAS);
    let total = u32::try_from(chars.len()).ok()?;
    while handled < total {
        let m = chars.iter().copied().filter(|&c| c >= n).min()?;
        delta = delta.checked_add((m.checked_sub(n)?).checked_mul(handled.checked_add(1)?)?)?;
        n = m;
        for &c in &chars {
            if c < n {
                delta = delta.checked_add(1)?;
            }
            if c == n {
                let mut q = delta;
                let mut k = BASE;
                loop {
                    let t = threshold(k, bias);
                    if q < t {
                        break;
                    }
                    let span = BASE.checked_sub(t)?;
                    out.push(digit(t.checked_add(q.checked_sub(t)?.checked_rem(span)?)?)?);
                    q = q.checked_sub(t)?.checked_div(span)?;
                    k = k.checked_add(BASE)?;
                }
                out.push(digit(q)?);
                bias = adapt(delta, handled.checked_add(1)?, handled == basic);
                delta = 0;
                handled = handled.checked_add(1)?;
            }
        }
        delta = delta.checked_add(1)?;
        n = n.checked_add(1)?;
    }
    Some(out)
}

/// Decodes one label's Punycode (without the `xn--` prefix).
pub fn decode(input: &str) -> Option<String> {
    if !input.is_ascii() {
        return None;
    }
    let (basic, rest) = match input.rfind('-') {
        Some(at) => (input.get(..at)?, input.get(at.checked_add(1)?..)?),
        None => ("", input),
    };
    let mut out: Vec<char> = basic.chars().collect();
    let (mut n, mut i, mut bias) = (INITIAL_N, 0u32, INITIAL_BIAS);
    let mut digits = rest.chars().peekable();
    while digits.peek().is_some() {
        let old = i;
        let mut w = 1u32;
        let mut k = BASE;
        loop {
            let d = value(digits.next()?)?;
            i = i.checked_add(d.checked_mul(w)?)?;
            let t = threshold(k, bias);
            if d < t {
                break;
            }
            w = w.checked_mul(BASE.checked_sub(t)?)?;
            k = k.checked_add(BASE)?;
        }
        let len = u32::try_from(out.len()).ok()?.checked_add(1)?;
        bias = adapt(i.checked_sub(old)?, len, old == 0);
        n = n.checked_add(i.checked_div(len)?)?;
        i = i.checked_rem(len)?;
        out.insert(usize::try_from(i).ok()?, char::from_u32(n)?);
        i = i.checked_add(1)?;
    }
    Some(out.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_3492_and_common_labels() {
        // [unicode, punycode, where from]
        let table = [
            ("bücher", "bcher-kva", "the usual IDN example"),
            ("münchen", "mnchen-3ya", "IDNA test vectors"),
            ("例え", "r8jz45g", "Japanese"),
            ("παράδειγμα", "hxajbheg2az3al", "Greek, IANA test TLD"),
            (
                "ليهمابتكلموشعربي؟",
                "egbpdaj6bu4bxfgehfvwxn",
                "RFC 3492 7.1 (A) Arabic",
            ),
            // Long jumps between code points: the bias adapts through
            // adapt's loop, not only its last line.
            (
                "他们为什么不说中文",
                "ihqwcrb4cv8a8dqg056pqjye",
                "RFC 3492 7.1 (B) Chinese (simplified)",
            ),
            (
                "他們爲什麽不說中文",
                "ihqwctvzc91f659drss3x8bo0yb",
                "RFC 3492 7.1 (C) Chinese (traditional)",
            ),
            (
                "なぜみんな日本語を話してくれないのか",
                "n8jok5ay5dzabd5bym9f0cm5685rrjetr6pdxa",
                "RFC 3492 7.1 (G) Japanese",
            ),
            (
                "почемужеонинеговорятпорусски",
                "b1abfaaepdrnnbgefbadotcwatmq2g4l",
                "RFC 3492 7.1 (I) Russian (without its case annotation)",
            ),
            (
                "3年B組金八先生",
                "3B-ww4c5e180e575a65lsy2b",
                "RFC 3492 7.1 (L)",
            ),
            // Found by searching random CJK labels (checked against
            // Python's punycode codec): adapt's delta lands exactly on its
            // loop's bound, (36 - 1) * 26 / 2 = 455, in the first, and just
            // above it in the second.
            (
                "丌乴丌久乙令乸乢仓乀",
                "hhqa0nta4h6b0g9a20e9e",
                "delta = 455",
            ),
            (
                "久乭亡仼仵亨丼乁乇亃乳中",
                "fiq3apom9tsb3hnlocs0cnc",
                "455 < delta <= 481",
            ),
            // Also found by search: a delta equal to its threshold is the
            // digit t and then a final digit 0 ("a"), not the digit t alone.
            ("üäñ", "4ca0a5a", "q = t"),
        ];
        for (unicode, puny, why) in table {
            assert_eq!(encode(unicode).as_deref(), Some(puny), "{why}");
            assert_eq!(decode(puny).as_deref(), Some(unicode), "{why}");
        }
    }

    /// RFC 3492 §5: digits are case-insensitive (uppercase ones are the
    /// optional case annotations, which certscope ignores); the basic code
    /// points are copied as they are.
    #[test]
    fn uppercase_digits_decode_as_lowercase_ones() {
        // [punycode, unicode, where from]
        let table = [
            (
                "b1abfaaepdrnnbgefbaDotcwatmq2g4l",
                "почемужеонинеговорятпорусски",
                "RFC 3492 7.1 (I) Russian, as printed",
            ),
            ("BCHER-KVA", "BüCHER", "an A-label in capitals"),
        ];
        for (puny, unicode, why) in table {
            assert_eq!(decode(puny).as_deref(), Some(unicode), "{why}");
        }
    }

    #[test]
    fn garbage_is_refused_not_panicked_on() {
        for bad in ["99999999999999", "-", "zzzzzzzzzzzzzzzzzzzzzzzzz", "ä"] {
            let _ = decode(bad);
        }
    }
}
