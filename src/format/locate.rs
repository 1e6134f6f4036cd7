//! Names the place in a JSON text where a typed read stopped: `plans[0].objectives[1].title`.
//!
//! serde_json reports only a line and column. Walking the text up to that point, keeping
//! the open objects (with their current key) and arrays (with their current index), turns it
//! into the path a person can follow. It runs only after a read has failed, so it favours
//! being small over being fast; it must never panic, whatever the text.

/// One open container at the error's position.
enum Frame {
    /// An object and the last key read in it, if any.
    Object(Option<String>),
    /// An array and the index of the element being read.
    Array(usize),
}

/// Where serde_json's reported position sits relative to the value at fault.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Place {
    /// Just after a scalar, or just before a list or object, of the wrong type.
    Value,
    /// At the closing brace of an object that lacks a field, before it is read.
    ObjectEnd,
    /// Just after the opening bracket of a list or object where a choice belongs.
    Opened,
}

/// The path at `line`/`column` (as serde_json counts them: lines from 1, columns in bytes).
pub(crate) fn path_at(text: &str, line: usize, column: usize, place: Place) -> String {
    let bytes = text.as_bytes();
    let end = offset_of(text, line, column);
    let mut frames = frames_at(bytes, end);
    if place == Place::Opened && end > 0 && matches!(bytes[end - 1], b'[' | b'{') {
        frames.pop();
    }
    render(&frames, place == Place::ObjectEnd)
}

fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (start + column).min(text.len())
}

/// The containers open once every token that ends at or before `end` has been read.
fn frames_at(bytes: &[u8], end: usize) -> Vec<Frame> {
    let mut frames: Vec<Frame> = Vec::new();
    // In an object, whether the next string is a key (after `{` or `,`) or a value.
    let mut expect_key = false;
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => {
                frames.push(Frame::Object(None));
                expect_key = true;
            }
            b'[' => frames.push(Frame::Array(0)),
            b'}' | b']' => {
                frames.pop();
                expect_key = false;
            }
            b',' => match frames.last_mut() {
                Some(Frame::Array(index)) => *index += 1,
                Some(Frame::Object(_)) => expect_key = true,
                None => {}
            },
            b'"' => {
                let close = string_end(bytes, i + 1);
                if expect_key {
                    if let Some(Frame::Object(key)) = frames.last_mut() {
                        let raw = &bytes[i + 1..close.min(bytes.len())];
                        *key = Some(String::from_utf8_lossy(raw).into_owned());
                    }
                    expect_key = false;
                }
                i = close;
            }
            _ => {}
        }
        i += 1;
    }
    frames
}

/// Index of the quote that closes a string whose text starts at `from`, skipping escapes;
/// the text's length if it never closes.
fn string_end(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i,
            _ => i += 1,
        }
    }
    bytes.len()
}

fn render(frames: &[Frame], in_object: bool) -> String {
    let mut path = String::new();
    let last = frames.len().saturating_sub(1);
    for (n, frame) in frames.iter().enumerate() {
        match frame {
            Frame::Array(index) => path.push_str(&format!("[{index}]")),
            Frame::Object(Some(key)) if !(in_object && n == last) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object(_) => {}
        }
    }
    if path.is_empty() {
        // The top of the file, as the serde path reader also wrote it.
        path.push('.');
    }
    path
}

#[cfg(test)]
mod tests {
    use super::{path_at, Place};

    /// The path at the first byte of `marker` in `text`.
    fn at(text: &str, marker: &str, place: Place) -> String {
        let offset = text.find(marker).expect("marker in text");
        let line = text[..offset].matches('\n').count() + 1;
        let column = offset - text[..offset].rfind('\n').map_or(0, |n| n + 1);
        path_at(text, line, column, place)
    }

    #[test]
    fn names_keys_and_indexes_down_to_the_value() {
        let text = r#"{"plans":[{"a":1},{"objectives":[{},{"title":5 }]}]}"#;
        assert_eq!(at(text, "5 ", Place::Value), "plans[1].objectives[1].title");
        // Just after the value, where serde_json reports a wrong scalar.
        assert_eq!(at(text, " }", Place::Value), "plans[1].objectives[1].title");
        // Just before a list in a list, where serde_json reports a wrong container.
        assert_eq!(at(r#"{"a":["x",[1]]}"#, "[1]", Place::Value), "a[1]");
    }

    #[test]
    fn a_container_refused_at_its_bracket_names_its_key() {
        let text = r#"{"areas":[{"stage":[1]}]}"#;
        assert_eq!(at(text, "1]", Place::Opened), "areas[0].stage");
    }

    #[test]
    fn a_missing_field_names_the_object() {
        let text = "{\n  \"plans\": [\n    {\"team\": \"x\", \"why\": \"y\"}\n  ]\n}";
        assert_eq!(at(text, "}\n", Place::ObjectEnd), "plans[0]");
        assert_eq!(at(text, "}\n", Place::Value), "plans[0].why");
        assert_eq!(at("{}", "}", Place::ObjectEnd), ".");
    }

    #[test]
    fn strings_with_brackets_commas_and_escapes_do_not_confuse_it() {
        let text = r#"{"a":["x,]\"{",{"k\"ey":[1,2,true]}]}"#;
        assert_eq!(at(text, "true", Place::Value), r#"a[1].k\"ey[2]"#);
    }

    #[test]
    fn any_position_in_any_text_is_safe() {
        let texts = [
            "",
            "\"",
            "{\"a",
            "[[[,",
            "{\"a\":\"\\",
            "é\n\"ü\":[",
            "}]}]",
        ];
        for text in texts {
            for line in 0..4 {
                for column in 0..12 {
                    for place in [Place::Value, Place::ObjectEnd, Place::Opened] {
                        assert!(!path_at(text, line, column, place).is_empty());
                    }
                }
            }
        }
    }
}
