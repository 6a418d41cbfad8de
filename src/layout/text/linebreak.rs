//! Line breaking: Knuth and Plass's total-fit algorithm ("Breaking paragraphs into lines",
//! 1981) over boxes, glue and penalties, with first-fit as the fallback for paragraphs that
//! have no feasible set of breaks.

/// An element of a paragraph, in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Item {
    /// Unbreakable content (a word or a syllable).
    Box { width: f64 },
    /// A space that may stretch or shrink, and where a line may break.
    Glue { width: f64, stretch: f64, shrink: f64 },
    /// A possible break with a cost; `width` is added if the line breaks here (a hyphen).
    Penalty { width: f64, cost: f64, flagged: bool },
}

/// A cost this high forbids a break; this low forces one.
pub const INFINITY: f64 = 10_000.0;

/// Costs, as in TeX.
const LINE_PENALTY: f64 = 10.0;
/// Two hyphenated lines in a row.
const FLAGGED_DEMERITS: f64 = 3000.0;
/// A very loose line next to a tight one.
const FITNESS_DEMERITS: f64 = 100.0;

/// How to break: the measure, how far spaces may stretch, and ragged-right stretch.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    pub width: f64,
    /// The largest adjustment ratio allowed (TeX's tolerance / 100 as a ratio).
    pub tolerance: f64,
    /// For ragged-right text: stretch at the end of every line (TeX's \rightskip).
    pub ragged_stretch: f64,
}

#[derive(Debug, Clone, Copy)]
struct Node {
    /// Index of the break item (0 for the start).
    position: usize,
    line: usize,
    fitness: usize,
    demerits: f64,
    /// Totals of width/stretch/shrink after the break (discarded glue skipped).
    width: f64,
    stretch: f64,
    shrink: f64,
    previous: Option<usize>,
}

/// Total-fit breaks: indices of the items where lines end, or `None` when no set of breaks
/// keeps every line within the tolerance.
pub fn knuth_plass(items: &[Item], settings: Settings) -> Option<Vec<usize>> {
    let mut nodes: Vec<Node> = vec![Node {
        position: 0,
        line: 0,
        fitness: 1,
        demerits: 0.0,
        width: 0.0,
        stretch: 0.0,
        shrink: 0.0,
        previous: None,
    }];
    let mut active: Vec<usize> = vec![0];
    let (mut width, mut stretch, mut shrink) = (0.0, 0.0, 0.0);

    for (i, item) in items.iter().enumerate() {
        let breakable = match *item {
            Item::Box { .. } => false,
            Item::Glue { .. } => i > 0 && matches!(items[i - 1], Item::Box { .. }),
            Item::Penalty { cost, .. } => cost < INFINITY,
        };
        if breakable {
            try_break(items, i, settings, &mut nodes, &mut active, (width, stretch, shrink));
            if active.is_empty() {
                return None;
            }
        }
        match *item {
            Item::Box { width: w } => width += w,
            Item::Glue { width: w, stretch: y, shrink: z } => {
                width += w;
                stretch += y;
                shrink += z;
            }
            Item::Penalty { .. } => {}
        }
    }
    let best = active.iter().copied().min_by(|&a, &b| nodes[a].demerits.total_cmp(&nodes[b].demerits))?;
    let mut breaks = Vec::new();
    let mut node = Some(best);
    while let Some(n) = node {
        if nodes[n].position > 0 || nodes[n].previous.is_some() {
            breaks.push(nodes[n].position);
        }
        node = nodes[n].previous;
    }
    breaks.reverse();
    Some(breaks)
}

fn try_break(
    items: &[Item],
    at: usize,
    settings: Settings,
    nodes: &mut Vec<Node>,
    active: &mut Vec<usize>,
    (width, stretch, shrink): (f64, f64, f64),
) {
    let (penalty_width, cost, flagged) = match items[at] {
        Item::Penalty { width, cost, flagged } => (width, cost, flagged),
        _ => (0.0, 0.0, false),
    };
    let mut best: [Option<(f64, usize)>; 4] = [None; 4];
    let mut still_active = Vec::with_capacity(active.len());
    for &a in active.iter() {
        let node = nodes[a];
        let line_width = width - node.width + penalty_width;
        let line_stretch = stretch - node.stretch + settings.ragged_stretch;
        let line_shrink = shrink - node.shrink;
        let ratio = adjustment_ratio(line_width, line_stretch, line_shrink, settings.width);
        let forced = cost <= -INFINITY;
        if ratio >= -1.0 && !forced {
            still_active.push(a);
        }
        if ratio < -1.0 || ratio > settings.tolerance {
            continue;
        }
        let badness = 100.0 * ratio.abs().powi(3);
        let mut demerits = (LINE_PENALTY + badness).powi(2);
        if cost >= 0.0 {
            demerits += cost * cost;
        } else if cost > -INFINITY {
            demerits -= cost * cost;
        }
        if flagged
            && matches!(items.get(node.position), Some(Item::Penalty { flagged: true, .. }))
            && node.position > 0
        {
            demerits += FLAGGED_DEMERITS;
        }
        let fitness: usize = match ratio {
            r if r < -0.5 => 0,
            r if r <= 0.5 => 1,
            r if r <= 1.0 => 2,
            _ => 3,
        };
        if node.position > 0 && fitness.abs_diff(node.fitness) > 1 {
            demerits += FITNESS_DEMERITS;
        }
        let total = node.demerits + demerits;
        if best[fitness].is_none_or(|(d, _)| total < d) {
            best[fitness] = Some((total, a));
        }
    }
    *active = still_active;
    let (after_width, after_stretch, after_shrink) = totals_after_break(items, at, (width, stretch, shrink));
    for (fitness, choice) in best.iter().enumerate() {
        if let Some((demerits, from)) = *choice {
            nodes.push(Node {
                position: at,
                line: nodes[from].line + 1,
                fitness,
                demerits,
                width: after_width,
                stretch: after_stretch,
                shrink: after_shrink,
                previous: Some(from),
            });
            active.push(nodes.len() - 1);
        }
    }
}

/// The running totals at the start of the line after a break at `at`: the glue and
/// penalties that follow the break vanish with it.
fn totals_after_break(
    items: &[Item],
    at: usize,
    (mut width, mut stretch, mut shrink): (f64, f64, f64),
) -> (f64, f64, f64) {
    for item in &items[at..] {
        match *item {
            Item::Box { .. } => break,
            Item::Glue { width: w, stretch: y, shrink: z } => {
                width += w;
                stretch += y;
                shrink += z;
            }
            Item::Penalty { cost, .. } if cost <= -INFINITY && !std::ptr::eq(item, &items[at]) => break,
            Item::Penalty { .. } => {}
        }
    }
    (width, stretch, shrink)
}

/// How much the spaces of a line must stretch (positive) or shrink (negative), as a fraction
/// of what they can.
pub fn adjustment_ratio(natural: f64, stretch: f64, shrink: f64, target: f64) -> f64 {
    if natural < target {
        if stretch > 0.0 { (target - natural) / stretch } else { INFINITY }
    } else if natural > target {
        if shrink > 0.0 { (target - natural) / shrink } else { -INFINITY }
    } else {
        0.0
    }
}

/// First fit: each line takes as much as fits; a box wider than the measure gets a line of
/// its own (the caller splits such boxes before, so no line runs into the margin).
pub fn first_fit(items: &[Item], width: f64) -> Vec<usize> {
    let mut breaks = Vec::new();
    let mut line = 0.0;
    let mut last_break: Option<usize> = None;
    let mut since_break = 0.0;
    for (i, item) in items.iter().enumerate() {
        match *item {
            Item::Box { width: w } => {
                if line + w > width + 1e-6
                    && let Some(b) = last_break
                {
                    breaks.push(b);
                    line = since_break;
                    last_break = None;
                }
                line += w;
                since_break += w;
            }
            Item::Glue { width: w, .. } => {
                if i > 0 && matches!(items[i - 1], Item::Box { .. }) {
                    last_break = Some(i);
                    since_break = 0.0;
                }
                line += w;
            }
            Item::Penalty { cost, width: w, .. } => {
                if cost <= -INFINITY {
                    breaks.push(i);
                    line = 0.0;
                    since_break = 0.0;
                    last_break = None;
                } else if cost < INFINITY && (line + w <= width || line > width) {
                    // A line already too full takes any break it can get.
                    last_break = Some(i);
                    since_break = 0.0;
                }
            }
        }
    }
    if breaks.last() != Some(&(items.len() - 1)) && !items.is_empty() {
        breaks.push(items.len() - 1);
    }
    breaks
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words of the given widths separated by spaces of width 1 (stretch 0.5, shrink 0.33).
    fn paragraph(words: &[f64]) -> Vec<Item> {
        let mut items = Vec::new();
        for (i, &w) in words.iter().enumerate() {
            if i > 0 {
                items.push(Item::Glue { width: 1.0, stretch: 0.5, shrink: 0.33 });
            }
            items.push(Item::Box { width: w });
        }
        items.push(Item::Glue { width: 0.0, stretch: INFINITY, shrink: 0.0 });
        items.push(Item::Penalty { width: 0.0, cost: -INFINITY, flagged: false });
        items
    }

    fn line_widths(items: &[Item], breaks: &[usize]) -> Vec<f64> {
        let mut start = 0;
        let mut out = Vec::new();
        for &b in breaks {
            let natural: f64 = items[start..b]
                .iter()
                .map(|i| match *i {
                    Item::Box { width } | Item::Glue { width, .. } => width,
                    Item::Penalty { .. } => 0.0,
                })
                .sum();
            out.push(natural);
            start = b + 1;
        }
        out
    }

    #[test]
    fn total_fit_balances_lines_where_first_fit_does_not() {
        // First fit fills line 1 (10 + 1 + 3 + 1 + 4 = 19) and leaves line 2 loose; total
        // fit moves a word down for two even lines.
        let items = paragraph(&[10.0, 3.0, 4.0, 8.0, 2.0]);
        let settings = Settings { width: 19.0, tolerance: 3.0, ragged_stretch: 0.0 };
        let breaks = knuth_plass(&items, settings).unwrap();
        assert_eq!(breaks.len(), 2);
        let widths = line_widths(&items, &breaks);
        assert!(widths.iter().all(|&w| w <= 19.0 + 1e-9), "no line wider than the measure: {widths:?}");
        assert_eq!(first_fit(&items, 19.0).len(), 2);
    }

    #[test]
    fn no_line_is_wider_than_the_measure() {
        let words: Vec<f64> = (0..200).map(|i| 2.0 + (i * 7 % 9) as f64).collect();
        let items = paragraph(&words);
        let settings = Settings { width: 40.0, tolerance: 3.0, ragged_stretch: 0.0 };
        let breaks = knuth_plass(&items, settings).unwrap();
        let mut start = 0;
        for &b in &breaks {
            let (mut natural, mut shrink) = (0.0, 0.0);
            for item in &items[start..b] {
                match *item {
                    Item::Box { width } => natural += width,
                    Item::Glue { width, shrink: z, .. } => {
                        natural += width;
                        shrink += z;
                    }
                    Item::Penalty { .. } => {}
                }
            }
            assert!(natural - shrink <= 40.0 + 1e-9, "line from {start} to {b} overfull");
            start = b + 1;
            while start < items.len() && !matches!(items[start], Item::Box { .. }) {
                start += 1;
            }
        }
    }

    #[test]
    fn an_impossible_paragraph_has_no_total_fit() {
        let items = paragraph(&[50.0]);
        assert!(knuth_plass(&items, Settings { width: 10.0, tolerance: 3.0, ragged_stretch: 0.0 }).is_none());
        assert_eq!(first_fit(&items, 10.0), vec![items.len() - 1]);
    }

    #[test]
    fn first_fit_recovers_after_an_overfull_box() {
        // A box wider than the measure, then small boxes with break chances between them.
        let mut items = vec![Item::Box { width: 30.0 }];
        for _ in 0..10 {
            items.push(Item::Penalty { width: 0.0, cost: 5000.0, flagged: false });
            items.push(Item::Box { width: 4.0 });
        }
        items.push(Item::Penalty { width: 0.0, cost: -INFINITY, flagged: false });
        let breaks = first_fit(&items, 10.0);
        assert!(breaks.len() >= 5, "the small boxes are spread over lines: {breaks:?}");
    }

    #[test]
    fn hyphenation_is_used_when_it_avoids_a_loose_line() {
        // "aaaa" "bb-cc": breaking inside the second word fills the first line exactly.
        let mut items = vec![
            Item::Box { width: 6.0 },
            Item::Glue { width: 1.0, stretch: 0.5, shrink: 0.33 },
            Item::Box { width: 2.0 },
            Item::Penalty { width: 1.0, cost: 50.0, flagged: true },
            Item::Box { width: 6.0 },
        ];
        items.push(Item::Glue { width: 0.0, stretch: INFINITY, shrink: 0.0 });
        items.push(Item::Penalty { width: 0.0, cost: -INFINITY, flagged: false });
        let breaks =
            knuth_plass(&items, Settings { width: 10.0, tolerance: 2.0, ragged_stretch: 0.0 }).unwrap();
        assert_eq!(breaks, vec![3, 6]);
    }
}
