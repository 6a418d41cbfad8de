//! Every text the tool shows, in Dutch (the default) or English.
//!
//! The texts live in one Fluent catalogue per language, `locales/<lang>/*.ftl`, compiled in:
//! a translator edits a text file, not Rust, and Fluent's plural and select forms say
//! "1 fout" and "2 fouten" without code. The code names a message by its id
//! (`tr!("json-trailing-comma", closer)`); the tests check that every id exists in both
//! languages with the same variables, and that every id the code uses exists.
//!
//! The language is chosen once, at start-up, from `--lang` or the environment, and read by
//! every thread (the variants are built on rayon's threads).

use std::borrow::Cow;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language the tool speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Dutch as written in Flanders, addressed to "je": the default.
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The code used on the command line and in the catalogue's folder name.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// A language from `nl`, `en`, `nl-BE`, `en_GB.UTF-8` …; `None` for any other.
    pub fn parse(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_', '.', '@']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language the environment asks for: English when the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set starts with `en`, Dutch otherwise (also for
    /// `C`, which says nothing about a language).
    pub fn from_environment(var: impl Fn(&str) -> Option<String>) -> Lang {
        let asked = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .find_map(|name| var(name).filter(|v| !v.is_empty()));
        match asked.as_deref().and_then(Lang::parse) {
            Some(Lang::En) => Lang::En,
            _ => Lang::Nl,
        }
    }
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Sets the language of every message from now on; the command line does this once.
pub fn set_language(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

pub fn language() -> Lang {
    match CURRENT.load(Ordering::Relaxed) {
        1 => Lang::En,
        _ => Lang::Nl,
    }
}

/// One catalogue file: its name and its text.
type Resource = (&'static str, &'static str);

macro_rules! catalogue {
    ($lang:literal: $($file:literal),* $(,)?) => {
        &[$(($file, include_str!(concat!("../locales/", $lang, "/", $file)))),*]
    };
}

/// The catalogue files of each language; the same names in both (tested), but for
/// [`ONLY_DUTCH`].
pub const NL: &[Resource] = catalogue!("nl": "common.ftl", "cli.ftl", "json.ftl", "decode.ftl", "manifest.ftl",
    "markup.ftl", "theme.ftl", "import.ftl", "build.ftl", "schema.ftl");
pub const EN: &[Resource] = catalogue!("en": "common.ftl", "cli.ftl", "json.ftl", "decode.ftl", "manifest.ftl",
    "markup.ftl", "theme.ftl", "import.ftl", "build.ftl");

/// The Dutch of the JSON Schema's descriptions, whose English is the doc comments of
/// `input/format.rs` (the schema's source); `input::format` checks that every description
/// has its Dutch.
pub const ONLY_DUTCH: &[&str] = &["schema.ftl"];

pub fn resources(lang: Lang) -> &'static [Resource] {
    match lang {
        Lang::Nl => NL,
        Lang::En => EN,
    }
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 2] = [OnceLock::new(), OnceLock::new()];
    BUNDLES[lang as usize].get_or_init(|| {
        let locale = match lang {
            Lang::Nl => "nl-BE",
            Lang::En => "en-GB",
        };
        let mut bundle = FluentBundle::new_concurrent(vec![locale.parse().expect("a valid locale")]);
        // Isolation marks keep right-to-left names apart; in a terminal they are noise.
        bundle.set_use_isolating(false);
        // NUMBER($ratio, minimumFractionDigits: 1) writes 3.0 rather than 3.
        let _ = bundle.add_builtins();
        if lang == Lang::Nl {
            bundle.set_formatter(Some(decimal_comma));
        }
        for (_, text) in resources(lang) {
            // A catalogue that does not parse is caught by the tests; what parses is used.
            let resource =
                FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(resource, _)| resource);
            let _ = bundle.add_resource(resource);
        }
        bundle
    })
}

/// Dutch writes 2,5 where English writes 2.5.
fn decimal_comma(value: &FluentValue, _: &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(number) => Some(number.as_string().replace('.', ",")),
        _ => None,
    }
}

/// A value put into a message.
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(text: Cow<'a, str>) -> Self {
        Arg::Text(text)
    }
}

impl From<char> for Arg<'_> {
    fn from(c: char) -> Self {
        Arg::Text(Cow::Owned(c.to_string()))
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
        impl From<&$t> for Arg<'_> {
            fn from(n: &$t) -> Self {
                Arg::Number(*n as f64)
            }
        }
    )*};
}

number_args!(u8, u16, u32, u64, u128, usize, i32, i64, f32, f64);

/// The text of message `id` (or of its attribute, `id.hint`) in the current language.
pub fn text(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    text_in(language(), id, args)
}

/// The text of message `id` in `lang`. A message missing there is taken from the other
/// language, and a message missing in both shows its id: a gap in a catalogue must never
/// cost a user the message (the tests make sure there is none).
pub fn text_in(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let other = match lang {
        Lang::Nl => Lang::En,
        Lang::En => Lang::Nl,
    };
    format_in(lang, id, args).or_else(|| format_in(other, id, args)).unwrap_or_else(|| id.to_owned())
}

fn format_in(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
    let bundle = bundle(lang);
    let (message, attribute) = match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    };
    let message = bundle.get_message(message)?;
    let pattern = match attribute {
        Some(attribute) => message.get_attribute(attribute)?.value(),
        None => message.value()?,
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        match value {
            Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_ref())),
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned())
}

/// The text of message `id` in `lang`, if `lang`'s catalogue has it (for texts looked up by
/// a made id, such as a command's help, that may have none).
pub fn lookup(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
    format_in(lang, id, args)
}

/// Whether message `id` (or `id.attribute`) exists in `lang`.
pub fn has(lang: Lang, id: &str) -> bool {
    let bundle = bundle(lang);
    match id.split_once('.') {
        Some((message, attribute)) => {
            bundle.get_message(message).is_some_and(|m| m.get_attribute(attribute).is_some())
        }
        None => bundle.get_message(id).is_some_and(|m| m.value().is_some()),
    }
}

/// `tr!("id")`, `tr!("id", name = value, other)`: the text of a message in the current
/// language; a bare name passes the variable of that name.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::text($id, &[])
    };
    ($id:literal, $($args:tt)+) => {
        $crate::i18n::text($id, &$crate::tr_args!([] $($args)+))
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! tr_args {
    ([$($done:tt)*]) => { [$($done)*] };
    ([$($done:tt)*] $name:ident = $value:expr, $($rest:tt)*) => {
        $crate::tr_args!([$($done)* (stringify!($name), $crate::i18n::Arg::from($value)),] $($rest)*)
    };
    ([$($done:tt)*] $name:ident = $value:expr) => {
        $crate::tr_args!([$($done)* (stringify!($name), $crate::i18n::Arg::from($value)),])
    };
    ([$($done:tt)*] $name:ident, $($rest:tt)*) => {
        $crate::tr_args!([$($done)* (stringify!($name), $crate::i18n::Arg::from($name)),] $($rest)*)
    };
    ([$($done:tt)*] $name:ident) => {
        $crate::tr_args!([$($done)* (stringify!($name), $crate::i18n::Arg::from($name)),])
    };
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast;

    use super::*;

    /// Every message and attribute of a language, with the variables each one uses.
    fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
        let mut found = BTreeMap::new();
        for (file, text) in resources(lang).iter().filter(|(file, _)| !ONLY_DUTCH.contains(file)) {
            let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(_, errors)| {
                let lines: Vec<usize> =
                    errors.iter().map(|e| text[..e.pos.start].matches('\n').count() + 1).collect();
                panic!("locales/{}/{file} does not parse, at lines {lines:?}: {errors:?}", lang.code())
            });
            for entry in resource.body {
                let ast::Entry::Message(message) = entry else { continue };
                let id = message.id.name.to_owned();
                if let Some(value) = &message.value {
                    assert!(
                        found.insert(id.clone(), variables(value)).is_none(),
                        "{id} twice in {}",
                        lang.code()
                    );
                }
                for attribute in &message.attributes {
                    let name = format!("{id}.{}", attribute.id.name);
                    assert!(
                        found.insert(name.clone(), variables(&attribute.value)).is_none(),
                        "{name} twice"
                    );
                }
            }
        }
        found
    }

    fn variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
        let mut names = BTreeSet::new();
        collect_pattern(pattern, &mut names);
        names
    }

    fn collect_pattern(pattern: &ast::Pattern<&str>, names: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                collect_expression(expression, names);
            }
        }
    }

    fn collect_expression(expression: &ast::Expression<&str>, names: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                collect_inline(selector, names);
                for variant in variants {
                    collect_pattern(&variant.value, names);
                }
            }
            ast::Expression::Inline(inline) => collect_inline(inline, names),
        }
    }

    fn collect_inline(inline: &ast::InlineExpression<&str>, names: &mut BTreeSet<String>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                names.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => collect_expression(expression, names),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    collect_inline(argument, names);
                }
            }
            _ => {}
        }
    }

    #[test]
    fn every_message_exists_in_both_languages_with_the_same_variables() {
        let nl = messages(Lang::Nl);
        let en = messages(Lang::En);
        let only_nl: Vec<_> = nl.keys().filter(|id| !en.contains_key(*id)).collect();
        let only_en: Vec<_> = en.keys().filter(|id| !nl.contains_key(*id)).collect();
        assert!(
            only_nl.is_empty() && only_en.is_empty(),
            "only in Dutch: {only_nl:?}; only in English: {only_en:?}"
        );
        for (id, variables) in &nl {
            assert_eq!(variables, &en[id], "{id} uses other variables in Dutch than in English");
        }
    }

    #[test]
    fn both_languages_have_the_same_catalogue_files_and_every_file_is_compiled_in() {
        let names = |lang: Lang| resources(lang).iter().map(|(file, _)| *file).collect::<BTreeSet<_>>();
        let shared =
            |lang| names(lang).into_iter().filter(|f| !ONLY_DUTCH.contains(f)).collect::<BTreeSet<_>>();
        assert_eq!(shared(Lang::Nl), shared(Lang::En));
        for lang in Lang::ALL {
            let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(lang.code());
            let on_disk: BTreeSet<String> = std::fs::read_dir(&folder)
                .unwrap()
                .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            let compiled: BTreeSet<String> = names(lang).into_iter().map(str::to_owned).collect();
            assert_eq!(on_disk, compiled, "locales/{} and the list in i18n.rs differ", lang.code());
        }
    }

    /// Every message id in the code (`tr!("json-empty")`, `error("json-empty")`: a string
    /// that starts with a catalogue's prefix such as `json-`) names a message of the
    /// catalogue.
    #[test]
    fn every_message_the_code_names_exists() {
        let known = messages(Lang::Nl);
        let prefixes: BTreeSet<&str> = known.keys().filter_map(|id| id.split('-').next()).collect();
        let mut missing = Vec::new();
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        for (path, text) in rust_files(&src) {
            for (at, _) in text.match_indices('"') {
                let rest = &text[at + 1..];
                let literal = &rest[..rest.find('"').unwrap_or(0)];
                let is_id = literal.contains('-')
                    && literal
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.".contains(c))
                    && prefixes.contains(literal.split('-').next().unwrap_or(""));
                if is_id && !known.contains_key(literal) {
                    missing.push(format!("{}: {literal}", path.display()));
                }
            }
        }
        assert!(missing.is_empty(), "messages the code names but the catalogue lacks: {missing:#?}");
    }

    fn rust_files(dir: &std::path::Path) -> Vec<(std::path::PathBuf, String)> {
        let mut files = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                files.extend(rust_files(&path));
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                files.push((path, text));
            }
        }
        files
    }

    #[test]
    fn the_language_comes_from_lc_all_lc_messages_or_lang() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string())
        };
        assert_eq!(Lang::from_environment(env(&[])), Lang::Nl);
        assert_eq!(Lang::from_environment(env(&[("LANG", "en_US.UTF-8")])), Lang::En);
        assert_eq!(Lang::from_environment(env(&[("LANG", "nl_BE.UTF-8")])), Lang::Nl);
        assert_eq!(Lang::from_environment(env(&[("LANG", "C.UTF-8")])), Lang::Nl);
        assert_eq!(Lang::from_environment(env(&[("LANG", "fr_BE.UTF-8")])), Lang::Nl);
        assert_eq!(Lang::from_environment(env(&[("LC_ALL", "en_GB"), ("LANG", "nl_BE")])), Lang::En);
        assert_eq!(Lang::from_environment(env(&[("LC_ALL", "nl_BE"), ("LANG", "en_GB")])), Lang::Nl);
        assert_eq!(Lang::from_environment(env(&[("LC_ALL", ""), ("LANG", "en_GB")])), Lang::En);
    }

    #[test]
    fn numbers_are_written_the_dutch_way_in_dutch() {
        let range = |lang| {
            let args = [("min", Arg::from(2.5)), ("max", Arg::from(6)), ("unit", Arg::from("pt"))];
            text_in(lang, "theme-out-of-range.hint", &args)
        };
        assert!(range(Lang::Nl).contains(" 2,5 tot 6 pt"), "{}", range(Lang::Nl));
        assert!(range(Lang::En).contains(" 2.5 to 6 pt"), "{}", range(Lang::En));
    }

    #[test]
    fn a_message_missing_in_both_languages_shows_its_id() {
        assert_eq!(text_in(Lang::Nl, "no-such-message", &[]), "no-such-message");
    }
}
