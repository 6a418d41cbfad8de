//! A paragraph's inline content → lines of positioned glyph runs: segmentation at Unicode
//! line-break opportunities, Dutch hyphenation, shaping, then total-fit line breaking.

use super::fonts::{FaceId, Fonts, Glyph};
use super::hyphenate::Hyphenator;
use super::linebreak::{INFINITY, Item, Settings, first_fit, knuth_plass};
use crate::model::LinkTarget;

/// A stretch of text in one face, perhaps a link.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub text: String,
    pub face: FaceId,
    pub link: Option<LinkTarget>,
}

/// Glyphs of one face at one position, with the text they stand for.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub x: f64,
    pub face: FaceId,
    pub glyphs: Vec<Glyph>,
    pub text: String,
    pub width: f64,
    pub link: Option<LinkTarget>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub runs: Vec<Run>,
    /// Width of the content (without trailing space).
    pub width: f64,
}

/// What a break may cost, as in TeX: hyphenating is dearer than breaking after a hyphen
/// that is already there ("sociale-economiebedrijven").
const HYPHEN_PENALTY: f64 = 50.0;
/// Hyphenating a part of a compound that has a hyphen already ("sociale-economie|bedrijven"):
/// only when its own hyphen will not do.
const COMPOUND_HYPHEN_PENALTY: f64 = 1000.0;
const EXPLICIT_HYPHEN_PENALTY: f64 = 20.0;
const SLASH_PENALTY: f64 = 30.0;
/// Breaking inside an unbreakable string (a long URL): only when nothing else fits.
const EMERGENCY_PENALTY: f64 = 5000.0;

pub struct Typesetter<'a> {
    pub fonts: &'a Fonts,
    pub hyphenator: &'a Hyphenator,
}

/// One shaped piece between possible breaks.
struct Fragment {
    face: FaceId,
    text: String,
    glyphs: Vec<Glyph>,
    link: Option<LinkTarget>,
}

impl Typesetter<'_> {
    /// Breaks `spans` into lines `width` points wide at `size` points; justified or ragged.
    pub fn lines(&self, spans: &[Span], size: f64, width: f64, justify: bool) -> Vec<Line> {
        let (items, mut fragments) = self.items(spans, size, width, justify);
        if fragments.is_empty() {
            return Vec::new();
        }
        let ragged_stretch = if justify { 0.0 } else { 3.0 * size };
        let plain: Vec<Item> = items.iter().map(|(item, _)| *item).collect();
        // As TeX does: first try without hyphenating (spaces may stretch by half), then with.
        let unhyphenated: Vec<Item> = plain
            .iter()
            .map(|item| match *item {
                Item::Penalty { cost, .. } if cost == HYPHEN_PENALTY || cost == COMPOUND_HYPHEN_PENALTY => {
                    Item::Penalty { width: 0.0, cost: INFINITY, flagged: false }
                }
                other => other,
            })
            .collect();
        let attempt =
            |items: &[Item], tolerance| knuth_plass(items, Settings { width, tolerance, ragged_stretch });
        // Ragged text (headings, lists, cells) breaks without hyphens whenever it can, since
        // its first attempt has room to spare; a word longer than the line still gets them.
        let plain = plain.as_slice();
        // Ragged lines may be as uneven as they like before a hyphen is worth it.
        let second = if justify { plain } else { unhyphenated.as_slice() };
        let breaks = attempt(&unhyphenated, 1.0)
            .or_else(|| attempt(second, 2.0))
            .or_else(|| attempt(second, 6.0))
            .or_else(|| attempt(plain, 6.0))
            .unwrap_or_else(|| first_fit(plain, width));
        self.build_lines(&items, &mut fragments, &breaks, width, size)
    }

    fn items(
        &self,
        spans: &[Span],
        size: f64,
        width: f64,
        justify: bool,
    ) -> (Vec<(Item, Option<usize>)>, Vec<Fragment>) {
        let mut text = String::new();
        let mut bounds = Vec::new();
        for (i, span) in spans.iter().enumerate() {
            let start = text.len();
            text.push_str(&span.text);
            bounds.push((start, text.len(), i));
        }
        let span_at = |at: usize| bounds.iter().find(|(s, e, _)| at >= *s && at < *e).map_or(0, |b| b.2);
        let urls = crate::model::web_addresses(&text);
        let in_url = |from: usize, to: usize| urls.iter().any(|u| from < u.end && to > u.start);
        // About a box, a glue and a hyphenation point per word of five letters.
        let mut items: Vec<(Item, Option<usize>)> = Vec::with_capacity(text.len() / 2 + 4);
        let mut fragments: Vec<Fragment> = Vec::with_capacity(text.len() / 4 + 2);
        let mut start = 0;
        let mut after_hyphen = false;
        for (end, _) in unicode_linebreak::linebreaks(&text) {
            let segment = &text[start..end];
            let word_len = segment.trim_end_matches(' ').len();
            let word = &segment[..word_len];
            // Parts of a hyphenated compound ("sociale-" + "economiebedrijven").
            let compound = after_hyphen || (word.ends_with('-') && word_len == segment.len());
            let kind = if in_url(start, start + word_len) {
                WordKind::WebAddress
            } else if compound {
                WordKind::Compound
            } else {
                WordKind::Plain
            };
            self.word_items(word, start, kind, &span_at, spans, size, width, &mut items, &mut fragments);
            after_hyphen = word.ends_with('-') && word_len == segment.len();
            if word_len < segment.len() {
                let face = spans[span_at(start + word_len)].face;
                let space = self.fonts.width(face, size, " ");
                let (stretch, shrink) = if justify { (space * 0.5, space * 0.33) } else { (0.0, 0.0) };
                items.push((Item::Glue { width: space, stretch, shrink }, None));
            } else if word.ends_with('-') && crate::model::is_code_hyphen(&text, start + word_len - 1) {
                // "WSE-LR4" never breaks at its hyphen.
                items.push((Item::Penalty { width: 0.0, cost: INFINITY, flagged: false }, None));
            } else if end < text.len() {
                let cost = if word.ends_with('-') || word.ends_with('–') {
                    EXPLICIT_HYPHEN_PENALTY
                } else {
                    SLASH_PENALTY
                };
                items.push((
                    Item::Penalty { width: 0.0, cost, flagged: cost == EXPLICIT_HYPHEN_PENALTY },
                    None,
                ));
            }
            start = end;
        }
        // Drop a trailing space, then close the paragraph.
        while matches!(items.last(), Some((Item::Glue { .. }, _))) {
            items.pop();
        }
        items.push((Item::Glue { width: 0.0, stretch: INFINITY, shrink: 0.0 }, None));
        items.push((Item::Penalty { width: 0.0, cost: -INFINITY, flagged: false }, None));
        (items, fragments)
    }

    /// Boxes for one word: split where its style changes and where Dutch allows a hyphen (in
    /// a web address: after `/ . - ? & =`, never with an added hyphen).
    #[allow(clippy::too_many_arguments)]
    fn word_items(
        &self,
        word: &str,
        offset: usize,
        kind: WordKind,
        span_at: &dyn Fn(usize) -> usize,
        spans: &[Span],
        size: f64,
        width: f64,
        items: &mut Vec<(Item, Option<usize>)>,
        fragments: &mut Vec<Fragment>,
    ) {
        // Cut points: style changes (no break), hyphenation points (a hyphen is added) and,
        // in a web address, breaks after its punctuation (nothing added).
        let mut cuts: Vec<(usize, Cut)> = Vec::new();
        let mut current = span_at(offset);
        for (i, _) in word.char_indices().skip(1) {
            let span = span_at(offset + i);
            if span != current {
                cuts.push((i, Cut::Style));
                current = span;
            }
        }
        if kind == WordKind::WebAddress {
            for (i, c) in word.char_indices() {
                let after = i + c.len_utf8();
                if crate::model::is_web_address_break(word, after) {
                    cuts.push((after, Cut::Plain));
                }
            }
        } else {
            // Acronyms ("VDAB", "ROSE") are never hyphenated.
            for (run_start, run) in letter_runs(word).into_iter().filter(|(_, run)| !is_acronym(run)) {
                for point in self.hyphenator.points(run) {
                    cuts.push((run_start + point, Cut::Hyphen));
                }
            }
        }
        // Where a break is allowed and a style changes at once, the break wins.
        cuts.sort_by_key(|&(at, cut)| (at, cut == Cut::Style));
        cuts.dedup_by_key(|c| c.0);
        let mut from = 0;
        let pieces = cuts.iter().map(|&(at, cut)| (at, Some(cut))).chain(std::iter::once((word.len(), None)));
        for (to, cut) in pieces {
            if to > from {
                let span = &spans[span_at(offset + from)];
                self.push_fragment(&word[from..to], span, size, width, items, fragments);
            }
            match cut {
                Some(Cut::Hyphen) => {
                    let face = spans[span_at(offset + from)].face;
                    let hyphen_width = self.fonts.width(face, size, "-");
                    let cost =
                        if kind == WordKind::Compound { COMPOUND_HYPHEN_PENALTY } else { HYPHEN_PENALTY };
                    items.push((Item::Penalty { width: hyphen_width, cost, flagged: true }, None));
                }
                Some(Cut::Plain) => {
                    items.push((Item::Penalty { width: 0.0, cost: SLASH_PENALTY, flagged: false }, None))
                }
                Some(Cut::Style) => {
                    items.push((Item::Penalty { width: 0.0, cost: INFINITY, flagged: false }, None))
                }
                None => {}
            }
            from = to;
        }
    }

    fn push_fragment(
        &self,
        text: &str,
        span: &Span,
        size: f64,
        width: f64,
        items: &mut Vec<(Item, Option<usize>)>,
        fragments: &mut Vec<Fragment>,
    ) {
        let glyphs = self.fonts.shape(span.face, size, text);
        let total: f64 = glyphs.iter().map(|g| f64::from(g.advance)).sum();
        // A piece must fit a line even with a hyphen after it.
        let room = width - self.fonts.width(span.face, size, "-");
        if total <= room {
            items.push((Item::Box { width: total }, Some(fragments.len())));
            fragments.push(Fragment {
                face: span.face,
                text: text.to_owned(),
                glyphs,
                link: span.link.clone(),
            });
            return;
        }
        // Wider than a line (a long web address, a very narrow column): allow a break between
        // any two characters.
        let mut piece_start = 0;
        for (i, glyph) in glyphs.iter().enumerate() {
            let next_cluster = glyphs.get(i + 1).map_or(text.len(), |g| g.cluster);
            if next_cluster <= glyph.cluster {
                continue;
            }
            let part: Vec<Glyph> = glyphs[piece_start..=i]
                .iter()
                .map(|g| Glyph { cluster: g.cluster - glyphs[piece_start].cluster, ..*g })
                .collect();
            let part_text = &text[glyphs[piece_start].cluster..next_cluster];
            let part_width = part.iter().map(|g| f64::from(g.advance)).sum();
            items.push((Item::Box { width: part_width }, Some(fragments.len())));
            fragments.push(Fragment {
                face: span.face,
                text: part_text.to_owned(),
                glyphs: part,
                link: span.link.clone(),
            });
            if i + 1 < glyphs.len() {
                items.push((Item::Penalty { width: 0.0, cost: EMERGENCY_PENALTY, flagged: false }, None));
            }
            piece_start = i + 1;
        }
    }

    fn build_lines(
        &self,
        items: &[(Item, Option<usize>)],
        fragments: &mut [Fragment],
        breaks: &[usize],
        width: f64,
        size: f64,
    ) -> Vec<Line> {
        let plain: Vec<Item> = items.iter().map(|(i, _)| *i).collect();
        let mut lines = Vec::new();
        let mut start = 0;
        for &end in breaks {
            while start < end && !matches!(plain[start], Item::Box { .. }) {
                start += 1;
            }
            let (mut natural, mut stretch, mut shrink) = (0.0, 0.0, 0.0);
            for item in &plain[start..end] {
                match *item {
                    Item::Box { width } => natural += width,
                    Item::Glue { width, stretch: y, shrink: z } => {
                        natural += width;
                        stretch += y;
                        shrink += z;
                    }
                    Item::Penalty { .. } => {}
                }
            }
            let hyphen = match plain[end] {
                Item::Penalty { width, .. } if width > 0.0 => width,
                _ => 0.0,
            };
            let last = end + 2 >= plain.len();
            let mut ratio = super::linebreak::adjustment_ratio(natural + hyphen, stretch, shrink, width);
            if last || ratio.abs() >= INFINITY {
                ratio = ratio.clamp(-1.0, 0.0);
            }
            let mut x = 0.0;
            let mut runs: Vec<Run> = Vec::with_capacity(end - start);
            for (item, fragment) in &items[start..end] {
                match (*item, fragment) {
                    (Item::Box { width }, Some(f)) => {
                        // Each fragment is on one line: its glyphs and text move there.
                        let f = &mut fragments[*f];
                        // Syllables of one word that touch join one run.
                        match runs.last_mut() {
                            Some(run)
                                if (run.x + run.width - x).abs() < 1e-9
                                    && run.face == f.face
                                    && run.link == f.link =>
                            {
                                let offset = run.text.len();
                                run.glyphs.extend(
                                    f.glyphs.iter().map(|g| Glyph { cluster: g.cluster + offset, ..*g }),
                                );
                                run.text.push_str(&f.text);
                                run.width += width;
                            }
                            _ => runs.push(Run {
                                x,
                                face: f.face,
                                glyphs: std::mem::take(&mut f.glyphs),
                                text: std::mem::take(&mut f.text),
                                width,
                                link: f.link.clone(),
                            }),
                        }
                        x += width;
                    }
                    (Item::Glue { width, stretch: y, shrink: z }, _) => {
                        x += width + if ratio >= 0.0 { ratio * y } else { ratio * z };
                    }
                    _ => {}
                }
            }
            if hyphen > 0.0
                && let Some(last_fragment) = items[..end].iter().rev().find_map(|(_, f)| *f)
            {
                let face = fragments[last_fragment].face;
                let glyphs = self.fonts.shape(face, size, "-");
                // A soft hyphen in the text layer: copied text and screen readers get the whole word.
                runs.push(Run {
                    x,
                    face,
                    glyphs,
                    text: "\u{ad}".into(),
                    width: hyphen,
                    link: fragments[last_fragment].link.clone(),
                });
                x += hyphen;
            }
            lines.push(Line { runs, width: x });
            start = end + 1;
        }
        lines
    }
}

/// Maximal runs of letters in a word, with their byte offsets: what hyphenation sees.
/// What kind of word a piece of text is, for where it may break.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WordKind {
    Plain,
    /// Part of a compound with a hyphen of its own: hyphenating it costs more.
    Compound,
    /// Part of a web address: breaks after its punctuation, never with a hyphen.
    WebAddress,
}

/// A place inside a word where its boxes are cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cut {
    /// The style changes; no break.
    Style,
    /// A hyphenation point: a break adds a hyphen.
    Hyphen,
    /// A break that adds nothing.
    Plain,
}

/// "VDAB", "ROSE": capitals only.
fn is_acronym(run: &str) -> bool {
    run.chars().count() > 1 && run.chars().all(char::is_uppercase)
}

fn letter_runs(word: &str) -> Vec<(usize, &str)> {
    let mut runs = Vec::new();
    let mut start = None;
    for (i, c) in word.char_indices() {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                runs.push((s, &word[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        runs.push((s, &word[s..]));
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::FaceId;

    fn typeset(text: &str, width: f64) -> Vec<String> {
        let theme = crate::theme::load_default();
        let fonts = Fonts::load(&theme.fonts).unwrap();
        let hyphenator = Hyphenator::dutch();
        let typesetter = Typesetter { fonts: &fonts, hyphenator: &hyphenator };
        let spans = [Span { text: text.into(), face: FaceId::Regular, link: None }];
        typesetter
            .lines(&spans, 11.0, width, true)
            .iter()
            .map(|line| line.runs.iter().map(|r| r.text.replace('\u{ad}', "-")).collect::<Vec<_>>().join(" "))
            .collect()
    }

    #[test]
    fn a_compound_breaks_at_its_own_hyphen() {
        // The measure fits "… de sociale-eco-" exactly, so hyphenating inside the compound
        // would give the tightest line; its own hyphen, with looser spaces, must win.
        let head = "In de regio zijn er in 2023 heel wat overleggen geweest met de";
        let theme = crate::theme::load_default();
        let fonts = Fonts::load(&theme.fonts).unwrap();
        let width = fonts.width(FaceId::Regular, 11.0, &format!("{head} sociale-eco-")) + 0.5;
        let lines = typeset(&format!("{head} sociale-economiebedrijven van de streek en daarbuiten."), width);
        assert!(lines[0].ends_with("sociale-"), "{lines:?}");
        assert!(lines[1].starts_with("economiebedrijven"), "{lines:?}");
    }

    #[test]
    fn a_code_never_breaks_at_its_hyphen() {
        let head = "Het jaarverslag van de regierol, prioriteit";
        let theme = crate::theme::load_default();
        let fonts = Fonts::load(&theme.fonts).unwrap();
        // The line would end exactly after "(WSE-".
        let width = fonts.width(FaceId::Regular, 11.0, &format!("{head} (WSE-")) + 0.5;
        let lines = typeset(&format!("{head} (WSE-LR4) en verder."), width);
        assert!(lines.iter().any(|l| l.contains("(WSE-LR4)")), "{lines:?}");
        // A compound still breaks at its own hyphen.
        assert!(crate::model::is_code_hyphen("(WSE-LR4)", 4));
        assert!(!crate::model::is_code_hyphen("VDAB-opleidingen", 4));
    }

    #[test]
    fn a_web_address_breaks_after_its_punctuation_without_an_added_hyphen() {
        let url = "https://www.vlaanderen.be/lokale-regierol-sociale-economie/werking-en-financiering";
        let text = format!("Meer op {url} en elders.");
        let lines = typeset(&text, 200.0);
        assert!(lines.len() >= 3, "the address is wider than a line: {lines:?}");
        // An added hyphen would show up here as a '-' the text does not have.
        assert_eq!(lines.concat().replace(' ', ""), text.replace(' ', ""), "{lines:?}");
        for line in &lines[..lines.len() - 1] {
            let last = line.chars().last().unwrap();
            assert!(matches!(last, '/' | '.' | '-' | '?' | '&' | '=') || line.ends_with("op"), "{lines:?}");
        }
        assert_eq!(crate::model::web_addresses("zie https://a.be/x, of www.w13.be."), vec![4..18, 23..33]);
    }

    #[test]
    fn text_that_fits_is_not_hyphenated() {
        let lines = typeset("De actiegroep is een kleinere delegatie in de regio.", 400.0);
        assert_eq!(lines.len(), 1);
        assert!(!lines[0].contains('-'));
    }

    #[test]
    fn justified_lines_fill_the_measure() {
        let theme = crate::theme::load_default();
        let fonts = Fonts::load(&theme.fonts).unwrap();
        let hyphenator = Hyphenator::dutch();
        let typesetter = Typesetter { fonts: &fonts, hyphenator: &hyphenator };
        let text = "Het regionaal overleg sociale economie, ROSE, vond in 2023 één keer plaats. Na een bevraging van de stakeholders bleek dat het organiseren van één regionaal overleg de noden niet meer dekte.";
        let spans = [Span { text: text.into(), face: FaceId::Regular, link: None }];
        let lines = typesetter.lines(&spans, 11.0, 300.0, true);
        assert!(lines.len() >= 3);
        for line in &lines[..lines.len() - 1] {
            assert!((line.width - 300.0).abs() < 0.5, "a justified line ends at the margin: {}", line.width);
        }
    }
}
