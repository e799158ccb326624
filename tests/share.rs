//! Share links: round trips (property tests), every fixture reproduces the
//! same report, and damaged links give worded errors, never a panic.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // tests may

use certscope::inspect::share::{decode, encode, ShareError, Shared, SharedInput};
use certscope::{analyze, Input, Timestamp};
use proptest::prelude::*;

mod common;
use common::{fixture, AT};

fn shared(inputs: Vec<(&str, Vec<u8>)>, at: Option<Timestamp>) -> Shared {
    Shared {
        inputs: inputs
            .into_iter()
            .map(|(name, bytes)| SharedInput {
                name: name.into(),
                bytes,
                pasted: false,
            })
            .collect(),
        at,
        server: None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_input_sets_round_trip(
        inputs in proptest::collection::vec((".{0,20}", proptest::collection::vec(any::<u8>(), 0..300), any::<bool>()), 0..5),
        at in proptest::option::of(any::<i64>()),
        server in proptest::option::of(".{0,12}"),
    ) {
        let original = Shared {
            inputs: inputs.into_iter().map(|(name, bytes, pasted)| SharedInput { name, bytes, pasted }).collect(),
            at: at.map(Timestamp),
            server,
        };
        prop_assert_eq!(decode(&encode(&original)), Ok(original));
    }

    #[test]
    fn pem_like_text_round_trips(body in proptest::collection::vec(any::<u8>(), 1..200), junk in "[ -~\n]{0,80}", crlf in any::<bool>()) {
        use base64::Engine as _;
        let b64 = base64::engine::general_purpose::STANDARD.encode(&body);
        let eol = if crlf { "\r\n" } else { "\n" };
        let lines: Vec<&str> = b64.as_bytes().chunks(64).map(|c| std::str::from_utf8(c).unwrap()).collect();
        let text = format!("{junk}{eol}-----BEGIN CERTIFICATE-----{eol}{}{eol}-----END CERTIFICATE-----{eol}{junk}", lines.join(eol));
        let original = shared(vec![("x.pem", text.into_bytes())], None);
        prop_assert_eq!(decode(&encode(&original)), Ok(original));
    }

    #[test]
    fn arbitrary_strings_never_panic_the_decoder(s in ".{0,400}") {
        let _ = decode(&s);
        let _ = decode(&format!("v1={s}"));
    }

    #[test]
    fn arbitrary_compressed_bytes_never_panic_the_decoder(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        use base64::Engine as _;
        let zlib = miniz_oxide::deflate::compress_to_vec_zlib(&bytes, 6);
        let _ = decode(&format!("v1={}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&zlib)));
        let _ = decode(&format!("v1={}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&bytes)));
    }
}

#[test]
fn every_fixture_reproduces_the_same_report() {
    let dir = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let mut names = Vec::new();
    for sub in ["inputs", "chains", "staples", "pki"] {
        for entry in std::fs::read_dir(format!("{dir}/{sub}")).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() && !path.ends_with("big-500.pem") {
                names.push(format!(
                    "{sub}/{}",
                    path.file_name().unwrap().to_string_lossy()
                ));
            }
        }
    }
    names.sort();
    for name in names {
        let inputs = vec![Input::new(name.clone(), fixture(&name))];
        let link = encode(&shared(vec![(&name, fixture(&name))], Some(AT)));
        let back = decode(&link).unwrap();
        assert_eq!(back.at, Some(AT));
        let back_inputs: Vec<Input> = back
            .inputs
            .into_iter()
            .map(|i| Input::new(i.name, i.bytes))
            .collect();
        assert_eq!(back_inputs, inputs, "{name}");
        assert_eq!(analyze(&back_inputs, AT), analyze(&inputs, AT), "{name}");
    }
}

/// Issue 32: the page's server choice travels in the link; a link made
/// before the choice existed still opens, with none.
#[test]
fn the_server_choice_travels_and_old_links_still_open() {
    let inputs = vec![("a", b"x".to_vec())];
    // (fragment, server it carries, why): the literals are zlib streams made
    // outside certscope (Python's zlib), so neither side is the encoder
    // checking itself.
    let table = [
        (
            "v1=eNpjYGRgTGSsAAABrgDd",
            None,
            "a link from before the choice",
        ),
        (
            "v1=eNpjYs9ILCjKr6hkZGBMZKwAACBEA_E",
            Some("haproxy"),
            "flag 2, then the word",
        ),
    ];
    for (fragment, server, why) in table {
        let expected = Shared {
            server: server.map(String::from),
            ..shared(inputs.clone(), None)
        };
        assert_eq!(decode(fragment), Ok(expected.clone()), "{why}");
        assert_eq!(
            decode(&encode(&expected)),
            Ok(expected),
            "{why}: round trip"
        );
    }
    // With a pinned time too: the server follows the time.
    let both = Shared {
        server: Some("caddy".into()),
        ..shared(inputs, Some(AT))
    };
    assert_eq!(decode(&encode(&both)), Ok(both));
}

#[test]
fn pem_is_carried_as_der_so_links_stay_short() {
    // The typical case the issue asks about: a 3-certificate chain plus a staple.
    let chain = fixture("chains/with-root.pem");
    let staple = fixture("staples/good.der");
    let link = encode(&shared(
        vec![("chain.pem", chain.clone()), ("staple.der", staple.clone())],
        None,
    ));
    let raw_total = chain.len() + staple.len();
    println!(
        "share link for a 3-certificate chain + staple: {} characters (inputs {raw_total} bytes)",
        link.len() + 1
    );
    assert!(link.len() < raw_total, "{} >= {raw_total}", link.len());
    assert!(link.len() < certscope::inspect::share::WARN_LENGTH);
}

#[test]
fn damaged_links_say_what_is_wrong() {
    let link = encode(&shared(vec![("leaf.pem", fixture("pki/leaf.pem"))], None));
    let truncated = &link[..link.len() / 2];
    let mut tampered = link.clone().into_bytes();
    let middle = tampered.len() / 2;
    tampered[middle] = if tampered[middle] == b'A' { b'B' } else { b'A' };
    let tampered = String::from_utf8(tampered).unwrap();
    // (fragment, expected error, why)
    let table = [
        (
            truncated.to_string(),
            ShareError::Corrupt,
            "cut in half by a chat tool",
        ),
        (
            tampered,
            ShareError::Corrupt,
            "one character changed (Adler-32 catches it)",
        ),
        (
            "v2=AAAA".to_string(),
            ShareError::UnknownVersion("v2".into()),
            "a future version",
        ),
        (
            "v1=!!!!".to_string(),
            ShareError::NotBase64,
            "not base64url",
        ),
        (
            "#somewhere".to_string(),
            ShareError::UnknownVersion("somewhere".into()),
            "an ordinary anchor",
        ),
    ];
    for (fragment, want, why) in table {
        assert_eq!(decode(&fragment), Err(want.clone()), "{why}");
        assert!(!want.to_string().is_empty());
    }
    assert!(ShareError::Corrupt.to_string().contains("damaged"));
}

#[test]
fn a_zlib_bomb_is_refused() {
    use base64::Engine as _;
    let zeros = vec![0u8; 20 * 1024 * 1024];
    let bomb = miniz_oxide::deflate::compress_to_vec_zlib(&zeros, 9);
    let link = format!(
        "v1={}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bomb)
    );
    assert_eq!(decode(&link), Err(ShareError::TooLarge));
}

/// Issue 14: a CA's CRL of megabytes does not fit in a link. It is left out
/// by name, and the chain beside it still travels; alone, there is no link
/// (as for any input too large).
#[test]
fn a_crl_too_large_for_a_link_is_left_out_by_name() {
    use certscope::inspect::share::{link, MAX_LINK_INPUT_BYTES};
    let big = common::big_crl(20_000, &[0x10, 0x01]);
    assert!(big.len() > MAX_LINK_INPUT_BYTES, "{} bytes", big.len());
    let chain = fixture("chains/correct.pem");
    let staple = fixture("staples/good.der");
    let both = shared(
        vec![
            ("fullchain.pem", chain.clone()),
            ("int-r2.crl", big.clone()),
            ("staple.der", staple.clone()),
        ],
        Some(AT),
    );
    let made = link(&both);
    assert_eq!(made.too_large, None);
    assert_eq!(made.left_out, ["int-r2.crl"]);
    let back = decode(&made.fragment).unwrap();
    assert_eq!(
        back,
        shared(
            vec![("fullchain.pem", chain.clone()), ("staple.der", staple)],
            Some(AT)
        ),
        "the others travel, in their order"
    );
    // The receiver's report is the sender's without the CRL.
    let inputs: Vec<Input> = back
        .inputs
        .into_iter()
        .map(|i| Input::new(i.name, i.bytes))
        .collect();
    assert!(analyze(&inputs, AT).crls.is_empty());
    // (inputs, whether a link is made, left out, why)
    type Case<'a> = (Vec<(&'a str, Vec<u8>)>, bool, Vec<&'a str>, &'a str);
    let table: Vec<Case> = vec![
        (
            vec![("int-r2.crl", big.clone())],
            false,
            vec![],
            "alone: no link, as any input too large",
        ),
        (
            vec![
                ("a.crl", big.clone()),
                ("b.crl", big.clone()),
                ("fullchain.pem", chain.clone()),
            ],
            true,
            vec!["a.crl", "b.crl"],
            "every input too large is named",
        ),
        (
            vec![
                ("fullchain.pem", chain.clone()),
                ("revoked-leaf.pem", fixture("crl/revoked-leaf.pem")),
            ],
            true,
            vec![],
            "a CRL of a few KB travels like the chain",
        ),
    ];
    for (inputs, linked, left_out, why) in table {
        let made = link(&shared(inputs, None));
        assert_eq!(!made.fragment.is_empty(), linked, "{why}");
        assert_eq!(made.too_large.is_some(), !linked, "{why}");
        assert_eq!(made.left_out, left_out, "{why}");
    }
}
