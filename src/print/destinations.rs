//! Where a printed PDF's sections begin: the page of each named destination.
//!
//! Chromium writes every element id that a link of the page points to as a
//! named destination (`/Dests` in the PDF's catalog), so the page of a
//! section's destination is the printed page number its contents entry shows.

use foldhash::HashMap;
use std::collections::BTreeMap;

use lopdf::{Document, Object, ObjectId};

/// The page (counted from 1) of each named destination of a PDF; empty when
/// the PDF has none or cannot be read.
pub fn destination_pages(pdf: &[u8]) -> BTreeMap<String, u32> {
    let Ok(document) = Document::load_mem(pdf) else {
        return BTreeMap::new();
    };
    let page_of: HashMap<ObjectId, u32> = document
        .get_pages()
        .into_iter()
        .map(|(number, id)| (id, number))
        .collect();
    let Some(destinations) = document
        .catalog()
        .ok()
        .and_then(|catalog| catalog.get(b"Dests").ok())
        .and_then(|dests| resolve(&document, dests).as_dict().ok())
    else {
        return BTreeMap::new();
    };
    destinations
        .iter()
        .filter_map(|(name, destination)| {
            let page = target_page(&document, destination)?;
            let number = page_of.get(&page)?;
            Some((String::from_utf8_lossy(name).into_owned(), *number))
        })
        .collect()
}

/// The page a destination points to: `[page /XYZ …]`, or a dictionary whose `/D` is that.
fn target_page(document: &Document, destination: &Object) -> Option<ObjectId> {
    let destination = resolve(document, destination);
    let array = match destination.as_dict() {
        Ok(dict) => resolve(document, dict.get(b"D").ok()?).as_array().ok()?,
        Err(_) => destination.as_array().ok()?,
    };
    array.first()?.as_reference().ok()
}

/// An object, or the one a reference names.
fn resolve<'a>(document: &'a Document, object: &'a Object) -> &'a Object {
    document
        .dereference(object)
        .map_or(object, |(_, resolved)| resolved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_not_a_pdf_has_no_destinations() {
        assert!(destination_pages(b"not a pdf").is_empty());
        assert!(destination_pages(b"").is_empty());
    }
}
