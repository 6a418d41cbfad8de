//! Dutch hyphenation: Liang's patterns (TeX hyph-nl, via the `hyphenation` crate's compiled
//! dictionary, the Dutch one only), with the minima a Dutch typesetter expects.

use rustc_hash::FxHashMap;
use std::sync::RwLock;

use hyphenation::{Hyphenator as _, Language, Load as _, Standard};

/// The compiled Dutch dictionary of the `hyphenation` crate (0.8.4); 66 kB, so only this
/// language is shipped.
const DUTCH: &[u8] = include_bytes!("nl.standard.bincode");

pub struct Hyphenator {
    dictionary: Standard,
    /// Words already looked up, shared by every version and thread.
    cache: RwLock<FxHashMap<String, Vec<usize>>>,
}

impl Hyphenator {
    pub fn dutch() -> Hyphenator {
        let mut dictionary = Standard::from_reader(Language::Dutch, &mut &DUTCH[..])
            .expect("the bundled Dutch dictionary loads");
        // At least 2 letters before a break and 3 after it.
        dictionary.minima = (2, 3);
        Hyphenator { dictionary, cache: RwLock::new(FxHashMap::default()) }
    }

    /// Byte offsets in `word` (letters only) where a hyphen may be inserted.
    pub fn points(&self, word: &str) -> Vec<usize> {
        if let Some(points) = self.cache.read().ok().and_then(|cache| cache.get(word).cloned()) {
            return points;
        }
        let points = self.lookup(word);
        if let Ok(mut cache) = self.cache.write() {
            cache.insert(word.to_owned(), points.clone());
        }
        points
    }

    fn lookup(&self, word: &str) -> Vec<usize> {
        let lower = word.to_lowercase();
        if lower.len() != word.len() || word.chars().count() < 5 {
            return Vec::new();
        }
        self.dictionary
            .opportunities(&lower)
            .into_iter()
            .filter(|&at| word.is_char_boundary(at))
            // "ij" is one letter in Dutch: never "i-j".
            .filter(|&at| !(lower[..at].ends_with('i') && lower[at..].starts_with('j')))
            .filter(|&at| word[..at].chars().count() >= 2 && word[at..].chars().count() >= 3)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hyphenated(word: &str) -> String {
        let h = Hyphenator::dutch();
        let points = h.points(word);
        let mut out = String::new();
        for (i, c) in word.char_indices() {
            if points.contains(&i) {
                out.push('-');
            }
            out.push(c);
        }
        out
    }

    #[test]
    fn dutch_words_from_the_report() {
        assert_eq!(hyphenated("samenwerkingsovereenkomst"), "sa-men-wer-kings-over-een-komst");
        assert_eq!(hyphenated("arbeidsmarkt"), "ar-beids-markt");
        assert_eq!(hyphenated("activeringstraject"), "ac-ti-ve-ringstra-ject");
    }

    #[test]
    fn minima_and_ij_are_respected() {
        let h = Hyphenator::dutch();
        for word in ["wijkwerkers", "bijeenkomst", "vrijwilligers", "tijdelijke"] {
            for at in h.points(word) {
                assert!(
                    !(word[..at].ends_with('i') && word[at..].starts_with('j')),
                    "{word} split in ij at {at}"
                );
                assert!(at >= 2 && word.len() - at >= 3, "{word} at {at}");
            }
        }
        assert!(h.points("taal").is_empty());
    }
}
