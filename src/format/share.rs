//! Share links: a plan carried in the URL fragment, which browsers never send to a server.
//!
//! The fragment is `#share/z1.<data>`, where `<data>` is the plan file's JSON, deflated and
//! written in base64url (letters, digits, `-` and `_`, all safe in a fragment). `z1` names
//! this encoding so a later one can be told apart; the JSON inside carries its own format
//! version and goes through the same migration and checks as an imported file.

use super::{parse_plan_file, to_json, FormatError, PlanFile, MAX_FILE_BYTES};
use crate::domain::Plan;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// Longest link that survives being pasted into chat tools and e-mail, which cut links
/// near 2,000 characters. Longer plans should travel as a file.
pub const SHARE_LINK_SAFE_CHARS: usize = 2_000;
/// The route in the fragment that opens the import preview.
pub const SHARE_ROUTE: &str = "share/";
/// Names the encoding: deflate (raw, level 9) then base64url without padding.
const ENCODING: &str = "z1.";

/// Whether pasted text is a share link (whole, fragment or payload) rather than a file:
/// one word holding the encoding's mark.
pub fn looks_like_link(text: &str) -> bool {
    let t = text.trim();
    t.contains(ENCODING) && !t.contains(char::is_whitespace)
}

/// The fragment payload for `plan` (without `#share/`): `z1.<data>`.
pub fn encode_share(plan: &Plan, exported_at: String) -> Result<String, FormatError> {
    let file = PlanFile::new(vec![plan.clone()], exported_at);
    let json = to_json(&file)?;
    let packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
    Ok(format!("{ENCODING}{}", URL_SAFE_NO_PAD.encode(packed)))
}

/// A full link: `base` (any fragment it had is dropped) + `#share/z1.<data>`.
pub fn share_link(base: &str, plan: &Plan, exported_at: String) -> Result<String, FormatError> {
    let base = base.split('#').next().unwrap_or(base);
    Ok(format!(
        "{base}#{SHARE_ROUTE}{}",
        encode_share(plan, exported_at)?
    ))
}

/// Whether `link` is longer than chat tools reliably carry; the app then offers a file.
pub fn is_over_safe_size(link: &str) -> bool {
    link.chars().count() > SHARE_LINK_SAFE_CHARS
}

/// Reads a share link back into a plan file. Accepts the whole link, the fragment, or the
/// bare `z1.` payload, so pasting any of them works.
pub fn decode_share(link: &str) -> Result<PlanFile, FormatError> {
    let fragment = link.trim().rsplit('#').next().unwrap_or_default();
    let payload = fragment
        .trim_start_matches('/')
        .trim_start_matches(SHARE_ROUTE);
    let Some(data) = payload.strip_prefix(ENCODING) else {
        return Err(FormatError::BadShareLink(
            if payload.starts_with('z') && payload.contains('.') {
                "it was made by a newer OKR Studio"
            } else {
                "it does not hold a plan"
            },
        ));
    };
    let packed = URL_SAFE_NO_PAD
        .decode(data.trim_end_matches('='))
        .map_err(|_| FormatError::BadShareLink("it was cut short or changed"))?;
    // The limit stops a tiny link from inflating into gigabytes.
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_FILE_BYTES)
        .map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => FormatError::TooLarge {
                bytes: MAX_FILE_BYTES + 1,
                limit: MAX_FILE_BYTES,
            },
            _ => FormatError::BadShareLink("it was cut short or changed"),
        })?;
    let text = String::from_utf8(json)
        .map_err(|_| FormatError::BadShareLink("it was cut short or changed"))?;
    parse_plan_file(&text)
}
