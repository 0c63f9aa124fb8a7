//! The server's own pages (overview, findings, a file, messages) and the bar above the
//! reports, from the templates in `templates/serve/`, compiled in and autoescaped.

use serde::Serialize;

use crate::i18n::{self, Lang};
use crate::render::html::escape::{self, push_html};

/// The serve templates, by name.
const TEMPLATES: [(&str, &str); 6] = [
    (
        "serve/base.html",
        include_str!("../../templates/serve/base.html"),
    ),
    (
        "serve/bar.html",
        include_str!("../../templates/serve/bar.html"),
    ),
    (
        "serve/overview.html",
        include_str!("../../templates/serve/overview.html"),
    ),
    (
        "serve/findings.html",
        include_str!("../../templates/serve/findings.html"),
    ),
    (
        "serve/file.html",
        include_str!("../../templates/serve/file.html"),
    ),
    (
        "serve/message.html",
        include_str!("../../templates/serve/message.html"),
    ),
];

/// The style sheet and the script every page links.
pub const STYLE: &str = include_str!("../../templates/serve/serve.css");
pub const SCRIPT: &str = include_str!("../../templates/serve/live.js");

/// The compiled templates.
pub struct Pages {
    tera: tera::Tera,
}

/// What every page has around its content.
#[derive(Serialize)]
pub struct Frame {
    pub lang: &'static str,
    pub version: &'static str,
    /// The workspace generation the page was made at (the live script compares it).
    pub generation: u64,
    pub title: String,
    pub labels: Labels,
    pub nav: Vec<Link>,
    pub other_lang: LangLink,
    pub controls: Option<Controls>,
}

/// A link. Its text may be the plan's (a title, a comune, a file name): the templates
/// isolate it (`<bdi>`), so that it cannot reorder the server's own words after it.
#[derive(Clone, Serialize)]
pub struct Link {
    pub href: String,
    pub text: String,
    /// The server's words after the text, inside the link ("(errori: 1, avvisi: 2)").
    pub detail: Option<String>,
    /// In the navigation, its `aria-current`: `page` for this page, `true` for the part of
    /// the plan this page is in.
    pub current: Option<&'static str>,
}

impl Link {
    pub fn new(href: String, text: impl Into<String>) -> Link {
        Link {
            href,
            text: text.into(),
            detail: None,
            current: None,
        }
    }
}

/// The link to the same page in the other language.
#[derive(Serialize)]
pub struct LangLink {
    pub href: String,
    pub code: &'static str,
    pub text: String,
}

/// The form above a report: its filters and its downloads.
#[derive(Default, Serialize)]
pub struct Controls {
    pub action: String,
    pub label: String,
    pub selects: Vec<Select>,
    pub detail: Option<Checkbox>,
    pub revision: Option<Revision>,
    pub downloads: Vec<Link>,
}

#[derive(Serialize)]
pub struct Select {
    pub name: &'static str,
    pub label: String,
    pub options: Vec<Choice>,
}

#[derive(Serialize)]
pub struct Choice {
    pub value: String,
    pub text: String,
    pub selected: bool,
}

#[derive(Serialize)]
pub struct Checkbox {
    pub checked: bool,
}

#[derive(Serialize)]
pub struct Revision {
    pub value: String,
    pub help: String,
}

/// The words of the frame, in the page's language.
#[derive(Serialize)]
pub struct Labels {
    skip: String,
    navigation: String,
    findings: String,
    severity: String,
    count: String,
    errors: String,
    warnings: String,
    infos: String,
    no_findings: String,
    help: String,
    related: String,
    live: String,
    detail: String,
    apply: String,
    downloads: String,
    revision: String,
}

impl Labels {
    pub fn new(lang: Lang) -> Labels {
        Labels {
            skip: i18n::label(lang, "serve-skip"),
            navigation: i18n::label(lang, "serve-navigation"),
            findings: i18n::label(lang, "serve-findings"),
            severity: i18n::label(lang, "serve-severity"),
            count: i18n::label(lang, "serve-count"),
            errors: i18n::label(lang, "serve-errors"),
            warnings: i18n::label(lang, "serve-warnings"),
            infos: i18n::label(lang, "serve-infos"),
            no_findings: i18n::label(lang, "serve-no-findings"),
            help: i18n::label(lang, "serve-help"),
            related: i18n::label(lang, "serve-related"),
            live: i18n::label(lang, "serve-live"),
            detail: i18n::label(lang, "serve-detail"),
            apply: i18n::label(lang, "serve-apply"),
            downloads: i18n::label(lang, "serve-downloads"),
            revision: i18n::label(lang, "serve-revision"),
        }
    }
}

/// One finding as the pages show it.
#[derive(Serialize)]
pub struct FindingView {
    pub severity: &'static str,
    pub severity_text: String,
    pub code: &'static str,
    pub message: String,
    pub place: Place,
    pub help: Option<String>,
    pub related: Vec<Place>,
}

/// A place in a plan file, linking to the file view at its line.
#[derive(Serialize)]
pub struct Place {
    pub href: String,
    /// The file's name (isolated in the page: a name is the plan's text).
    pub file: String,
    /// `:line:column` after it (empty without a place).
    pub at: String,
    pub note: Option<String>,
}

/// A label and its value on the overview.
#[derive(Serialize)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

/// A titled list of links on the overview.
#[derive(Serialize)]
pub struct Group {
    pub title: String,
    pub links: Vec<Link>,
}

#[derive(Serialize)]
pub struct Overview {
    pub title: String,
    pub facts: Vec<Fact>,
    pub problem: Option<String>,
    /// The findings' page (none for a folder of plans: each plan has its own).
    pub findings_href: Option<String>,
    pub tally: crate::findings::Tally,
    pub groups: Vec<Group>,
}

#[derive(Serialize)]
pub struct FindingsPage {
    pub title: String,
    pub problem: Option<String>,
    pub findings: Vec<FindingView>,
}

#[derive(Serialize)]
pub struct FilePage {
    pub path: String,
    pub lines_text: String,
    pub marks: Vec<Mark>,
    pub lines: Vec<Line>,
}

/// A finding's line, listed above the file.
#[derive(Serialize)]
pub struct Mark {
    pub line: usize,
    pub severity: &'static str,
    pub text: String,
}

#[derive(Serialize)]
pub struct Line {
    pub number: usize,
    pub text: String,
    pub hit: bool,
}

/// A page that says something instead of showing a report (errors, not found).
#[derive(Serialize)]
pub struct MessagePage {
    pub title: String,
    pub paragraphs: Vec<String>,
    /// Whether the first paragraph is announced as an alert.
    pub alert: bool,
    pub findings: Vec<FindingView>,
    pub back: Option<Link>,
}

impl Pages {
    pub fn new() -> Result<Pages, String> {
        let mut tera = tera::Tera::new();
        tera.autoescape_on([".html"]);
        // Plan text's control characters shown, as in the reports (`escape.rs`).
        tera.set_escape_fn(escape::html);
        tera.add_raw_templates(TEMPLATES)
            .map_err(|error| error.to_string())?;
        Ok(Pages { tera })
    }

    /// A whole page of the server: `template` with the frame and the page's data.
    pub fn render(&self, template: &str, frame: &Frame, page: &impl Serialize) -> String {
        let mut context = tera::Context::new();
        context.insert("frame", frame);
        context.insert("page", page);
        self.tera
            .render(template, &context)
            .unwrap_or_else(|error| {
                let mut page = String::from("<!DOCTYPE html><title>pdz</title><p>");
                push_html(&mut page, &error.to_string());
                page + "</p>"
            })
    }

    /// A report pdz writes, with the bar on top, the style sheet, the live script and the
    /// generation added: the report itself is unchanged.
    pub fn around_report(&self, report_html: &str, frame: &Frame) -> String {
        let mut context = tera::Context::new();
        context.insert("frame", frame);
        let bar = self
            .tera
            .render("serve/bar.html", &context)
            .unwrap_or_default();
        let head = format!(
            "<meta name=\"pdz-generation\" content=\"{}\">\n<link rel=\"icon\" href=\"data:,\">\n<link rel=\"stylesheet\" href=\"/static/serve.css\">\n<script src=\"/static/live.js\" defer></script>\n</head>",
            frame.generation
        );
        // Plan text in a report is escaped, so the first `</head>`, `<main>` and `<body…>`
        // are the document's own; the skip link leads to its `<main>`.
        let mut html =
            report_html
                .replacen("</head>", &head, 1)
                .replacen("<main>", "<main id=\"main\">", 1);
        if let Some(start) = html.find("<body")
            && let Some(end) = html[start..].find('>')
        {
            html.insert_str(start + end + 1, &format!("\n{bar}"));
        }
        html
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_templates_compile_and_escape() {
        let pages = Pages::new().unwrap();
        let frame = Frame {
            lang: "it",
            version: "0",
            generation: 3,
            title: "<script>x</script>".into(),
            labels: Labels::new(Lang::It),
            nav: vec![Link::new("/p/a".into(), "<b>")],
            other_lang: LangLink {
                href: "/?lang=en".into(),
                code: "en",
                text: "English".into(),
            },
            controls: None,
        };
        let page = MessagePage {
            title: "<img src=x onerror=alert(1)>".into(),
            paragraphs: vec![],
            alert: false,
            findings: vec![],
            back: None,
        };
        let html = pages.render("serve/message.html", &frame, &page);
        assert!(
            html.contains("&lt;img src=x onerror=alert(1)&gt;"),
            "{html}"
        );
        assert!(
            html.contains("&lt;script&gt;x&lt;&#x2F;script&gt;")
                || html.contains("&lt;script&gt;x&lt;/script&gt;"),
            "{html}"
        );
        assert!(!html.contains("<script>x"));
        let report = "<html><head><title>t</title></head><body class=\"council\"><main><p>r</p></main></body></html>";
        let wrapped = pages.around_report(report, &frame);
        assert!(wrapped.contains("<meta name=\"pdz-generation\" content=\"3\">"));
        assert!(wrapped.contains("<body class=\"council\">\n<a class=\"serve-skip\""));
        assert!(wrapped.ends_with("<main id=\"main\"><p>r</p></main></body></html>"));
    }
}
