//! UTC instants as seconds since the Unix epoch, RFC 3339 text and the
//! relative wording the page uses ("in 42 days", "3 days ago").
//!
//! Written here rather than pulling the `time` crate's formatting features:
//! the calendar arithmetic is twenty lines and the page weight matters.
//!
//! Layer: base. Imports only other base modules.

use std::fmt;

/// Seconds since 1970-01-01T00:00:00Z. The core never reads a clock: the
/// caller passes "now" (the browser's `Date.now()`, the CLI's system time or
/// `--at`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub i64);

const SECS_PER_DAY: i64 = 86_400;

impl Timestamp {
    /// RFC 3339 in UTC with a `Z`, whole seconds: `2026-11-23T01:00:00Z`.
    pub fn rfc3339(self) -> String {
        self.to_string()
    }

    /// Parses RFC 3339 (`2026-11-23T01:00:00Z`, `…T03:00:00+02:00`,
    /// fractional seconds ignored). A bare date means midnight UTC.
    // Calendar arithmetic on fields already bounded by their digit counts
    // (years of 4 digits, offsets under 24 h): no sum here can overflow i64.
    #[allow(clippy::arithmetic_side_effects)]
    pub fn parse_rfc3339(text: &str) -> Option<Timestamp> {
        let text = text.trim();
        let bytes = text.as_bytes();
        let num = |from: usize, len: usize| -> Option<i64> {
            let part = text.get(from..from.checked_add(len)?)?;
            if !part.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        let year = num(0, 4)?;
        let month = num(5, 2)?;
        let day = num(8, 2)?;
        if bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
            return None;
        }
        if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
            return None;
        }
        let days = days_from_civil(year, month, day);
        if text.len() == 10 {
            return Some(Timestamp(days * SECS_PER_DAY));
        }
        if !matches!(bytes.get(10), Some(b'T' | b't' | b' ')) {
            return None;
        }
        let (hour, minute, second) = (num(11, 2)?, num(14, 2)?, num(17, 2)?);
        // OpenSSL refuses a 60th second (ASN1_TIME's max table in a_time.c).
        if hour > 23 || minute > 59 || second > 59 {
            return None;
        }
        let mut rest = text.get(19..)?;
        if let Some(fraction) = rest.strip_prefix('.') {
            let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 {
                return None;
            }
            rest = fraction.get(digits..)?;
        }
        let offset = match rest {
            "Z" | "z" => 0,
            _ => {
                let sign = match rest.as_bytes().first() {
                    Some(b'+') => 1,
                    Some(b'-') => -1,
                    _ => return None,
                };
                if rest.len() != 6 || rest.as_bytes().get(3) != Some(&b':') {
                    return None;
                }
                let digits = |r: &str| -> Option<i64> {
                    r.bytes()
                        .all(|b| b.is_ascii_digit())
                        .then(|| r.parse().ok())?
                };
                let h = digits(rest.get(1..3)?)?;
                let m = digits(rest.get(4..6)?)?;
                // RFC 3339 §5.6 time-offset: hours 00-23, minutes 00-59
                // (real offsets lie within ±14:00, but the grammar allows
                // the rest, as does OpenSSL's ASN1_TIME offset check).
                if h > 23 || m > 59 {
                    return None;
                }
                sign * (h * 3600 + m * 60)
            }
        };
        Some(Timestamp(
            days * SECS_PER_DAY + hour * 3600 + minute * 60 + second - offset,
        ))
    }

    /// How far `self` is from `now`, in words: "in 42 days", "3 days ago".
    pub fn relative_to(self, now: Timestamp) -> String {
        let diff = self.0.saturating_sub(now.0);
        let magnitude = duration_words(diff.unsigned_abs());
        match diff {
            0 => "now".to_string(),
            d if d > 0 => format!("in {magnitude}"),
            _ => format!("{magnitude} ago"),
        }
    }
}

/// "42 days", "5 hours", "1 minute": the largest whole unit, as people say it.
pub fn duration_words(secs: u64) -> String {
    let (n, unit) = match secs {
        s if s >= 2 * 86_400 => (s / 86_400, "day"),
        s if s >= 2 * 3_600 => (s / 3_600, "hour"),
        s if s >= 2 * 60 => (s / 60, "minute"),
        s => (s, "second"),
    };
    if n == 1 {
        format!("1 {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

/// Years 0000 to 9999 is all that X.509 and RFC 3339 can express; clamping
/// to it keeps the calendar arithmetic below far from overflow.
const MIN_SECS: i64 = -62_167_219_200; // 0000-01-01T00:00:00Z
const MAX_SECS: i64 = 253_402_300_799; // 9999-12-31T23:59:59Z

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let clamped = self.0.clamp(MIN_SECS, MAX_SECS);
        let days = clamped.div_euclid(SECS_PER_DAY);
        let secs = clamped.rem_euclid(SECS_PER_DAY);
        let (y, m, d) = civil_from_days(days);
        write!(
            f,
            "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
            secs / 3600,
            secs % 3600 / 60,
            secs % 60
        )
    }
}

/// An X.509 time as OpenSSL reads it (`ossl_asn1_time_to_tm`): UTCTime
/// (tag 23) `YYMMDDHHMM[SS](Z|±HHMM)`, years before 50 in the 2000s;
/// GeneralizedTime (tag 24) `YYYYMMDDHHMM[SS[.f…]](Z|±HHMM)`. Calendar and
/// offsets are checked. Returns the instant and, when RFC 5280 §4.1.2.5
/// forbids the spelling (it wants `YYMMDDHHMMSSZ` and `YYYYMMDDHHMMSSZ`),
/// why.
// Calendar arithmetic on fields already bounded by their digit counts
// (years of 4 digits, offsets under 24 h): no sum here can overflow i64.
#[allow(clippy::arithmetic_side_effects)]
pub fn parse_x509_time(tag: u8, bytes: &[u8]) -> Option<(Timestamp, Option<String>)> {
    let text = std::str::from_utf8(bytes).ok()?;
    let year_digits = match tag {
        23 => 2,
        24 => 4,
        _ => return None,
    };
    let digits_at = |from: usize, len: usize| -> Option<i64> {
        let part = text.get(from..from.checked_add(len)?)?;
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let mut year = digits_at(0, year_digits)?;
    if tag == 23 {
        year += if year < 50 { 2000 } else { 1900 };
    }
    let at = year_digits;
    let (month, day, hour, minute) = (
        digits_at(at, 2)?,
        digits_at(at + 2, 2)?,
        digits_at(at + 4, 2)?,
        digits_at(at + 6, 2)?,
    );
    let mut pos = at + 8;
    let mut defects = Vec::new();
    let second = match digits_at(pos, 2) {
        Some(s) => {
            pos += 2;
            s
        }
        None => {
            defects.push("it has no seconds");
            0
        }
    };
    if tag == 24 && text.get(pos..pos + 1) == Some(".") {
        let count = text
            .get(pos + 1..)?
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        if count == 0 {
            return None;
        }
        pos += 1 + count;
        defects.push("it has fractions of a second");
    }
    let offset = match text.get(pos..)? {
        "Z" => 0,
        zone => {
            let sign = match zone.as_bytes().first() {
                Some(b'+') => 1,
                Some(b'-') => -1,
                _ => return None,
            };
            let (h, m) = (digits_at(pos + 1, 2)?, digits_at(pos + 3, 2)?);
            if zone.len() != 5 || h > 23 || m > 59 {
                return None;
            }
            defects.push("it has a time-zone offset instead of Z");
            sign * (h * 3600 + m * 60)
        }
    };
    if !(1..=12).contains(&month)
        || day < 1
        || day > days_in_month(year, month)
        || hour > 23
        || minute > 59
        || second > 59
    {
        return None;
    }
    let days = days_from_civil(year, month, day);
    let instant = Timestamp(days * SECS_PER_DAY + hour * 3600 + minute * 60 + second - offset);
    let defect = (!defects.is_empty()).then(|| {
        let kind = if tag == 23 {
            "UTCTime"
        } else {
            "GeneralizedTime"
        };
        let form = if tag == 23 {
            "YYMMDDHHMMSSZ"
        } else {
            "YYYYMMDDHHMMSSZ"
        };
        format!(
            "the {kind} \"{text}\" is not in the form RFC 5280 §4.1.2.5 requires ({form}): {}",
            defects.join(", ")
        )
    });
    Some((instant, defect))
}

/// A proleptic Gregorian leap year: every fourth year, but not centuries
/// unless divisible by 400 (2000 is one, 1900 and 2100 are not).
pub fn is_leap_year(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// How many days `month` (1-12) of `year` has; 0 for a month that is not.
pub fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since the epoch to a proleptic Gregorian date (Howard Hinnant's
/// `civil_from_days`, public domain).
// Bounded: `days` is seconds / 86,400 of an i64, so every intermediate is
// far inside i64 (the largest, `z`, is under 2^47).
#[allow(clippy::arithmetic_side_effects)]
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// The inverse of [`civil_from_days`].
// Bounded: callers pass years of at most 4 digits and checked months/days.
#[allow(clippy::arithmetic_side_effects)]
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_parses_rfc3339() {
        // (text, seconds since the epoch) — checked against `date -u -d`.
        let table = [
            ("1970-01-01T00:00:00Z", 0),
            ("2026-11-23T01:00:00Z", 1_795_395_600),
            ("2000-02-29T12:34:56Z", 951_827_696),
            ("1950-01-01T00:00:00Z", -631_152_000),
        ];
        for (text, secs) in table {
            assert_eq!(
                Timestamp::parse_rfc3339(text),
                Some(Timestamp(secs)),
                "{text}"
            );
            assert_eq!(Timestamp(secs).rfc3339(), text);
        }
        assert_eq!(
            Timestamp::parse_rfc3339("2026-11-23T03:00:00.123+02:00"),
            Some(Timestamp(1_795_395_600))
        );
        assert_eq!(
            Timestamp::parse_rfc3339("2026-11-23"),
            Some(Timestamp(1_795_392_000))
        );
        for bad in [
            "",
            "yesterday",
            "2026-13-01T00:00:00Z",
            "2026-11-23T01:00:00",
            "2026-11-23T01:00:00+0200",
        ] {
            assert_eq!(Timestamp::parse_rfc3339(bad), None, "{bad}");
        }
    }

    #[test]
    fn calendar_dates_are_checked() {
        // (text, accepted?, why) — what `date -u -d` and OpenSSL's
        // ASN1_TIME checks accept.
        let table = [
            ("2026-02-31T00:00:00Z", false, "31 February"),
            ("2026-02-29T00:00:00Z", false, "2026 is not a leap year"),
            ("2028-02-29T00:00:00Z", true, "2028 is a leap year"),
            ("2000-02-29T00:00:00Z", true, "2000: divisible by 400"),
            ("1900-02-29T00:00:00Z", false, "1900: a century, not by 400"),
            ("2100-02-29T00:00:00Z", false, "2100: a century, not by 400"),
            ("2026-04-31T00:00:00Z", false, "April has 30 days"),
            ("2026-04-30T00:00:00Z", true, "April 30"),
            ("2026-12-31T23:59:59Z", true, "last second of the year"),
            ("2026-01-00T00:00:00Z", false, "day 0"),
            ("2026-00-10T00:00:00Z", false, "month 0"),
            ("2026-01-01T24:00:00Z", false, "hour 24"),
            ("2026-01-01T00:60:00Z", false, "minute 60"),
            ("2026-01-01T00:00:00+14:00", true, "the largest real offset"),
            ("2026-01-01T00:00:00+24:00", false, "offset hour 24"),
            ("2026-01-01T00:00:00-05:60", false, "offset minute 60"),
            ("2026-01-01T00:00:00+0a:00", false, "offset not digits"),
            ("2026-01-01T00:00:00-+1:00", false, "offset sign twice"),
        ];
        for (text, ok, why) in table {
            assert_eq!(
                Timestamp::parse_rfc3339(text).is_some(),
                ok,
                "{text}: {why}"
            );
        }
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2023, 2), 28);
        assert_eq!(days_in_month(2023, 13), 0);
    }

    #[test]
    fn x509_times_as_openssl_reads_them() {
        // (tag, text, RFC 3339 or None when refused, RFC 5280 defect?)
        let table: [(u8, &str, Option<&str>, bool); 12] = [
            (23, "261101000000Z", Some("2026-11-01T00:00:00Z"), false),
            (23, "491231235959Z", Some("2049-12-31T23:59:59Z"), false),
            (23, "500101000000Z", Some("1950-01-01T00:00:00Z"), false),
            (24, "20501101000000Z", Some("2050-11-01T00:00:00Z"), false),
            (23, "2611010000Z", Some("2026-11-01T00:00:00Z"), true),
            (23, "261101010000+0100", Some("2026-11-01T00:00:00Z"), true),
            (24, "20261101000000.5Z", Some("2026-11-01T00:00:00Z"), true),
            (23, "260231000000Z", None, false),
            (24, "20280229000000Z", Some("2028-02-29T00:00:00Z"), false),
            (23, "261101000000+2400", None, false),
            (23, "261101000000", None, false),
            (23, "26110100000aZ", None, false),
        ];
        for (tag, text, want, defect) in table {
            let got = parse_x509_time(tag, text.as_bytes());
            assert_eq!(
                got.as_ref().map(|(t, _)| t.rfc3339()).as_deref(),
                want,
                "{text}"
            );
            if let Some((_, d)) = got {
                assert_eq!(d.is_some(), defect, "{text}: {d:?}");
            }
        }
    }

    #[test]
    fn relative_words() {
        let now = Timestamp(1_000_000_000);
        assert_eq!(
            Timestamp(now.0 + 42 * 86_400).relative_to(now),
            "in 42 days"
        );
        assert_eq!(
            Timestamp(now.0 - 3 * 86_400 - 5).relative_to(now),
            "3 days ago"
        );
        assert_eq!(Timestamp(now.0 + 86_400).relative_to(now), "in 24 hours");
        assert_eq!(Timestamp(now.0 - 60).relative_to(now), "60 seconds ago");
        assert_eq!(now.relative_to(now), "now");
    }
}
